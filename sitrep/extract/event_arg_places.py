"""Places in a trigger's arguments: the state where an action without a named recipient falls ('lifted the
curfew in Montenegro'), the unnamed actor of an attack or an arrest nobody is named for, a group's place
phrase ('police in Nairobi')."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import event_agency, places
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.event_arg_groups import group_actor, sector_groups
from sitrep.extract.fronted_areas import misplaced_area

if TYPE_CHECKING:
    from spacy.tokens import Token

PLACE_PREPS = {"in", "inside", "across", "throughout"}
#: words after a place's name that say what kind of place it is ('Vojvodina province', 'Hebron district')
PLACE_KIND_WORDS = {"province", "region", "district", "state", "county", "governorate", "city", "town", "area"}
#: category -> (group, entity type) standing for its unnamed actor: the perpetrators of an attack, the
#: authorities that arrest, detain or deport, the people who protest ('a general strike in X', 'riots in Y')
UNATTRIBUTED_SOURCES = {
    "ASSAULT": ("attackers", "NORP"),
    "COERCE": ("government", "ORG"),
    "PROTEST": ("protesters", "NORP"),
}
#: categories whose unnamed actor stands only for an event noun ('a general strike in X', 'riots broke out in
#: Y'): a verb with no actor for subject is as often a crowd at a festival ('20,000 people took to the streets')
NOUN_ONLY_UNATTRIBUTED = {"PROTEST"}
#: modes of taking people (an arrest, a detention, an abduction): people are taken, never a place; a place named
#: among such an act's targets is where they were taken ('detained several suspects in Karachi', 'seven men were
#: abducted in the Niger delta'), and the target is the people taken, of that place's country
PEOPLE_TAKEN_MODES = {"arrest", "abduct"}
#: the agent sector of people named only as taken ('several suspects'): Phoenix's people in general
TAKEN_SECTOR = "PPL"
#: prepositions of attending or leaving a gathering ('walked out of the talks', 'spoke at the summit')
VENUE_PREPS = {"of", "from", "at", "to", "for"}
LOCATIVE_PREPS = {"in", "inside", "near", "at", "across", "throughout", "through", "outside"}
#: categories of leaving a place ('withdrew from Beirut', 'pulled out of two villages in X', 'flown out of the
#: enclave of Y'): the place left is where the act falls, its country the recipient (as the gold records code it)
DEPARTURE_TYPES = {"RETREAT", "SANCTION"}
DEPARTURE_PREPS = {"from", "of"}
#: modes of those categories that leave a place (not an expulsion: 'expelled from X' is X's act)
WITHDRAWAL_MODES = {None, "withdraw"}
#: military moves aimed at a state by where they go ('massed troops along its border with X', 'sent warships
#: near X'): the prepositions of the place approached and the nouns of a border, whose 'with' phrase names it
APPROACH_TYPES = {"MOBILIZE"}
APPROACH_PREPS = {"near", "off", "toward", "towards", "along", "on", "to", "at"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
#: prepositions of where deployed forces go that the parser may hang inside the phrase of where they leave from
#: ('deployed troops from its base in X to northern Y')
DESTINATION_PREPS = {"to", "toward", "towards", "into"}
#: the preposition of where deployed forces leave from
ORIGIN_PREPS = {"from"}
#: giving or cutting off goods ('sent food aid to Darfur', 'cut off fuel supplies to the Gaza Strip'): the place
#: a common-noun object goes 'to' is where the act falls
SUPPLY_TYPES = {"AID", "SANCTION", "COERCE"}
#: nouns of a settlement or an area whose 'of' phrase names it ('the enclave of Gorazde', 'the town of X')
AREA_NOUNS = PLACE_KIND_WORDS | {"enclave", "village", "capital", "territory", "zone", "outskirts", "outskirt"}


def locative_country(
    mention_of: Callable[[Token], dict | None],
    head: Token,
    country_of: Callable[[str], str | None],
    preps: set[str] = LOCATIVE_PREPS,
) -> tuple[set[int], str | None]:
    """(token indexes, country) of the first locative phrase of ``head`` ('in Nairobi', 'near Goma') whose
    place name ``country_of`` resolves, or whose area noun a demonym gives its country ('in the Kenyan capital',
    'near a Syrian town'); ``(set(), None)`` when none does."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for t in prep.subtree:
            m = mention_of(t)
            iso3 = country_of(m["surface"]) if m and m["label"] in {"GPE", "LOC"} else None
            iso3 = iso3 or (_area_demonym(t, m) if m else None)
            if iso3:
                return {t.i for t in prep.subtree}, iso3
    return set(), None


def _area_demonym(tok: Token, m: dict) -> str | None:
    """The country of a demonym modifying an area noun ('the Kenyan capital', 'a Syrian town')."""
    area = tok.dep_ in {"amod", "compound"} and (tok.head.lemma_ or tok.head.lower_).lower() in AREA_NOUNS
    return places.demonym_iso3(m["surface"]) if area and m["label"] == "NORP" else None


def place_target(mention_of: Callable[[Token], dict | None], holders: list[Token], plover: str = "") -> list[dict]:
    """The state where an action without a named recipient falls ('lifted the curfew in Montenegro', 'threatened
    to impose a curfew in Algiers', 'rallied in Lagos'): PLOVER codes the place's country as the recipient. The
    place is an 'in' phrase on the trigger, its object or its infinitive complement, as a pseudo-mention. An act
    of ``venue_types`` on a gathering ('boycotted the summit in X', 'walked out of the talks in Y') has none: the
    place is where the gathering met."""
    stack = list(holders)
    for _ in range(2):  # 'threatened to impose a curfew in ...': the complement's object
        stack += [c for h in stack for c in h.children if c.dep_ in {"xcomp", "dobj"} and c not in stack]
    if plover in event_agency.vocab()["venue_types"] and any(_gathering(h) for h in stack):
        return []  # 'boycotted the summit in X': where the gathering met, not whom the act is aimed at
    left = _places_left(stack) if plover in DEPARTURE_TYPES else []
    left += _places_approached(stack) if plover in APPROACH_TYPES else []
    left += _places_supplied(stack) if plover in SUPPLY_TYPES else []
    for p in left:  # 'withdrew from Beirut', 'pulled out of Chechnya'
        found = place_mention(mention_of, p)
        if found:
            return found
    for h in stack + left:
        area = h in left and h.pos_ == "NOUN" and h.lemma_.lower() in AREA_NOUNS  # 'out of the enclave of X'
        preps = PLACE_PREPS | ({"of"} if area else set())
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps:
                continue
            for p in prep.children:
                found = place_mention(mention_of, p) if p.dep_ == "pobj" else []
                if found:
                    return found
    return []


def place_recipient(
    mention_of: Callable[[Token], dict | None], holders: list[Token], reading, targets: list[dict], sources: list[dict]
) -> list[dict]:
    """The place recipient of an act: where an act with no recipient but places falls (``place_target``; a place
    named as a target may be only where), else the place a withdrawal leaves when no party is of its country
    (``left_place``: 'monitors were flown out of X'; not 'diplomats were expelled from X', X's act)."""
    if all(named_place(m) for m in targets):
        return place_target(mention_of, holders, reading.plover)
    withdrawal = reading.plover in DEPARTURE_TYPES and reading.mode in WITHDRAWAL_MODES
    found = left_place(mention_of, holders) if withdrawal else []
    if found and any(t.get("country_iso3") == found[0]["country_iso3"] for t in targets + sources):
        return []
    return found


def left_place(mention_of: Callable[[Token], dict | None], holders: list[Token]) -> list[dict]:
    """The place a withdrawal leaves, whoever else it names ('monitors were flown out of the enclave of X',
    'withdrew its envoy from X'): its country is a recipient beside the parties named."""
    left = _places_left(list(holders))
    for h in left:
        found = place_mention(mention_of, h)
        for prep in (c for c in h.children if c.dep_ == "prep") if not found else ():
            area = h.pos_ == "NOUN" and h.lemma_.lower() in AREA_NOUNS
            if prep.lower_ in PLACE_PREPS | ({"of"} if area else set()):
                found = next(
                    (f for p in prep.children if p.dep_ == "pobj" for f in [place_mention(mention_of, p)] if f), []
                )
        if found:
            return found
    return []


def _places_left(stack: list[Token]) -> list[Token]:
    """The objects of the departure phrases of the trigger's words ('from Beirut', 'out of two villages')."""
    preps = [c for h in stack for c in h.children if c.dep_ == "prep"]
    preps += [o for c in preps if c.lower_ == "out" for o in c.children if o.dep_ == "prep"]  # 'out' 'of'
    return [
        p
        for prep in preps
        if prep.lower_ in DEPARTURE_PREPS and (prep.lower_ == "from" or _out_of(prep))
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _places_approached(stack: list[Token]) -> list[Token]:
    """The places a military move goes near ('near Taiwan', 'off X') and the states a border it goes to is shared
    with ('along its border with X', 'to the border with X')."""
    out = []
    for p in (p for h in stack for c in h.children if c.dep_ == "prep" and c.lower_ in APPROACH_PREPS
              for p in c.children if p.dep_ == "pobj"):  # fmt: skip
        if p.lemma_.lower() in BORDER_NOUNS:
            out += [o for c in p.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                    if o.dep_ == "pobj"]  # fmt: skip
        elif p.pos_ == "PROPN" and p.head.lower_ in {"near", "off"}:
            out.append(p)
    return out


def _places_supplied(stack: list[Token]) -> list[Token]:
    """The place goods go 'to' ('sent food aid to Darfur', 'cut off fuel supplies to Gaza'): a 'to' phrase of a
    verb whose object is a common noun naming no people (the goods), or of that noun."""
    verbs = [h for h in stack if h.pos_ == "VERB" and any(_goods(c) for c in h.children)]
    goods = [c for h in verbs for c in h.children if _goods(c)]
    return [p for h in verbs + goods for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]  # fmt: skip


def _goods(tok: Token) -> bool:
    """A common-noun object that names no people ('aid', 'fuel supplies'; not 'the traders', 'troops')."""
    return tok.dep_ == "dobj" and tok.pos_ == "NOUN" and agent_sector(tok.text) is None


def _out_of(prep: Token) -> bool:
    """'pulled out of', 'flown out of': an 'of' after the particle or preposition 'out'."""
    return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "out"


def place_mention(mention_of: Callable[[Token], dict | None], p: Token) -> list[dict]:
    """The place a phrase's noun names ('Kosovo province' by its compound too), as the pseudo-mention of its
    country; [] when it names no place of one country."""
    named = [p, *(c for c in p.children if c.dep_ == "compound")]
    m = next((m for m in map(mention_of, named) if m is not None), None)
    if m is None or m["label"] not in {"GPE", "LOC"}:
        return []
    iso3 = _place_country(m["surface"])
    if not iso3:
        return []
    return [{**m, "unnamed": True, "group": m["surface"], "label": "GPE", "idx": -1 - p.i,
             "country_iso3": iso3, "named": True}]  # fmt: skip


def _gathering(tok: Token) -> bool:
    """A noun of a gathering held at a place ('summit', 'talks'; ``venue_nouns``), or the object of one of its
    attending prepositions ('walked out of the talks', 'withdrew from the meeting', 'spoke at the forum')."""
    nouns = [tok] + [p for c in tok.children if c.dep_ == "prep" and c.lower_ in VENUE_PREPS for p in c.children]
    venues = event_agency.vocab()["venue_nouns"]
    return any(n.pos_ == "NOUN" and (n.lemma_ or n.lower_).lower() in venues for n in nouns)


def _place_country(name: str) -> str | None:
    """Country of a place name: a country, city or capital the gazetteer places, else a region of one ('the
    West Bank', 'Gaza')."""
    name = name.removeprefix("the ").removeprefix("The ")
    words = name.split()
    if len(words) > 1 and words[-1].lower() in PLACE_KIND_WORDS:
        iso3 = _place_country(" ".join(words[:-1]))  # 'Vojvodina province' -> 'Vojvodina'
        return None if misplaced_area(words[-1], iso3) else iso3  # 'Douglas County' is no county of Ireland
    return places.place_country(name) or places.gazetteer.region_iso3(name)[1]


#: prepositions that aim an act at a state rather than place it there ('fired drones at Ruritania')
AIMED_PREPS = frozenset({"at"})


def unattributed_source(
    mention_of: Callable[[Token], dict | None],
    tok: Token,
    subj: Token | None,
    unnamed: tuple[str, str],
    obj: Token | None = None,
) -> list[dict]:
    """An attack or an arrest nobody is named for ('a roadside bomb near Tikrit killed two soldiers', 'was
    arrested in Lebanon') is coded, as ICEWS and the PLOVER gold records do, with an unnamed actor of the
    country where it happened as its source (see UNATTRIBUTED_SOURCES): the place phrase of the trigger or of
    its subject (the weapon, the blast), or of the object noun that read the trigger ('took to the streets of X')."""
    told = tok.dep_ in {"advcl", "conj"} or (tok.pos_ == "NOUN" and tok.dep_ in {"nsubj", "nsubjpass"})
    clause = (
        [tok.head] if told and tok.head.pos_ == "VERB" else []
    )  # 'exploded in X, killing', 'rallies were held in X'
    heads = [(h, LOCATIVE_PREPS) for h in [tok] + ([subj] if subj is not None else []) + clause]
    heads += [(obj, LOCATIVE_PREPS | {"of"})] if obj is not None and obj.i != tok.i else []
    for head, preps in heads:
        _, iso3 = locative_country(mention_of, head, _place_country, preps - _aimed_at_state(mention_of, head))
        if iso3:
            group, kind = unnamed
            return [{"unnamed": True, "group": group, "label": kind, "surface": group, "idx": -1 - head.i,
                     "start_char": -1, "end_char": -1, "country_iso3": iso3}]  # fmt: skip
    return []


def _aimed_at_state(mention_of: Callable[[Token], dict | None], head: Token) -> frozenset[str]:
    """The prepositions of ``head`` that aim it at a state, not place it ('fired drones at Ruritania'; not 'at
    Strelsau', a city, or 'at a checkpoint')."""
    out = set()
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in AIMED_PREPS:
            for p in prep.children:
                m = mention_of(p) if p.dep_ == "pobj" else None
                if m and places.country_iso3(m["surface"]):
                    out.add(prep.lower_)
    return frozenset(out)


def named_place(m: dict) -> bool:
    return not m.get("unnamed") and m["label"] in {"GPE", "LOC"}


def people_taken(targets: list[dict], taken: Token | None) -> list[dict]:
    """The targets of an arrest or an abduction with each named place among them turned into the people taken
    there (``PEOPLE_TAKEN_MODES``): an unnamed group of the place's country, at the noun of the people taken when
    there is one (the object, the passive subject), else at the place's words. A place counts when it is the
    act's place phrase or lies in the phrase of the people taken, not when it is that noun itself."""
    out = []
    for m in targets:
        where = m.get("unnamed") or (taken is not None and not m["start_char"] <= taken.idx < m["end_char"])
        iso3 = m.get("country_iso3") or _place_country(m["surface"]) if where and m["label"] in {"GPE", "LOC"} else None
        if not iso3:  # (a name the model took for a place, as the object itself, stays: 'arrested Ana Ruiz')
            out.append(m)
            continue
        group, kind = sector_groups("target")[TAKEN_SECTOR]
        at = {k: m[k] for k in ("start_char", "end_char", "surface", "idx")}
        if taken is not None:
            at = {"start_char": taken.idx, "end_char": taken.idx + len(taken.text), "surface": taken.text,
                  "idx": -1 - taken.i}  # fmt: skip
        if all(o.get("idx") != at["idx"] for o in out):
            out.append({**at, "unnamed": True, "group": group, "label": kind, "country_iso3": iso3, "recipient": True})
    return out


def people_group(taken: Token) -> dict:
    """The people an arrest or an abduction takes, named by a noun no group list holds ('detained 20 suspects'):
    Phoenix's people in general, with the country their phrase gives; a group noun the actor owns keeps its
    group ('arrested his fellow army officers': the military)."""
    return {**(group_actor(taken) or group_actor(taken, sector_groups("target")[TAKEN_SECTOR])), "recipient": True}


def deployment_destinations(origin: Token) -> list[Token]:
    """The places forces are sent to that the parser hung inside the 'from' phrase (``origin``) of where they
    leave ('deployed troops from its base in X to northern Y': Y). The place left is no target of the deployment:
    the forces are the sender's own ('the navy sent warships from Bahrain' is no move against Bahrain)."""
    return [
        o
        for p in origin.children
        if p.dep_ == "pobj"
        for prep in p.children
        if prep.dep_ == "prep" and prep.lower_ in DESTINATION_PREPS
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def deployment_origin(trig: Token) -> set[int]:
    """Token ids of the 'from' phrases of a deployment's verb less the destinations hung inside them: where the
    forces leave ('launched from its base in X', 'sent warships from X to Y') is not where the deployment is."""
    froms = [c for c in trig.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS]
    going = {t.i for f in froms for o in deployment_destinations(f) for t in o.head.subtree}
    return {t.i for f in froms for t in f.subtree} - going
