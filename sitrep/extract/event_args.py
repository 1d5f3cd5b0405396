"""Source and target (PLOVER SRC/TAR) of a lexicon trigger from the dependency parse.

The subject is the source and the object or prepositional object the target; a passive swaps them ("was
attacked by rebels"); coordinated actors are all kept ("Israel and the Palestinians agreed" -> two sources);
an infinitive or coordinated verb borrows the subject of the verb that governs it ("vowed to retaliate").
An argument naming no one is a group actor when its head is a group noun of ``data/event_groups.tsv``
("protesters", "police"): it becomes a pseudo-mention ``{unnamed, group, country_iso3}`` that the merge turns
into one entity per (group, country).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract import places
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.event_triggers import Trigger, lexicon, read_tsv

SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "acl"}
#: prepositions whose object is the one acted on ('fired on', 'protested against', 'sanctions on')
TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "over", "into", "from", "of"}
#: a verb's subject is borrowed through these links ('agreed to cooperate', 'met and signed', 'is willing to
#: withdraw')
BORROW_DEPS = {"xcomp", "conj", "advcl", "pcomp", "acomp"}
NP_PREPS = {"of", "from", "in", "by", "for", "into", "on", "against", "over"}
#: an object owned by the actor is its own means, not a target ('withdrew its troops')
OWN_WORDS = {"its", "their", "his", "her", "our", "own"}
RELATIVE_WORDS = {"who", "which", "that"}
#: subjects that stand for an actor named before ('Switzerland said it had expelled ...')
PRONOUN_WORDS = {"it", "they", "he", "she", "we", "its", "their"}
#: nouns of a text or speech someone issues: a participle on one speaks for its issuer ('issued a statement condemning
#: the raid': who issued it condemns)
DOCUMENT_NOUNS = {
    "statement",
    "communique",
    "communiqué",
    "letter",
    "declaration",
    "note",
    "speech",
    "address",
    "remarks",
    "tweet",
}
CONDITION_WORDS = {"unless", "if"}
#: verbs that make someone else act on their object ('Kim had his minister killed': Kim is the source)
CAUSATIVE_VERBS = {"have", "get"}
#: categories whose place is no recipient: a meeting or a promise in Geneva is not aimed at Switzerland
PLACE_NOT_TARGET = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE"}
PLACE_PREPS = {"in", "inside", "across", "throughout"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: prepositions of a group noun's place ('police in Nairobi', 'rebels near Goma'): the place is the group's
#: country, not a second actor
#: words after a place's name that say what kind of place it is ('Vojvodina province', 'Hebron district')
PLACE_KIND_WORDS = {"province", "region", "district", "state", "county", "governorate", "city", "town", "area"}
#: category -> (group, entity type) standing for its unnamed actor: the perpetrators of an attack, the
#: authorities that arrest, detain or deport
UNATTRIBUTED_SOURCES = {"ASSAULT": ("attackers", "NORP"), "COERCE": ("government", "ORG")}
LOCATIVE_PREPS = {"in", "inside", "near", "at", "across", "throughout", "outside"}
#: heads that count people rather than name them ('thousands of farmers', 'a crowd of students')
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "group", "crowd", "number", "band", "lot", "score"}


@lru_cache(maxsize=1)
def groups() -> dict[str, tuple[str, str]]:
    """noun lemma -> (group name, entity type)."""
    return {r["lemma"]: (r["group"], r["entity_type"]) for r in read_tsv("event_groups.tsv")}


@lru_cache(maxsize=1)
def sector_groups() -> dict[str, tuple[str, str]]:
    """CAMEO sector (three letters) -> (group name, entity type), for role nouns of the Phoenix agents file."""
    return {r["sector"]: (r["group"], r["entity_type"]) for r in read_tsv("agent_groups.tsv")}


def group_of(head: Token) -> tuple[str, str] | None:
    """(group name, entity type) of a common noun naming a collective actor: sitrep's own group nouns first,
    then any role noun of the Phoenix agents file by its sector ('militiamen' UAF -> militants)."""
    lemma = (head.lemma_ or head.lower_).lower()
    found = groups().get(lemma)
    if found or head.pos_ != "NOUN":
        return found
    sector = agent_sector(head.lower_) or agent_sector(lemma)
    return sector_groups().get(sector[:3]) if sector else None


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` with its coordinated phrases, not descending into clauses nor into
    prepositional phrases other than NP_PREPS ('the leader of Hamas', 'police in Kenya'; not
    'an appeal for deploying troops along its border with Israel')."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [
            c
            for c in t.children
            if c.dep_ not in CLAUSE_DEPS and c.dep_ != "punct" and (c.dep_ != "prep" or c.lower_ in NP_PREPS)
        ]
    return sorted(out, key=lambda t: t.i)


def _country_cue(tokens: list[Token]) -> str | None:
    return next((iso3 for t in tokens if (iso3 := places.country_cue(t.text))), None)


def group_actor(head: Token) -> dict | None:
    """A pseudo-mention for a group noun ('protesters', 'Kenyan police'), with the country its phrase gives."""
    lemma = (head.lemma_ or head.lower_).lower()
    found = group_of(head)
    if not found and (head.pos_ == "NUM" or lemma in QUANTITY_HEADS):
        for prep in head.children:  # 'thousands of farmers', 'a group of students'
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for p in prep.children:
                    if p.dep_ == "pobj":
                        return group_actor(p)
    if not found:
        return None
    name, etype = found
    return {
        "unnamed": True,
        "group": name,
        "label": etype,
        "surface": head.text,
        "idx": -1 - head.i,
        "start_char": head.idx,
        "end_char": head.idx + len(head.text),
        "country_iso3": _country_cue(np_tokens(head)),
    }


def unnamed_country(head: Token) -> dict | None:
    """A country or capital the NER model did not tag ('Nigeria offered ...'), as a pseudo-mention."""
    if head.pos_ != "PROPN" or head.ent_type_:
        return None  # a tagged name is a mention (or was left out on purpose: a dateline, a news agency)
    words = [t for t in head.subtree if t.dep_ == "compound" or t.i == head.i]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    iso3 = places.country_iso3(name) or places.capital_iso3(name)
    if not iso3:
        return None
    return {
        "unnamed": True,
        "group": name,
        "label": "GPE",
        "surface": name,
        "idx": -1 - head.i,
        "start_char": head.idx,
        "end_char": head.idx + len(head.text),
        "country_iso3": iso3,
        "named": True,
    }


def _locative_place(mention_of: Callable[[Token], dict | None], head: Token) -> tuple[set[int], str | None]:
    """(token indexes, country) of a group noun's place phrase ('police in Nairobi' -> KEN), when the phrase
    names a place the gazetteer resolves; ``(set(), None)`` otherwise."""
    if group_of(head) is None:
        return set(), None
    return _locative_country(mention_of, head, places.place_country)


def _locative_country(
    mention_of: Callable[[Token], dict | None], head: Token, country_of: Callable[[str], str | None]
) -> tuple[set[int], str | None]:
    """(token indexes, country) of the first locative phrase of ``head`` ('in Nairobi', 'near Goma') whose
    place name ``country_of`` resolves; ``(set(), None)`` when none does."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE_PREPS:
            continue
        for t in prep.subtree:
            m = mention_of(t)
            iso3 = country_of(m["surface"]) if m and m["label"] in {"GPE", "LOC"} else None
            if iso3:
                return {t.i for t in prep.subtree}, iso3
    return set(), None


def np_actors(mention_of: Callable[[Token], dict | None], head: Token) -> list[dict]:
    """Actors of the noun phrase headed by ``head``: its named mentions, else the group it names (with the
    country of its place phrase: 'protesters in Caracas')."""
    out: list[dict] = []
    for conj in (head, *head.conjuncts):
        own: list[dict] = []
        where, where_iso3 = _locative_place(mention_of, conj)
        for t in np_tokens(conj) if conj.i == head.i else [conj]:
            m = mention_of(t)
            if m and m["label"] in ACTOR_LABELS and m not in own and m not in out and t.i not in where:
                own.append(m)
        if not own:
            g = group_actor(conj) or unnamed_country(conj)
            if g and where_iso3 and not g.get("country_iso3"):
                g = {**g, "country_iso3": where_iso3}
            own = [g] if g else []
        elif all(m["label"] == "NORP" and not places.country_cue(m["surface"]) for m in own):
            g = group_actor(conj)  # 'Jewish settlers', 'Moslem militants': the group acts, the adjective
            own = ([g] if g else []) + own  # names no state
        out += own
        if conj.i == head.i:
            break  # np_tokens(head) already walked the coordinated phrases
    return out


def _condition(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(m.lower_ in CONDITION_WORDS for m in clause.children)


def _complement_targets(mention_of: Callable[[Token], dict | None], verb: Token) -> list[dict]:
    """Who a speech act or an intent is aimed at, found in its complement clause: 'demanded that the US
    cancel' (the clause's subject), 'threatened to cut ties with Norway' (the clause's objects),
    'threatened ... unless Baghdad accepted' (a condition's subject)."""
    out: list[dict] = []
    clauses = list(verb.children)
    clauses += [c for x in verb.children if x.dep_ == "xcomp" for c in x.children if _condition(c)]
    for c in clauses:  # (a condition may hang on the infinitive: 'to launch an offensive unless Baghdad ...')
        if c.dep_ == "ccomp" or _condition(c):
            for s in c.children:
                if s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ not in PRONOUN_WORDS:
                    out += np_actors(mention_of, s)
        purpose = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        if c.dep_ in {"xcomp", "ccomp"} or purpose:  # 'opened fire to disperse the demonstrators'
            for o in c.children:
                if o.dep_ in {"dobj", "dative"}:
                    out += np_actors(mention_of, o)
                    for prep in o.children:  # 'a war against Iraq'
                        if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                            out += [m for p in prep.children for m in np_actors(mention_of, p)]
                elif o.dep_ == "prep" and o.lower_ in TARGET_PREPS:
                    out += [m for p in o.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
    return out


def place_target(mention_of: Callable[[Token], dict | None], holders: list[Token]) -> list[dict]:
    """The state where an action without a named recipient falls ('lifted the curfew in Montenegro', 'threatened
    to impose a curfew in Algiers', 'rallied in Lagos'): PLOVER codes the place's country as the recipient. The
    place is an 'in' phrase on the trigger, its object or its infinitive complement, as a pseudo-mention."""
    stack = list(holders)
    for _ in range(2):  # 'threatened to impose a curfew in ...': the complement's object
        stack += [c for h in stack for c in h.children if c.dep_ in {"xcomp", "dobj"} and c not in stack]
    for h in stack:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                continue
            for p in prep.children:
                named = [p, *(c for c in p.children if c.dep_ == "compound")] if p.dep_ == "pobj" else []
                m = next((m for m in map(mention_of, named) if m is not None), None)  # 'in Kosovo province'
                if m is None or m["label"] not in {"GPE", "LOC"}:
                    continue
                iso3 = _place_country(m["surface"])
                if iso3:
                    return [{**m, "unnamed": True, "group": m["surface"], "label": "GPE", "idx": -1 - p.i,
                             "country_iso3": iso3, "named": True}]  # fmt: skip
    return []


def _place_country(name: str) -> str | None:
    """Country of a place name: a country, city or capital the gazetteer places, else a region of one ('the
    West Bank', 'Gaza')."""
    name = name.removeprefix("the ").removeprefix("The ")
    words = name.split()
    if len(words) > 1 and words[-1].lower() in PLACE_KIND_WORDS:
        name = " ".join(words[:-1])  # 'Vojvodina province' -> 'Vojvodina'
    return places.place_country(name) or places.gazetteer.region_iso3(name)[1]


def _governing_verb(tok: Token) -> Token | None:
    """The nearest verb above a noun (within four steps)."""
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


def _subject_token(verb: Token) -> tuple[Token | None, bool]:
    """(subject, passive) of a verb, borrowing the governing verb's subject through infinitives and
    coordination; a relative clause's subject is the noun it modifies ('rebels who attacked')."""
    cur, via_prep = verb, False
    for _ in range(4):
        passive = any(c.dep_ == "auxpass" for c in cur.children)
        subj = [c for c in cur.children if c.dep_ in SUBJ]
        if subj and subj[0].lower_ in PRONOUN_WORDS and cur.dep_ in {"ccomp", "xcomp", "advcl", "conj"}:
            reporter, _ = _subject_token(cur.head)  # 'Switzerland said it had expelled': it = Switzerland
            if reporter is not None:
                return reporter, subj[0].dep_ == "nsubjpass" or passive
        if subj and subj[0].lower_ not in RELATIVE_WORDS:
            return subj[0], subj[0].dep_ == "nsubjpass" or passive
        if (
            cur.dep_ in {"relcl", "acl"}
            and (_event_noun(cur.head) or (cur.dep_ == "acl" and cur.head.lemma_.lower() in DOCUMENT_NOUNS))
            and _governing_verb(cur.head) is not None
        ):
            cur = _governing_verb(cur.head)  # 'gathered for a rally to protest': who gathered protests
            continue
        if cur.dep_ in {"relcl", "acl"}:  # (reached through a preposition: a misparsed main verb, 'X resorted to')
            return cur.head, cur.dep_ == "acl" and cur.tag_ == "VBN" and not via_prep
        if cur.dep_ not in BORROW_DEPS or cur.head.i == cur.i:
            return None, passive
        cur = cur.head
        if cur.dep_ == "prep" and cur.head.i != cur.i:  # 'resorted to throwing': through the preposition
            cur, via_prep = cur.head, True
    return None, False


def _causer(verb: Token) -> Token | None:
    """The subject of a causative 'have' / 'get' over a participle ('A had B arrested', 'got them released')."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"acl", "ccomp", "xcomp"}:
        return None  # (the tagger reads some such participles as past tenses)
    cause = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    if verb.dep_ == "acl" and cause is verb.head:
        return None
    if (cause.lemma_ or cause.lower_).lower() not in CAUSATIVE_VERBS:
        return None
    return next((c for c in cause.children if c.dep_ == "nsubj"), None)


def _event_noun(tok: Token) -> bool:
    """A noun the lexicon reads as an event ('rally', 'offensive', 'talks')."""
    return (tok.lemma_ or tok.lower_).lower() in lexicon().nouns


def _holder_args(
    mention_of: Callable[[Token], dict | None], holder: Token, verb: bool, own_forces: bool = False
) -> tuple[list, list]:
    """(source heads' actors, target heads' actors) hanging on a trigger or its object noun: direct objects
    (and the targets of their prepositions), 'by' agents, target prepositions, and the target of the purpose
    ('mobilized reservists for a war against X'). With ``own_forces`` (deploying, mobilising) a direct object
    that is a group ('deployed troops') is the actor's means, not its target."""
    sources: list[dict] = []
    targets: list[dict] = []
    for c in holder.children:
        if c.dep_ == "prep" and c.lower_ == "for" and verb:
            targets += [
                m
                for p in c.children
                if p.dep_ == "pobj"
                for prep in p.children
                if prep.dep_ == "prep" and prep.lower_ in {"against", "on"}
                for o in prep.children
                for m in np_actors(mention_of, o)
            ]
        if c.dep_ in {"dobj", "obj", "dative", "attr"} and verb:
            if not any(d.dep_ == "poss" and d.lower_ in OWN_WORDS for d in c.children):
                own = np_actors(mention_of, c)
                targets += [m for m in own if not (own_forces and m.get("unnamed") and m.get("group"))]
            for prep in c.children:  # 'mobilized reservists for a war against Iraq'
                if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS | {"for"}:
                    targets += [m for p in prep.children for m in np_actors(mention_of, p)]
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            sources += [m for p in c.children for m in np_actors(mention_of, p)]
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            targets += [m for p in c.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]
    return sources, targets


def between_parties(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors of an event noun's 'between' / 'among' phrase ('talks between A and B')."""
    out: list[dict] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}:
            for p in prep.children:
                if p.dep_ == "pobj":
                    out += [m for m in np_actors(mention_of, p) if m not in out]
    return out


def _noun_sources(mention_of: Callable[[Token], dict | None], tok: Token, add, sources: list[dict]) -> None:
    """Sources of an event noun: its possessive or modifier actors, else the subject of the verb governing it."""
    for c in tok.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"}:
            add(np_actors(mention_of, c), sources)
    verb = _governing_verb(tok)
    if not sources and verb is not None:  # 'youths threw stones during demonstrations'
        subj, passive = _subject_token(verb)
        if subj is not None and not passive and subj.i != tok.i:
            add(np_actors(mention_of, subj), sources)


def arguments(mention_of: Callable[[Token], dict | None], trig: Trigger) -> list[dict]:
    """[{mention, role}] for a lexicon trigger: source(s) first, then target(s)."""
    tok = trig.token
    is_noun = tok.pos_ in {"NOUN", "PROPN"}
    sources: list[dict] = []
    targets: list[dict] = []

    def add(ments: list[dict], bucket: list[dict]) -> None:
        for m in ments:
            inside = m["start_char"] <= tok.idx < m["end_char"]
            if not inside and all(m.get("idx") != x.get("idx") for x in sources + targets):
                bucket.append(m)

    if is_noun:  # 'Israeli strikes', 'the rebels' attack'
        named = between_parties(mention_of, tok)
        if len(named) >= 2:  # 'a meeting between A and B' names all its parties
            return [{"mention": named[0], "role": "source"}] + [{"mention": m, "role": "target"} for m in named[1:]]
        _noun_sources(mention_of, tok, add, sources)
    else:
        subj, passive = _subject_token(tok)
        if passive and trig.reading.plover == "AGREE" and not any(c.dep_ == "agent" for c in tok.children):
            passive = False  # 'is committed to', 'is obliged to': a stative passive states the subject's intent
        causer = _causer(tok)
        if causer is not None:  # 'Kim had his minister killed': Kim acts, the minister is the target
            add(np_actors(mention_of, causer), sources)
            passive = True
        if subj is not None and not (trig.object is not None and subj.i == trig.object.i):
            add(np_actors(mention_of, subj), targets if passive else sources)  # (not 'sanctions imposed by')
    holders = [tok] + ([trig.object] if trig.object is not None and trig.object.i != tok.i else [])
    for holder in holders:
        verb = holder.i == tok.i and not is_noun
        src, tgt = _holder_args(mention_of, holder, verb, own_forces=trig.reading.plover == "MOBILIZE")
        add(src, sources)
        add(tgt, targets)
    if not targets and not is_noun:
        add(_complement_targets(mention_of, tok), targets)
    if trig.reading.plover not in PLACE_NOT_TARGET and all(_named_place(m) for m in targets):
        add(place_target(mention_of, holders), targets)  # (a place named as a target may be only where)
    unnamed = UNATTRIBUTED_SOURCES.get(trig.reading.plover)
    if unnamed and not sources and not trig.reading.reversed:
        subj = None if is_noun else _subject_token(tok)[0]
        add(_unattributed_source(mention_of, tok, subj, unnamed), sources)
    if trig.reading.reversed:
        sources, targets = targets, sources
    return [{"mention": m, "role": "source"} for m in sources] + [{"mention": m, "role": "target"} for m in targets]


def _unattributed_source(
    mention_of: Callable[[Token], dict | None], tok: Token, subj: Token | None, unnamed: tuple[str, str]
) -> list[dict]:
    """An attack or an arrest nobody is named for ('a roadside bomb near Tikrit killed two soldiers', 'was
    arrested in Lebanon') is coded, as ICEWS and the PLOVER gold records do, with an unnamed actor of the
    country where it happened as its source (see UNATTRIBUTED_SOURCES): the place phrase of the trigger or of
    its subject (the weapon, the blast)."""
    for head in [tok] + ([subj] if subj is not None else []):
        _, iso3 = _locative_country(mention_of, head, _place_country)
        if iso3:
            group, kind = unnamed
            return [{"unnamed": True, "group": group, "label": kind, "surface": group, "idx": -1 - head.i,
                     "start_char": -1, "end_char": -1, "country_iso3": iso3}]  # fmt: skip
    return []


def _named_place(m: dict) -> bool:
    return not m.get("unnamed") and m["label"] in {"GPE", "LOC"}


def group_entity_id(group: str, iso3: str | None) -> str:
    """Stable id of the group entity (one per group and country)."""
    return "ent_grp_" + hashlib.sha256(f"{group}|{iso3 or ''}".encode()).hexdigest()[:12]


def group_entities(analyses: Iterable[dict]) -> list[dict]:
    """curated.entities rows for the group actors the event candidates name ('protesters (KEN)')."""
    rows: dict[str, dict] = {}
    for a in analyses:
        for cand in a.get("event_candidates", []):
            for p in cand["participants"]:
                if not p.get("group"):
                    continue
                iso3 = p.get("country_iso3")
                eid = group_entity_id(p["group"], iso3)
                row = rows.setdefault(
                    eid,
                    {
                        "entity_id": eid,
                        "canonical_name": p["group"] if p.get("named") or not iso3 else f"{p['group']} ({iso3})",
                        "entity_type": p.get("group_type") or "NORP",
                        "country_iso3": iso3,
                        "role": None,
                        "aliases": set(),
                        "num_articles": set(),
                    },
                )
                row["aliases"].add(p.get("surface") or p["group"])
                row["num_articles"].add(a["article_id"])
    return [
        {**r, "aliases": sorted(r["aliases"]), "num_articles": len(r["num_articles"])} for _, r in sorted(rows.items())
    ]
