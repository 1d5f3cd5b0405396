"""Source and target (PLOVER SRC/TAR) of a lexicon trigger from the dependency parse.

The subject is the source and the object or prepositional object the target; a passive swaps them ("was
attacked by rebels"); coordinated actors are all kept ("Israel and the Palestinians agreed" -> two sources);
an infinitive or coordinated verb borrows the subject of the verb that governs it ("vowed to retaliate").
An argument naming no one is a group actor when its head is a group noun of ``data/event_groups.tsv``
("protesters", "police"): it becomes a pseudo-mention ``{unnamed, group, country_iso3}`` that the merge turns
into one entity per (group, country).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract import event_arg_places, places
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.doc_text import doc_text
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
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: prepositions of a group noun's place ('police in Nairobi', 'rebels near Goma'): the place is the group's
#: country, not a second actor
#: prepositions of a people group's place of origin ('residents of Mosul', 'refugees from Aleppo'): the place
#: is where the people are from, the people are the actor ('the government of Kenya' stays Kenya)
ORIGIN_PREPS = {"of", "from"}
#: labels of a named head whose appositive only describes it ('Ana Ruiz, the mayor of Tarsia')
NAMED_HEAD_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
#: modes of event nouns whose 'of' phrase names the actor's own forces ('the pullout of US troops')
OWN_FORCE_MODES = {"withdraw"}
#: groups that are forces
FORCE_GROUPS = {"military", "police", "rebels", "militants"}
#: groups that act for a state's force: a protest is not theirs ('police fired on the protest')
STATE_FORCES = {"police", "military", "government"}
#: prepositions of an event noun that name its other party ('a ceasefire with X', 'aid to X')
PARTY_PREPS = {"with", "to", "against", "on"}
#: collective heads a group noun gives a side to ('rebel groups', 'opposition parties', 'army units')
SIDE_HEADS = {"group", "unit", "faction", "cell", "party", "movement"}
#: heads that count people rather than name them ('thousands of farmers', 'a crowd of students')
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "group", "crowd", "number", "band", "lot", "score"}
#: verbs that only say an event noun happened ('clashes erupted', 'talks took place'): the phrases they carry
#: ('between A and B', 'with the army') are the event noun's own
HAPPENING_VERBS = {"erupt", "break", "occur", "take", "begin", "start", "continue", "resume", "rage", "flare",
                   "intensify", "escalate", "spread", "ensue", "follow", "happen"}  # fmt: skip
#: prepositions of a verb of happening that name the other side of its event noun ('erupted with the army')
OPPONENT_PREPS = {"with", "against"}
#: groups that are actors of their own even when their phrase names their state ('the Ruritanian army',
#: 'Ruritania's police'): a state's armed and police forces act as themselves (CAMEO's MIL / COP sectors), so
#: the event keeps the group, with its country, besides the state (``event_merge``)
OWN_ACTOR_GROUPS = {"military", "police"}
#: modifiers that belong to a group noun's descriptive phrase ('the Ruritanian army', 'Ruritania's army')
PHRASE_DEPS = {"amod", "compound", "poss", "case", "nmod"}


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
    then any role noun of the Phoenix agents file by its sector ('militiamen' UAF -> militants). A group noun
    modifying it says whose side it is on ('rebel commanders' are rebels, 'army officers' the military)."""
    lemma = (head.lemma_ or head.lower_).lower()
    found = groups().get(lemma)
    if not found and head.pos_ == "NOUN":
        sector = agent_sector(head.lower_) or agent_sector(lemma)
        found = sector_groups().get(sector[:3]) if sector else None
    if (found or lemma in SIDE_HEADS) and lemma not in groups():  # (not 'student protesters': a group of its own)
        for c in head.children:
            side = groups().get((c.lemma_ or c.lower_).lower()) if c.dep_ in {"compound", "amod"} else None
            if side and c.pos_ in {"NOUN", "ADJ"} and c.i < head.i:
                return side
    return found


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
    """The first country a phrase's words name, two-word names first ('South Sudan' is not 'Sudan')."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.i + 1 in inside and (iso3 := places.country_cue(f"{t.text} {t.nbor().text}")):
            return iso3
        if t.i - 1 in inside and places.country_cue(f"{t.nbor(-1).text} {t.text}"):
            continue
        if iso3 := places.country_cue(t.text):
            return iso3
    return None


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
    first, last = _phrase(head)
    return {
        "unnamed": True,
        "group": name,
        "label": etype,
        "surface": head.text,
        "idx": -1 - head.i,
        "start_char": head.idx,
        "end_char": head.idx + len(head.text),
        "country_iso3": _country_cue(np_tokens(head)),
        "phrase": doc_text(head.doc)[first.idx : last.idx + len(last.text)],
        "phrase_start": first.idx,
    }


def _phrase(head: Token) -> tuple[Token, Token]:
    """First and last token of a group noun's descriptive phrase: its adjacent modifiers (adjectives,
    compounds, a possessor) and the head ('Ruritanian army', 'Ruritania's army'); a bare noun keeps its
    article ('the army'), as a reader names it."""
    first = head
    for t in reversed(list(head.lefts)):
        sub = sorted(t.subtree, key=lambda x: x.i)
        if t.dep_ not in PHRASE_DEPS or sub[-1].i != first.i - 1:
            break
        first = sub[0]
    if first.i == head.i:
        det = next((t for t in head.lefts if t.dep_ == "det" and t.i == head.i - 1 and t.lower_ == "the"), None)
        first = det or head
    return first, head


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
    found = group_of(head)
    if found is None:
        return set(), None
    preps = event_arg_places.LOCATIVE_PREPS
    if found[1] == "NORP":  # people, not institutions
        preps = preps | ORIGIN_PREPS
    return event_arg_places.locative_country(mention_of, head, places.place_country, preps)


def _described(mention_of: Callable[[Token], dict | None], head: Token) -> set[int]:
    """Token indexes of what only describes a named head: its appositive ('Ana Ruiz, the mayor of Tarsia') and
    its parenthesis ('Paul Grant (R-Ohio)'). The head's own name is the actor; the towns and bodies of its
    description are not parties of the event, the state it names still is ('Ana Ruiz, Peru's envoy')."""
    m = mention_of(head)
    if m is None or m.get("unnamed") or m["label"] not in NAMED_HEAD_LABELS:
        return set()
    out: set[int] = set()
    for c in head.children:
        opens = c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "("
        named = mention_of(c)
        if named is not None and not named.get("unnamed") and (not opens or named["surface"].isupper()):
            continue  # a list item or an acronym ('Kim, Lee and Park', 'the Economic Community (ECOWAS)')
        if c.dep_ == "appos" or (opens and c.i > head.i):
            out |= {t.i for t in c.subtree if not _state_word(mention_of(t))}
    return out


def _state_word(m: dict | None) -> bool:
    """A mention naming a state ('Iran', 'Iranian'): in a description it still says whom the actor acts for."""
    return m is not None and bool(places.country_iso3(m["surface"]) or places.demonym_iso3(m["surface"]))


def _possessed_group(mention_of: Callable[[Token], dict | None], head: Token, own: list[dict]) -> list[dict]:
    """A group noun whose only names are its owners ('Kato's fighters', 'the rebels of Kato', 'dozens of
    Kato's fighters') is that group (with the owner after it): the fighters are hit or act, not a state
    their leader is credited to."""
    if head.pos_ == "NUM" or (head.lemma_ or head.lower_).lower() in QUANTITY_HEADS:
        counted = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children]
        head = next((p for p in counted if p.dep_ == "pobj"), head)
    g = group_of(head)
    if g is None or not own or any(m["label"] != "PERSON" for m in own):
        return own
    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    owners |= {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    if not all(any(mention_of(t) is m for t in head.doc if t.i in owners) for m in own):
        return own
    actor = group_actor(head)
    return ([actor] if actor else []) + own


def np_actors(mention_of: Callable[[Token], dict | None], head: Token) -> list[dict]:
    """Actors of the noun phrase headed by ``head``: its named mentions, else the group it names (with the
    country of its place phrase: 'protesters in Caracas', 'residents of Mosul')."""
    out: list[dict] = []
    for conj in (head, *head.conjuncts):
        own: list[dict] = []
        where, where_iso3 = _locative_place(mention_of, conj)
        where = where | _described(mention_of, conj)
        for t in np_tokens(conj) if conj.i == head.i else [conj]:
            m = mention_of(t)
            if m and m["label"] in ACTOR_LABELS and m not in own and m not in out and t.i not in where:
                own.append(m)
        own = _possessed_group(mention_of, conj, own)
        if not own:
            g = group_actor(conj) or unnamed_country(conj)
            if g and where_iso3 and not g.get("country_iso3"):
                g = {**g, "country_iso3": where_iso3}
            own = [g] if g else []
        elif forces := _state_forces(conj, own):
            own = [forces]  # 'the Ruritanian army': the army acts, with its country (not only the state)
        elif all(m["label"] == "NORP" and not places.country_cue(m["surface"]) for m in own):
            g = group_actor(conj)  # 'Jewish settlers', 'Moslem militants': the group acts, the adjective
            own = ([g] if g else []) + own  # names no state
        out += own
        if conj.i == head.i:
            break  # np_tokens(head) already walked the coordinated phrases
    return out + _coordinated_groups(mention_of, head, out)


def _coordinated_groups(mention_of: Callable[[Token], dict | None], head: Token, found: list[dict]) -> list[dict]:
    """The group nouns of a coordination that names no one in their own phrase ('the army and the rebels',
    'police and Red Cross volunteers'): each is an actor beside the names its partners give."""
    out: list[dict] = []
    for c in (head, *head.conjuncts) if head.conjuncts else ():
        if any(m.get("idx") == -1 - c.i for m in found):
            continue
        first, _ = _phrase(c)
        if any(mention_of(t) for t in c.doc[first.i : c.i + 1]):
            continue
        g = group_actor(c)
        if g is not None:
            out.append(g)
    return out


def _state_forces(head: Token, own: list[dict]) -> dict | None:
    """The group actor of a state's forces named with their state ('the Ruritanian military', 'Ruritania's
    police'), when the phrase's only names are that state's demonym or name modifying the group noun."""
    g = group_actor(head)
    if g is None or g["group"] not in OWN_ACTOR_GROUPS:
        return None
    iso3 = {places.country_cue(m["surface"]) for m in own}
    inside = all(g["phrase_start"] <= m["start_char"] < head.idx for m in own)
    if not inside or len(iso3) != 1 or None in iso3 or any(m["label"] not in {"NORP", "GPE"} for m in own):
        return None
    return {**g, "country_iso3": iso3.pop()}


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
        if cur.dep_ == "relcl" and passive:  # 'the reporter who was arrested': the reporter is acted on
            return cur.head, True
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
    """A noun the lexicon reads as an event ('rally', 'offensive', 'talks'; not the month 'March')."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    return (tok.lemma_ or tok.lower_).lower() in lexicon().nouns


def _holder_args(
    mention_of: Callable[[Token], dict | None],
    holder: Token,
    verb: bool,
    own_forces: bool = False,
    event_obj: int = -1,
) -> tuple[list, list]:
    """(source heads' actors, target heads' actors) hanging on a trigger or its object noun: direct objects
    (and the targets of their prepositions), 'by' agents, target prepositions, and the target of the purpose
    ('mobilized reservists for a war against X'). With ``own_forces`` (deploying, mobilising) a direct object
    that is a group ('deployed troops') is the actor's means, not its target."""
    sources: list[dict] = []
    targets: list[dict] = []
    for c in holder.children:
        if c.dep_ == "prep" and c.lower_ == "for" and verb:  # 'called for talks with X', 'a war against X'
            targets += [
                m
                for p in c.children
                if p.dep_ == "pobj"
                for prep in p.children
                if prep.dep_ == "prep" and prep.lower_ in {"against", "on"} | (PARTY_PREPS if _event_noun(p) else set())
                for o in prep.children
                for m in np_actors(mention_of, o)
            ]
        if c.dep_ in {"dobj", "obj", "dative", "attr"} and verb:
            forces = _withdrawn_forces(mention_of, c)
            if forces is not None:  # 'announced the pullout of Chilean troops from X': the troops' state acts
                sources += forces
                targets += [m for p in _preps(c, TARGET_PREPS - {"of"}) for m in np_actors(mention_of, p)]
                continue
            titled = (mention_of(c) or {}).get("label") == "PERSON"  # 'backed his attorney general'
            if titled or not any(d.dep_ == "poss" and d.lower_ in OWN_WORDS for d in c.children):
                held = _event_noun_actors(mention_of, c) if c.i != event_obj else []
                own = held or np_actors(mention_of, c)
                targets += [m for m in own if not (own_forces and m.get("unnamed") and m.get("group"))]
            # 'mobilized reservists for a war against Iraq' (a group's 'of' phrase is where it is from)
            preps = TARGET_PREPS | {"for"} if group_of(c) is None else TARGET_PREPS - {"of"}
            targets += [m for p in _preps(c, preps, pobj_only=False) for m in np_actors(mention_of, p)]
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            sources += [m for p in c.children for m in np_actors(mention_of, p)]
        elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS:
            ments = [
                m
                for p in c.children
                if p.dep_ == "pobj"
                for m in (verb and _event_noun_actors(mention_of, p)) or np_actors(mention_of, p)
            ]  # 'fired at a protest': the protesters
            if verb:  # 'agreed to a ceasefire with Pakistan': the other party of the event agreed to
                nouns = [p for p in c.children if p.dep_ == "pobj" and _event_noun(p)]
                ments += [m for n in nouns for o in _preps(n, PARTY_PREPS) for m in np_actors(mention_of, o)]
            forces = _withdrawn_forces(mention_of, holder) if c.lower_ == "of" and not verb else None
            if forces is not None:  # 'the withdrawal of Russian forces': Russia withdraws
                sources += forces
            else:
                targets += ments
    return sources, targets


def _noun_holders(noun: Token) -> list[Token]:
    """The event noun and, when it is the subject of a verb of happening ('clashes erupted between A and B',
    'talks took place among the parties'), that verb: the parser hangs the noun's phrases on the verb."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB" and (verb.lemma_ or verb.lower_).lower() in HAPPENING_VERBS:
        return [noun, verb]
    return [noun]


def _opponents(verb: Token) -> list[Token]:
    """The 'with' / 'against' phrases of a verb of happening ('clashes erupted with the army')."""
    if (verb.lemma_ or verb.lower_).lower() not in HAPPENING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in OPPONENT_PREPS]


def _noun_opponents(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The other side of an event noun told by a verb of happening ('clashes erupted with the army')."""
    verbs = _noun_holders(noun)[1:]
    return [m for verb in verbs for p in _preps(verb, OPPONENT_PREPS) for m in np_actors(mention_of, p)]


def _preps(holder: Token, preps: set[str], pobj_only: bool = True) -> list[Token]:
    """The objects of ``holder``'s prepositions in ``preps``."""
    return [
        p
        for c in holder.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if not pobj_only or p.dep_ == "pobj"
    ]


def _withdrawn_forces(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict] | None:
    """The actors of a withdrawal noun's 'of' phrase when it names forces ('the pullout of 2,000 Chilean
    troops', 'the withdrawal of Russian forces'): the state or group that withdraws its own forces, the
    source of the RETREAT, not its target. None when ``noun`` is no such noun or its 'of' phrase names no
    forces ('the withdrawal of the bill')."""
    reading = lexicon().nouns.get((noun.lemma_ or noun.lower_).lower())
    if reading is None or reading.mode not in OWN_FORCE_MODES:
        return None
    for p in _preps(noun, {"of"}):
        counted = _preps(p, {"of"}) if p.pos_ == "NUM" or p.lower_ in QUANTITY_HEADS else []
        for force in [p, *counted]:
            if group_of(force) is not None and group_of(force)[0] in FORCE_GROUPS:
                return np_actors(mention_of, force)
    return None


def _event_noun_actors(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """Who holds an event named as an object ('dispersed a rally by students', 'broke up the protest'): the
    actors of its 'by' phrase, else, for a protest, the protesters as a group (the police act on them)."""
    if not _event_noun(noun):
        return []
    found = [m for p in _preps(noun, {"by"}) for m in np_actors(mention_of, p)]
    if found or lexicon().nouns[(noun.lemma_ or noun.lower_).lower()].plover != "PROTEST":
        return found
    g = groups().get("protester")
    return [{"unnamed": True, "group": g[0], "label": g[1], "surface": noun.text, "idx": -1 - noun.i,
             "start_char": noun.idx, "end_char": noun.idx + len(noun.text), "country_iso3": None}]  # fmt: skip


def between_parties(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """The actors of an event noun's 'between' / 'among' phrase ('talks between A and B')."""
    out: list[dict] = []
    for prep in (c for h in _noun_holders(noun) for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ in {"between", "among"}:
            for p in prep.children:
                if p.dep_ == "pobj":
                    out += [m for m in np_actors(mention_of, p) if m not in out]
    return out


def _event_subject_sources(mention_of: Callable[[Token], dict | None], noun: Token) -> list[dict]:
    """Who did the event a subject noun names ('Israeli strikes on Gaza killed five', 'the rebels' attack on
    the convoy killed nine'): its possessive, modifier and 'by' actors; its target phrase ('on the Kenyan
    convoy') names the ones hit, not the ones acting."""
    holders = [c for c in noun.children if c.dep_ in {"poss", "amod", "compound", "nmod"}] + _preps(noun, {"by"})
    return [m for h in holders for m in np_actors(mention_of, h)]


def _noun_sources(mention_of: Callable[[Token], dict | None], tok: Token, add, sources: list[dict]) -> None:
    """Sources of an event noun: its possessive or modifier actors, else the subject of the verb governing it
    (not for a protest the police or the army act on: 'police arrested dozens during the protests')."""
    for c in tok.children:
        if c.dep_ in {"poss", "amod", "compound", "nmod"}:
            add(np_actors(mention_of, c), sources)
    verb = _governing_verb(tok)
    if verb is not None and tok.head.i == verb.i and verb.dep_ == "advcl" and _opponents(verb):
        verb = verb.head  # 'the militia took the town as fighting erupted with the army': the militia fights
    if not sources and verb is not None:  # 'youths threw stones during demonstrations'
        subj, passive = _subject_token(verb)
        if subj is not None and not passive and subj.i != tok.i:
            found = np_actors(mention_of, subj)
            if lexicon().nouns[(tok.lemma_ or tok.lower_).lower()].plover == "PROTEST":
                found = [m for m in found if m.get("group") not in STATE_FORCES]
            add(found, sources)


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
        add(_noun_opponents(mention_of, tok), targets)  # 'fighting erupted with the army'
    else:
        subj, passive = _subject_token(tok)
        if passive and trig.reading.plover == "AGREE" and not any(c.dep_ == "agent" for c in tok.children):
            passive = False  # 'is committed to', 'is obliged to': a stative passive states the subject's intent
        causer = _causer(tok)
        if causer is not None:  # 'Kim had his minister killed': Kim acts, the minister is the target
            add(np_actors(mention_of, causer), sources)
            passive = True
        if subj is not None and not passive and _event_noun(subj):  # 'the attack on the convoy killed ...'
            add(_event_subject_sources(mention_of, subj), sources)
            add([m for p in _preps(subj, TARGET_PREPS - {"of"}) for m in np_actors(mention_of, p)], targets)
        elif subj is not None and not (trig.object is not None and subj.i == trig.object.i):
            add(np_actors(mention_of, subj), targets if passive else sources)  # (not 'sanctions imposed by')
    holders = [tok] + ([trig.object] if trig.object is not None and trig.object.i != tok.i else [])
    for holder in holders:
        verb = holder.i == tok.i and not is_noun
        event_obj = trig.object.i if trig.object is not None else -1  # (the light verb's own event noun)
        src, tgt = _holder_args(mention_of, holder, verb, trig.reading.plover == "MOBILIZE", event_obj)
        add(src, sources)
        add(tgt, targets)
    if not targets and not is_noun:
        add(_complement_targets(mention_of, tok), targets)
    if trig.reading.plover not in PLACE_NOT_TARGET and all(event_arg_places.named_place(m) for m in targets):
        # (a place named as a target may be only where)
        add(event_arg_places.place_target(mention_of, holders), targets)
    unnamed = event_arg_places.UNATTRIBUTED_SOURCES.get(trig.reading.plover)
    if unnamed and not sources and not trig.reading.reversed:
        subj = None if is_noun else _subject_token(tok)[0]
        add(event_arg_places.unattributed_source(mention_of, tok, subj, unnamed), sources)
    if trig.reading.reversed:
        sources, targets = targets, sources
    return [{"mention": m, "role": "source"} for m in sources] + [{"mention": m, "role": "target"} for m in targets]
