"""Actors of a noun phrase that is an event's argument: its named mentions, with their coordinated phrases
("Israel and the Palestinians"), leaving out what only describes a named head (an appositive, a parenthesis)
and a group's place phrase ("police in Nairobi" is the police, of Kenya); else the group it names; a state's
own forces ("the Ruritanian army") keep their group with the state's country.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sitrep.extract import event_arg_places, places
from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.citizen_cues import citizenship_tokens
from sitrep.extract.data_files import read_tsv
from sitrep.extract.ethnic_groups import minority_of
from sitrep.extract.event_arg_groups import (
    QUANTITY_HEADS,
    group_actor,
    group_of,
    np_tokens,
    phrase_bounds,
    recipient_group,
    unnamed_country,
)
from sitrep.extract.kin_owners import kin_owner_tokens
from sitrep.extract.mention_span import is_title_word
from sitrep.extract.party_tags import party_tag
from sitrep.extract.plural_pronouns import plural_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
#: labels of a place's name
PLACE_LABELS = {"GPE", "LOC"}
#: prepositions of a people group's place of origin ('residents of Mosul', 'refugees from Aleppo'): the place
#: is where the people are from, the people are the actor ('the government of Kenya' stays Kenya)
ORIGIN_PREPS = {"of", "from"}
#: prepositions that name members of a group ('hundreds of people, including X')
MEMBER_PREPS = {"including"}
#: labels of a named institution or building a group is at ('students at Tarsia University'), not a party
INSTITUTION_LABELS = {"ORG", "FAC"}
#: tags of a people named by a plural noun of its own ('the Kurds', 'Republicans'), not an adjective
PEOPLE_TAGS = {"NNPS", "NNS"}
#: things a group owns or holds whose modifier names the group ('rebel positions', 'a police station', 'army
#: convoys'): the group is the one acted on
HELD_NOUNS = {"position", "base", "outpost", "post", "checkpoint", "convoy", "camp", "stronghold", "headquarters",
              "station", "barracks", "patrol", "vehicle", "hideout", "compound", "facility"}  # fmt: skip
#: labels of a named head whose appositive only describes it ('Ana Ruiz, the mayor of Tarsia')
NAMED_HEAD_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
#: groups that are actors of their own even when their phrase names their state ('the Ruritanian army',
#: 'Ruritania's police'): a state's armed and police forces act as themselves (CAMEO's MIL / COP sectors), so
#: the event keeps the group, with its country, besides the state (``event_merge``); so do armed groups that are
#: no organ of the state (``NONSTATE_OWN_GROUPS``), a state's courts and prosecutors and its legislators
#: (``BESIDE_STATE_GROUPS``) and its opposition
OWN_ACTOR_GROUPS = {"military", "police", "rebels", "militants", "criminals"}
#: armed groups that are no organ of their state ('Ruritanian rebels', 'Ruritanian pirates', 'Ruritanian
#: militiamen': CAMEO's REB, UAF, CRM sectors), which a coder may write as the group or as its country: the event
#: credits both, and is merged across reports by its country alone, as it was before the group was credited
NONSTATE_OWN_GROUPS = {"rebels", "militants", "criminals"}
#: bodies that act as themselves beside their state ('Turkish prosecutors charged ...', "Kenya's opposition rejected
#: ..."; CAMEO's JUD, LEG, OPP sectors): the event credits both, and is merged across reports by the state alone
#: (``data/beside_state_groups.tsv``)
BESIDE_STATE_GROUPS = frozenset(r["group"] for r in read_tsv("beside_state_groups.tsv"))
#: those of them that are organs of the state: their phrase's demonym or state name stays a party beside them
STATE_ORGAN_GROUPS = frozenset(r["group"] for r in read_tsv("beside_state_groups.tsv") if r["organ"] == "yes")
OWN_ACTOR_GROUPS |= BESIDE_STATE_GROUPS
#: entity type of groups of people ('Ruritanian voters', 'Ruritanian students'): a demonym says where they are
#: from, not that their state acts or is acted on; they keep their group with that country, as a state's forces do
PEOPLE_TYPE = "NORP"
#: groups that are the state itself when their phrase names it ('the Ruritanian government'); any other group
#: named with a demonym is that group of that country
#: ('Ruritanian rebels', 'the Ruritanian opposition', 'Ruritanian rights groups'), not its state (PLOVER's
#: RURREB, RUROPP: the demonym says where the group is from)
STATE_BODY_GROUPS = {"government"}
#: groups of people in general (the people sector of ``agent_groups.tsv``): 'an Ruritanian man' is a civilian
PERSON_GROUPS = {"civilians"}


def _locative_place(mention_of: Callable[[Token], dict | None], head: Token) -> tuple[set[int], str | None]:
    """(token indexes, country) of a group noun's place phrase ('police in Nairobi' -> KEN), when the phrase
    names a place the gazetteer resolves; ``(set(), None)`` otherwise. A quantity's place phrase is its counted
    group's ('hundreds of workers in Lima' are workers, of Peru)."""
    head = _counted(head)
    found = group_of(head)
    if found is None:
        return set(), None
    preps = event_arg_places.LOCATIVE_PREPS
    if found[1] == "NORP":  # people, not institutions
        preps = preps | ORIGIN_PREPS
    where, iso3 = event_arg_places.locative_country(mention_of, head, places.place_country, preps)
    return (where, iso3) if where else (_institution_place(mention_of, head), None)


def _institution_place(mention_of: Callable[[Token], dict | None], head: Token) -> set[int]:
    """Token indexes of a group noun's locative phrase that names an institution or a building ('students at
    Tarsia University', 'workers at the Ruritex plant'): where the group is, not a second actor."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in event_arg_places.LOCATIVE_PREPS:
            objs = [p for p in prep.children if p.dep_ == "pobj"]
            if any((m := mention_of(p)) and not m.get("unnamed") and m["label"] in INSTITUTION_LABELS for p in objs):
                return {t.i for t in prep.subtree}
    return set()


def _described(mention_of: Callable[[Token], dict | None], head: Token) -> set[int]:
    """Token indexes of what only describes a named head: its appositive ('Ana Ruiz, the mayor of Tarsia'), its
    parenthesis ('Paul Grant (R-Ohio)') and a person's 'of' / 'from' phrase ('Ana Ruiz of Tarsia'). The head's
    own name is the actor; the towns and bodies of its description are not parties of the event, the state it
    names still is ('Ana Ruiz, Peru's envoy')."""
    m = mention_of(head)
    if m is None or m.get("unnamed") or m["label"] not in NAMED_HEAD_LABELS:
        return set()
    out: set[int] = set()
    for c in head.children:
        opens = c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == "("
        named = mention_of(c)
        tagged = c.dep_ == "appos" and party_tag(c)
        if named is not None and not named.get("unnamed") and (not opens or named["surface"].isupper()) and not tagged:
            continue  # a list item or an acronym ('Kim, Lee and Park', 'the Economic Community (ECOWAS)')
        origin = c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS and m["label"] == "PERSON"
        if c.dep_ == "appos" or (opens and c.i > head.i) or origin:  # ('Ana Ruiz of Tarsia': where she is from)
            out |= {t.i for t in c.subtree if not _state_word(mention_of(t))}
    return out


def _nested_described(mention_of: Callable[[Token], dict | None], head: Token) -> set[int]:
    """Token indexes of what only describes a name in apposition inside the phrase ('the sheriff, Ana Ruiz, an
    ally of Paul Grant', 'the envoy, Ana Ruiz, R-Ohio'): the appositive name is the actor, not the person its own
    description names (a name the parser coordinates with the phrase's body: 'the chairman of the committee,
    Ana Ruiz, R-Ohio')."""
    out: set[int] = set()
    for t in np_tokens(head):
        if t.i != head.i and t.dep_ in {"appos", "conj"} and (m := mention_of(t)) is not None and not m.get("unnamed"):
            out |= _described(mention_of, t)
    return out


def _group_described(mention_of: Callable[[Token], dict | None], head: Token) -> set[int]:
    """Token indexes of the persons named in what only describes a group noun, its appositive ('a police officer,
    part of the protection team of the minister X', 'gunmen, supporters of the cleric X'): the group acts, not
    the person it serves or follows. Organisations named there stay ('gunmen, members of the Y group')."""
    m = mention_of(head)
    if head.pos_ != "NOUN" or (m is not None and not m.get("unnamed")) or group_of(head) is None:
        return set()
    described = [c for c in head.children if c.dep_ == "appos" and mention_of(c) is None]
    return {t.i for c in described for t in c.subtree if (p := mention_of(t)) is not None and p["label"] == "PERSON"}


def _owned_scope(mention_of: Callable[[Token], dict | None], head: Token) -> set[int]:
    """Token indexes of the place names compounded on a thing a named actor owns ('NAMA's Northern Ireland loan
    book', 'Russia's Syria policy'): the owner is the party, the place only says what the thing is of."""
    out: set[int] = set()
    for t in np_tokens(head):
        owner = next((c for c in t.children if c.dep_ == "poss"), None) if t.pos_ == "NOUN" else None
        owned = mention_of(owner) if owner is not None else None
        if owned is None or owned.get("unnamed") or owned["label"] not in ACTOR_LABELS:
            continue
        for c in t.lefts:
            m = mention_of(c) if c.dep_ == "compound" and c.pos_ == "PROPN" else None
            if m is not None and not m.get("unnamed") and m["label"] in PLACE_LABELS and c.i > owner.i:
                out |= {x.i for x in c.subtree}
    return out


def _state_word(m: dict | None) -> bool:
    """A mention naming a state ('Iran', 'Iranian'): in a description it still says whom the actor acts for."""
    return m is not None and bool(places.country_iso3(m["surface"]) or places.demonym_iso3(m["surface"]))


def _counted(head: Token) -> Token:
    """The noun a quantity counts ('dozens of fighters' -> fighters), else ``head``."""
    if head.pos_ == "NUM" or (head.lemma_ or head.lower_).lower() in QUANTITY_HEADS:
        counted = [p for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children]
        return next((p for p in counted if p.dep_ == "pobj"), head)
    return head


def _possessed_group(mention_of: Callable[[Token], dict | None], head: Token, own: list[dict]) -> list[dict]:
    """A group noun whose only names are its owners ('Kato's fighters', 'the rebels of Kato', 'dozens of
    Kato's fighters') is that group (with the owner after it): the fighters are hit or act, not a state
    their leader is credited to. A group of people (NORP: 'Kato's associates', 'supporters of Kato') is that
    group alone, with the owner's country: they are arrested or march, not the one they follow, who commands
    no force of them."""
    head = _counted(head)
    g = group_of(head)
    people = g is not None and g[1] == "NORP"  # (a name the model mislabels: 'associates of Navalny' GPE)
    if g is None or not own or any(m["label"] != "PERSON" and not (people and _no_place(m)) for m in own):
        return own
    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    owners |= {t.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
    if not all(any(mention_of(t) is m for t in head.doc if t.i in owners) for m in own):
        return own
    actor = group_actor(head)
    if actor and actor["label"] == "NORP":
        countries = {m.get("country_iso3") for m in own}
        owner_country = countries.pop() if len(countries) == 1 else None
        return [{**actor, "country_iso3": actor.get("country_iso3") or owner_country}]
    return ([actor] if actor else []) + own


def _no_place(m: dict) -> bool:
    """A named mention that is no country, city or place the gazetteer knows (a person or a body, whatever the
    model's label)."""
    return not m.get("kind") and not _state_word(m) and m["label"] != "LOC"


def np_actors(mention_of: Callable[[Token], dict | None], head: Token) -> list[dict]:
    """Actors of the noun phrase headed by ``head``: its named mentions, else the group it names (with the
    country of its place phrase: 'protesters in Caracas', 'residents of Mosul'); for 'them', the group it stands
    for (``plural_pronouns``)."""
    if mention_of(head) is None and (ante := plural_antecedent(mention_of, head)) is not None:
        return np_actors(mention_of, ante)
    out: list[dict] = []
    for conj in (head, *head.conjuncts):
        own: list[dict] = []
        where, where_iso3 = _locative_place(mention_of, conj)
        where = (
            where | _described(mention_of, conj) | _owned_scope(mention_of, conj) | _group_described(mention_of, conj)
        )
        where |= _nested_described(mention_of, conj)
        where |= kin_owner_tokens(np_tokens(conj))  # 'the wife of X': she is the actor, not X
        where |= citizenship_tokens(conj)  # 'X, a Ukrainian citizen': X, not Ukraine
        for t in np_tokens(conj) if conj.i == head.i else [conj]:
            m = mention_of(t)
            if m and m["label"] in ACTOR_LABELS and m not in own and m not in out and t.i not in where:
                own.append(m)
        own = [minority_of(mention_of, conj, m) for m in _possessed_group(mention_of, conj, own)]
        own = _named_holder(mention_of, conj, own)
        own = _trailing_holder(mention_of, conj, own)
        if own and all(m["label"] in PLACE_LABELS for m in own) and (owner := _possessor_group(conj, poss_only=True)):
            own = [owner, *own]  # "the army's conduct in Darfur": the army, and where
        if not own:
            g = group_actor(conj) or unnamed_country(conj) or _owner_group(conj) or _possessor_group(conj)
            if g and where_iso3 and not g.get("country_iso3"):
                g = {**g, "country_iso3": where_iso3}
            own = [g] if g else []
        elif forces := (by_state := _state_forces(conj, forces_own := own)) or _local_group(conj, own):
            own = [forces]  # 'the Ruritanian army': the army acts, with its country (not only the state)
            if by_state and forces["group"] in STATE_ORGAN_GROUPS:
                own += [m for m in forces_own if not m.get("unnamed")]  # 'Brazilian lawmakers': Brazil's too
        elif all(m["label"] == "NORP" and not m.get("unnamed") and not places.country_cue(m["surface"]) for m in own):
            g = group_actor(conj)  # 'Jewish settlers', 'Moslem militants': the group acts, the adjective
            own = ([g] if g else []) + own  # names no state
        out += own + [m for m in _named_members(mention_of, conj) if m not in own and m not in out]
        if conj.i == head.i:
            break  # np_tokens(head) already walked the coordinated phrases
    return out + _coordinated_groups(mention_of, head, out)


def _named_holder(mention_of: Callable[[Token], dict | None], head: Token, own: list[dict]) -> list[dict]:
    """A role held for a person, with the holder named ('Evans's choice for adviser, Dana Marsh', 'the
    governor's son-in-law Luis Soto'): the holder acts, not the person whose choice or relative he is."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if head.pos_ != "NOUN" or owner is None:
        return own
    inside = {t.i for t in owner.subtree}
    held = [c for c in head.children if c.dep_ == "compound" and c.i not in inside]
    held += [t for t in np_tokens(head) if t.dep_ == "appos" and t.i not in inside]  # ('choice for adviser, X')
    named = [m for c in held for t in c.subtree if (m := mention_of(t)) and m["label"] == "PERSON"]
    owners = [m for t in owner.subtree if (m := mention_of(t)) and m["label"] == "PERSON"]
    if not named or not owners:
        return own
    return [m for m in own if m not in owners]


def _named_members(mention_of: Callable[[Token], dict | None], head: Token) -> list[dict]:
    """The persons and bodies named as members of a group noun ('600 people, including the organiser Ana Ruiz',
    'dozens of activists, including Ruiz'): each is one of the group, so a party of its event too."""
    people = _counted(head)
    if people.pos_ != "NUM" and group_of(people) is None and recipient_group(people) is None:
        return []
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS]
    return [
        m
        for prep in preps
        for t in prep.subtree
        if (m := mention_of(t)) and not m.get("unnamed") and m["label"] in {"PERSON", "ORG"}
    ]


def _trailing_holder(mention_of: Callable[[Token], dict | None], head: Token, own: list[dict]) -> list[dict]:
    """A title heading the phrase whose holder's name ends it, hung by the parser inside a prepositional phrase
    ('Chairman of the Public Council under the Interior Ministry Anatoly Kucherena'): the person holds the
    title and acts, beside the bodies the title names."""
    if not is_title_word(head.text) or any(m["label"] == "PERSON" for m in own):
        return own
    edge = head.right_edge
    m = mention_of(edge)
    if m is None or m.get("unnamed") or m["label"] != "PERSON" or edge.dep_ != "pobj" or edge.head.head != head:
        return own
    return [m, *own]


def _owner_group(head: Token) -> dict | None:
    """The group a held thing's modifier names ('rebel positions' -> rebels, 'a police station' -> police)."""
    if (head.lemma_ or head.lower_).lower() not in HELD_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ in {"compound", "amod"} and group_of(c) is not None), None)
    return group_actor(owner) if owner is not None else None


def _possessor_group(head: Token, poss_only: bool = False) -> dict | None:
    """The group that owns a thing named as the argument ('rejected the opposition's claim', 'criticised the
    governor's decision', 'seized the rebels' weapons') or, unless ``poss_only``, whose conduct a noun compound
    names ('marched against police violence', 'condemned army abuses'; not an institution of its own: 'army
    courts'): the owner is the party the act is aimed at or done by."""
    if head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None and not poss_only and agent_sector((head.lemma_ or head.lower_).lower()) is None:
        owner = next(
            (c for c in head.children if c.dep_ == "compound" and c.pos_ == "NOUN" and group_of(c) and not _whole(c)),
            None,
        )
    if owner is None:
        return None
    # ('criticised the company's response': a possessor named only as a recipient is the one judged; never a doer:
    # 'the company's board voted')
    judged = owner.dep_ == "poss" and not head.dep_.startswith("nsubj")
    return group_actor(owner) or (recipient_group(owner) if judged else None)


def _whole(compound: Token) -> bool:
    """A compound the agents file lists with its head as one thing of another sector than its own ('fighter jets'
    MIL, 'fighter' alone militants): the compound is no owner of the head ('army chief' is the army's)."""
    whole = agent_sector(f"{compound.lower_} {compound.head.lower_}")
    own = agent_sector(compound.lower_)
    return whole is not None and own is not None and whole[:3] != own[:3]


def _coordinated_groups(mention_of: Callable[[Token], dict | None], head: Token, found: list[dict]) -> list[dict]:
    """The group nouns of a coordination that names no one in their own phrase ('the army and the rebels',
    'police and Red Cross volunteers'): each is an actor beside the names its partners give."""
    out: list[dict] = []
    for c in (head, *head.conjuncts) if head.conjuncts else ():
        if any(m.get("idx") == -1 - c.i for m in found):
            continue
        first, _ = phrase_bounds(c)
        if any(mention_of(t) for t in c.doc[first.i : c.i + 1]):
            continue
        g = group_actor(c)
        if g is not None:
            out.append(g)
    return out


def _state_forces(head: Token, own: list[dict]) -> dict | None:
    """The group actor of a state's forces named with their state ('the Ruritanian military', 'Ruritania's
    police'), of a people group named with its nationality ('Ruritanian voters') or of a group that is no organ of
    the state ('Syrian rebels', 'Britain's unions'), when the phrase's only names
    are that state's demonym or name modifying the group noun."""
    g = group_actor(head) or _person_of(head)
    if g is None or g["group"] in STATE_BODY_GROUPS:
        return None  # 'the Ruritanian government': the state itself acts
    iso3 = {places.country_cue(m["surface"]) for m in own}
    inside = all(g["phrase_start"] <= m["start_char"] < head.idx for m in own)
    if not inside or len(iso3) != 1 or None in iso3 or any(m["label"] not in {"NORP", "GPE"} for m in own):
        return None
    return {**g, "country_iso3": iso3.pop()}


def _local_group(head: Token, own: list[dict]) -> dict | None:
    """The group actor of a group noun whose only names are places within a state modifying it ('Kabul police',
    'Gaza militants', 'the Tarsia teachers'): the group acts, of the place's country, not the town or the province
    ('the Tarsia government' stays the place: its own government). One member of a legislature named with a place
    within a state ('the Tarsia senator', 'a Tarsia congressman') is a legislator of the state, the place only
    the seat he holds."""
    g = group_actor(head) or _person_of(head)
    member = g is not None and g["group"] == "legislators" and head.tag_ == "NN"
    if g is None or (g["group"] in STATE_BODY_GROUPS and not member) or not own:
        return None
    inside = all(g["phrase_start"] <= m["start_char"] < head.idx for m in own)
    iso3 = {m.get("country_iso3") for m in own}
    if not inside or len(iso3) != 1 or None in iso3 or any(m["label"] not in PLACE_LABELS for m in own):
        return None
    if any(places.country_cue(m["surface"]) for m in own):
        return None  # a state's own name ('Ruritania's police'): ``_state_forces``
    return {**g, "country_iso3": iso3.pop()}


def _person_of(head: Token) -> dict | None:
    """A person of a country named by a demonym on a noun of people ('an Ruritanian man', 'two Ruritanian
    nationals'): PLOVER's civilian of that country, not its state (``agent_groups.tsv``'s people sector)."""
    if head.pos_ != "NOUN" or head.tag_ not in {"NN", "NNS"}:
        return None
    g = recipient_group(head)
    return {k: v for k, v in g.items() if k != "recipient"} if g and g["group"] in PERSON_GROUPS else None


def people_noun(doc: Doc, m: dict) -> bool:
    """A people mention that is a plural noun heading its own phrase ('the Kurds rejected', 'Republicans
    blocked'): an actor even when it names no state; 'African leaders', 'Western officials' (an adjective on
    another noun) are not."""
    if m.get("unnamed") or m["label"] != "NORP":
        return False
    span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    return span is not None and span.root.tag_ in PEOPLE_TAGS and span.root.dep_ not in {"amod", "compound", "nmod"}
