"""Group actors of an event's arguments: a common noun naming a collective actor ("protesters", "police",
"Kenyan police", "thousands of farmers") becomes a pseudo-mention ``{unnamed, group, country_iso3}`` that the
merge turns into one entity per (group, country); a country or capital the NER model did not tag is one too.
The group nouns are ``data/event_groups.tsv`` and the role nouns of the Phoenix agents file by their sector.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract import places
from sitrep.extract.actor_dictionary import agent_sector, movement_country
from sitrep.extract.agent_tails import agent_tail
from sitrep.extract.doc_text import doc_text
from sitrep.extract.event_triggers import read_tsv
from sitrep.extract.modal_names import modal_name
from sitrep.extract.recipient_bodies import body_sector, other_states
from sitrep.extract.recipient_roles import NO_SECTOR, role_sector
from sitrep.extract.singular_forms import singular_forms, token_forms
from sitrep.extract.token_memo import memo

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_DEPS = {"relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "acl"}
NP_PREPS = {"of", "from", "in", "by", "for", "into", "on", "against"}
#: verbs of a participle clause that names whose a thing is ('crops belonging to the herders', 'a ship owned by a
#: Greek firm', 'the clinic run by the charity', 'a town controlled by the rebels'): its owner is of the phrase
OWNER_VERBS = frozenset({"belong", "own", "run", "operate", "control"})
#: the prepositions that name the owner in such a clause
OWNER_PREPS = frozenset({"to", "by"})
#: tags of a finite verb (one that takes a subject of its own)
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
#: subject dependencies
SUBJ = {"nsubj", "nsubjpass", "csubj", "expl"}
#: collective heads a group noun gives a side to ('rebel groups', 'opposition parties', 'army units')
SIDE_HEADS = {"group", "unit", "faction", "cell", "party", "movement"}
#: role nouns whose group modifier says whose side they lead or speak for ('rebel leaders', 'militia
#: commanders', 'opposition officials', 'army officers'), though they name a group of their own when bare ('the
#: leaders', 'officers raided the warehouse': police)
ROLE_HEADS = {"leader", "official", "commander", "spokesman", "spokeswoman", "spokesperson", "member", "officer"}
#: heads that count people rather than name them ('thousands of farmers', 'a crowd of students')
QUANTITY_HEADS = {"thousand", "hundred", "dozen", "million", "group", "crowd", "number", "band", "lot", "score"}
#: words after a hyphen that make the name before it a backer, a period, the seat or the leaning of what the phrase
#: names, not the actor ('Tehran-backed militias', 'a Kremlin-linked group', 'Brezhnev-era rules', 'a Geneva-based
#: agency', 'the China-friendly former president', 'a Moscow-leaning party')
HYPHEN_SUFFIXES = {
    "backed",
    "linked",
    "era",
    "style",
    "allied",
    "aligned",
    "funded",
    "sponsored",
    "inspired",
    "based",
    "friendly",
    "leaning",
    "oriented",
}
#: sectors whose compound phrases in the agents file are mostly machines of war ('cruise missiles', 'fighter
#: jets'): a weapon, not an actor (the military's own nouns, 'troops', 'soldiers', are found alone)
WEAPON_SECTORS = {"MIL"}
#: entity types of place names, whose words name no movement
PLACE_ENTS = {"GPE", "LOC", "FAC"}
#: modifiers that belong to a group noun's descriptive phrase ('the Ruritanian army', 'Ruritania's army')
PHRASE_DEPS = {"amod", "compound", "poss", "case", "nmod"}


@lru_cache(maxsize=1)
def groups() -> dict[str, tuple[str, str]]:
    """noun lemma -> (group name, entity type)."""
    return {r["lemma"]: (r["group"], r["entity_type"]) for r in read_tsv("event_groups.tsv")}


@lru_cache(maxsize=2)
def sector_groups(role: str = "any") -> dict[str, tuple[str, str]]:
    """CAMEO sector (three letters) -> (group name, entity type), for role nouns of the Phoenix agents file;
    ``role`` 'target' gives the sectors named only as recipients ('arrested a man', 'detained the priests')."""
    return {r["sector"]: (r["group"], r["entity_type"]) for r in read_tsv("agent_groups.tsv") if r["role"] == role}


def group_of(head: Token) -> tuple[str, str] | None:
    """(group name, entity type) of a common noun naming a collective actor: sitrep's own group nouns first,
    then any role noun of the Phoenix agents file by its sector ('militiamen' UAF -> militants). A group noun
    modifying it says whose side it is on ('rebel commanders' are rebels, 'army officers' the military). Kept per
    token while the article's events are read (``token_memo``)."""
    return memo("group_of", head, None, lambda: _group_of(head))


def _group_of(head: Token) -> tuple[str, str] | None:
    lemma = (head.lemma_ or head.lower_).lower()
    found = _noun_group(head)
    if (found or lemma in SIDE_HEADS) and (lemma not in groups() or lemma in ROLE_HEADS):
        for c in head.children:  # (not 'student protesters': a group of its own)
            side = _noun_group(c) if c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "ADJ"} else None
            if side and c.i < head.i:
                return side
    if lemma in ROLE_HEADS:
        for c in head.children:  # 'leaders of the opposition parties', 'members of the militia'
            side = next((group_of(p) for p in c.children if p.dep_ == "pobj"), None) if c.lower_ == "of" else None
            if side:
                return side
    return found


@lru_cache(maxsize=1)
def stance_nouns() -> frozenset[str]:
    """Group nouns that also name a stance ('their opposition', 'opposition to the bill')."""
    return frozenset(r["lemma"] for r in read_tsv("stance_nouns.tsv"))


def stance_reading(tok: Token) -> bool:
    """'announced their opposition', 'its opposition to the bill': a stance noun with a possessive pronoun or a
    'to' after it names the stance, not the collective actor."""
    if (tok.lemma_ or tok.lower_).lower() not in stance_nouns():
        return False
    return any((c.dep_ == "poss" and c.tag_ == "PRP$") or (c.dep_ == "prep" and c.lower_ == "to") for c in tok.children)


def _noun_group(tok: Token) -> tuple[str, str] | None:
    """(group name, entity type) of one noun: sitrep's group nouns, else its Phoenix agent sector."""
    lemma = (tok.lemma_ or tok.lower_).lower()
    if stance_reading(tok):
        return None
    capitalised = capitalised_noun(tok)
    if capitalised:  # 'U.S. Officials said', 'Chinese Diplomats Protest ...': a headline's or a wire's capitals
        lemma = next((w for w in singular_forms(tok.lower_) if w in groups() or agent_sector(w)), lemma)
    mod = next((c for c in tok.lefts if c.dep_ in {"amod", "compound"} and c.i == tok.i - 1), None)
    found = (groups().get(f"{mod.lower_} {lemma}") if mod is not None else None) or groups().get(lemma)
    if not found and (tok.pos_ == "NOUN" or capitalised or _side_adjective(tok)):
        sector = phrase_sector(tok)
        found = sector_groups().get(sector[:3]) if sector else None
    return found


def _side_adjective(tok: Token) -> bool:
    """A role word the tagger took for an adjective on a noun it owns or leads ('separatist positions', 'jihadist
    commanders', 'insurgent strongholds'): the agents file's noun, read as one (not a free adjective: 'military
    rule' is read by sitrep's own group nouns)."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN" and tok.i < tok.head.i


def capitalised_noun(tok: Token) -> bool:
    """A common noun the model took for a proper one for its capital ('U.S. Officials said', 'Chinese Diplomats
    Protest ...'): a title-case proper-noun token outside any name the model found."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_


def phrase_sector(tok: Token) -> str | None:
    """The Phoenix agent sector of a noun, read with the compound nouns and adjectives right before it first
    ('law enforcement', 'asylum seekers', 'riot police', 'displaced families': the agents file lists the phrase,
    not its head)."""
    mods: list[Token] = []
    for c in reversed(list(tok.lefts)):
        if c.i != (mods[0].i if mods else tok.i) - 1 or not (
            (c.dep_ == "compound" and c.pos_ == "NOUN") or (c.dep_ == "amod" and c.pos_ in {"ADJ", "VERB"})
        ):
            break
        mods.insert(0, c)
    for k in range(len(mods)):
        words = " ".join(m.lower_ for m in mods[k:])
        sector = agent_sector(f"{words} {tok.lower_}")
        if sector and sector[:3] not in WEAPON_SECTORS:
            return sector
    return agent_sector(tok.lower_) or agent_sector((tok.lemma_ or tok.lower_).lower())


def hyphen_modifier(tok: Token) -> bool:
    """A name joined by a hyphen to a word that makes it a backer or a period ('Tehran-backed', 'Brezhnev-era'):
    the phrase's actor is what it modifies (the militias, the rules), not the name."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in HYPHEN_SUFFIXES


#: reporting verbs a speaker's name may be misparsed into the phrase before ('..., Secretary Ana Ruiz said')
REPORTING_VERBS = {"said", "says", "told", "added", "stated", "announced", "noted", "wrote"}


def misparsed_speaker(tok: Token) -> bool:
    """A name the parser hung as the last item or appositive of a phrase though it is the speaker of the
    reporting verb right after it ('a meeting between A and his counterpart B, Secretary C said': C said):
    a coordinated or appositive noun right before a reporting verb that has no subject of its own."""
    if tok.dep_ not in {"conj", "appos"} or tok.pos_ not in {"PROPN", "NOUN"}:
        return False
    after = tok.i + 1  # (the name ends its phrase: nothing of its own to its right)
    if tok.right_edge.i != tok.i or after >= len(tok.doc) or tok.doc[after].lower_ not in REPORTING_VERBS:
        return False
    return not any(c.dep_ in SUBJ for c in tok.doc[after].children)


def misparsed_subject(tok: Token) -> bool:
    """A name the parser hung as the last item of the previous clause's object though it is the subject of the
    next coordinated verb ('sent troops to Mali and Norway urged ...': Norway urged): a noun coordinated into a
    non-subject phrase, right before a finite coordinated verb that has no subject of its own."""
    if tok.dep_ != "conj" or tok.pos_ not in {"PROPN", "NOUN"} or tok.i + 1 >= len(tok.doc) or tok.head.dep_ in SUBJ:
        return False
    verb = tok.doc[tok.i + 1]
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.i < tok.head.i:
        return False
    return not any(c.dep_ in SUBJ for c in verb.children)


def fronted_subject(verb: Token) -> Token | None:
    """The subject the parser hung on a fronted phrase of a main verb that has none ('With the signing of the
    accord, the government and the rebels have agreed ...': 'government' taken as a conjunct of 'accord'): the
    one noun phrase between the comma that closes the fronted phrase and the verb's auxiliaries. Also a name
    taken for a modal ('May accused ...', ``modal_names``)."""
    if (named := modal_name(verb)) is not None and not any(c.dep_ in SUBJ for c in verb.children):
        return named
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJ for c in verb.children):
        return None
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg"}])
    comma = next((t.i for t in reversed(verb.doc[verb.sent.start : first]) if t.text == ","), None)
    if comma is None or comma + 1 >= first:
        return None
    span = range(comma + 1, first)
    roots = [verb.doc[i] for i in span if verb.doc[i].head.i not in span]
    if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"} or roots[0].head.i > comma:
        return None
    return roots[0]


def _owner_clause(tok: Token) -> bool:
    """A participle clause on a noun that names its owner ('belonging to X', 'owned by X', 'run by X')."""
    return tok.dep_ == "acl" and tok.tag_ in {"VBG", "VBN"} and tok.lemma_.lower() in OWNER_VERBS


def np_tokens(head: Token) -> list[Token]:
    """The noun phrase of ``head`` with its coordinated phrases, not descending into clauses nor into
    prepositional phrases other than NP_PREPS ('the leader of Hamas', 'police in Kenya'; not
    'an appeal for deploying troops along its border with Israel'). Kept per token while the article's events are
    read (``token_memo``: about four questions per phrase); each caller gets its own list."""
    return list(memo("np_tokens", head, None, lambda: _np_tokens(head)))


def _np_tokens(head: Token) -> list[Token]:
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        preps = NP_PREPS | OWNER_PREPS if _owner_clause(t) else NP_PREPS
        stack += [
            c
            for c in t.children
            if (c.dep_ not in CLAUSE_DEPS or _owner_clause(c))
            and c.dep_ != "punct"
            and (c.dep_ != "prep" or c.lower_ in preps)
            and not misparsed_subject(c)
            and not hyphen_modifier(c)
            and not misparsed_speaker(c)
            and not agent_tail(c)
        ]
    return sorted(out, key=lambda t: t.i)


def country_cue(tokens: list[Token]) -> str | None:
    """The first country a phrase's words name, two-word names first ('South Sudan' is not 'Sudan'); else the
    country of a movement the phrase names by its adjective ('Sandinista militants': ``movement_country``)."""
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.i + 1 in inside and (iso3 := places.country_cue(f"{t.text} {t.nbor().text}")):
            return iso3
        pair = f"{t.nbor(-1).text} {t.text}" if t.i - 1 in inside else ""
        if pair and (places.country_cue(pair) or places.regional_demonym(pair)):
            continue  # 'South Sudanese' read whole; 'South American' is a region's, not 'American'
        if t.i + 1 in inside and places.regional_demonym(f"{t.text} {t.nbor().text}"):
            continue
        if iso3 := places.country_cue(t.text):
            return iso3
    return next(  # (not a word of a place's name: 'Port' of 'Port-au-Prince' is no movement)
        (
            iso3
            for t in tokens
            if t.text[:1].isupper()
            and t.ent_type_ not in PLACE_ENTS
            and t.head.i in inside  # the phrase's own head is its group noun ('Students marched'), no movement
            and t.head.i != t.i
            and (iso3 := movement_country(t.text))
        ),
        None,
    )


def regional_cue(tokens: list[Token]) -> bool:
    """The phrase names a region of several states ('West African leaders'): its people have no one country."""
    inside = {t.i for t in tokens}
    return any(t.i + 1 in inside and places.regional_demonym(f"{t.text} {t.nbor().text}") for t in tokens)


#: the agent sector of the people ``recipient_people.tsv`` lists: Phoenix's people in general
PEOPLE_SECTOR = "PPL"


@lru_cache(maxsize=1)
def recipient_people() -> frozenset[str]:
    """Lemmas of ``recipient_people.tsv``: nouns of people the agents file does not list ('candidates')."""
    return frozenset(r["lemma"] for r in read_tsv("recipient_people.tsv"))


def _lemma_in(tok: Token, words: frozenset[str]) -> bool:
    return any(w in words for w in token_forms(tok))


def recipient_group(head: Token) -> dict | None:
    """A pseudo-mention for a noun of people named as an act's recipient only ('arrested a man', 'detained the
    priests', 'accused the newspaper'): the ``target`` sectors of ``agent_groups.tsv``, with the country its phrase
    gives, marked ``recipient`` (it completes an event, it does not make one); a group noun of any role first."""
    found = group_actor(head)
    if found is not None or head.pos_ != "NOUN":
        return found
    people = PEOPLE_SECTOR if _lemma_in(head, recipient_people()) else None
    if role_sector(head) == NO_SECTOR:
        return None  # a craft ('seized an oil tanker'): no business the act is aimed at
    sector = phrase_sector(head) or role_sector(head) or people
    group = sector_groups("target").get(sector[:3]) if sector else None
    if group is None and sector is None and (body := body_sector(head)):
        group = sector_groups().get(body)  # 'asked the agencies', 'urged her counterparts' (recipient_bodies)
    actor = group_actor(head, group) if group else None
    if actor and not actor["country_iso3"] and other_states(head):
        actor["regional"] = True  # other states' officials: no one country for the sentence to give them
    return {**actor, "recipient": True} if actor else None


def group_actor(head: Token, found: tuple[str, str] | None = None) -> dict | None:
    """A pseudo-mention for a group noun ('protesters', 'Kenyan police'), with the country its phrase gives
    (``found``: the group already known, for a recipient noun). Kept per token while the article's events are read
    (``token_memo``); each caller gets its own copy."""
    actor = memo("group_actor", head, found, lambda: _group_actor(head, found))
    return dict(actor) if actor is not None else None


def _group_actor(head: Token, found: tuple[str, str] | None) -> dict | None:
    lemma = (head.lemma_ or head.lower_).lower()
    found = found or group_of(head)
    if not found and (head.pos_ == "NUM" or lemma in QUANTITY_HEADS):
        for prep in head.children:  # 'thousands of farmers', 'a group of students'
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for p in prep.children:
                    if p.dep_ == "pobj":
                        return group_actor(p)
    if not found:
        return None
    name, etype = found
    first, last = phrase_bounds(head)
    phrase = np_tokens(head)
    return {
        "unnamed": True,
        "group": name,
        "label": etype,
        "surface": head.text,
        "idx": -1 - head.i,
        "start_char": head.idx,
        "end_char": head.idx + len(head.text),
        "country_iso3": country_cue(phrase),
        "placed": _placed_only(phrase, first, last),  # 'rebels in Syria', not 'Syrian rebels' (placed_groups)
        "regional": regional_cue(phrase),
        "phrase": doc_text(head.doc)[first.idx : last.idx + len(last.text)],
        "phrase_start": first.idx,
    }


def _placed_only(phrase: list[Token], first: Token, last: Token) -> bool:
    """The phrase's country comes from where the group is ('rebel groups in Syria'), none from its own words
    (``first``..``last``: 'Syrian rebels', 'Syria's rebels')."""
    return country_cue(phrase) is not None and country_cue([t for t in phrase if first.i <= t.i <= last.i]) is None


def phrase_bounds(head: Token) -> tuple[Token, Token]:
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


def _compounded_country(head: Token) -> dict | None:
    """An untagged country name among the proper-noun compounds before a noun ('US drone strikes', 'US Reaper
    strikes', 'US Hellfire strikes': the state whose means the noun names)."""
    for c in head.lefts:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            found = unnamed_country(c) or _compounded_country(c)
            if found is not None:
                return found
    return None


def unnamed_country(head: Token) -> dict | None:
    """A country or capital the NER model did not tag ('Nigeria offered ...'), as a pseudo-mention; on a common
    noun, an untagged country name compounded before it ('US drone strikes' when 'US' is left untagged)."""
    if head.pos_ != "PROPN":
        return _compounded_country(head)
    if head.ent_type_:
        return None  # a tagged name is a mention (or was left out on purpose: a dateline, a news agency)
    words = [t for t in head.subtree if t.dep_ == "compound" or t.i == head.i]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    iso3 = places.country_iso3(name) or places.capital_iso3(name)
    if not iso3:
        return _compounded_country(head)  # 'US Hellfire strikes': the name before the weapon's
    first = min(words, key=lambda t: t.i)
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
        # where the name is written: its mention row, so that the state acting is found where it is named
        "phrase": doc_text(head.doc)[first.idx : head.idx + len(head.text)],
        "phrase_start": first.idx,
    }
