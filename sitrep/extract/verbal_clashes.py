"""A clash of words is criticism, not fighting: a verb of clashing told with an issue ('clashed over the timing of the
vote', 'sparred with his counterpart about the border') whose every party speaks for a state or a party (a named
person, a state named, 'the two governments', 'opposition leaders') is a quarrel, PLOVER ACCUSE disapprove. A clash
with no issue, over a place (a named one, or, between states, a noun of kind ``place``: 'the border region') or a
time, or with any party that fights or marches ('police clashed with protesters over the ban') stays an attack. A
retort is one too: a verb of shooting back at someone ('fired back at X') told with what was said ('..., saying
...', 'accusing X of ...') or done by a party that speaks ('the minister fired back at his critics') is criticism of
the one fired at; soldiers firing back at gunmen still fight. Vocabulary: ``data/verbal_clashes.tsv``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

#: entity types an issue is not: a clash 'over the weekend' or 'over Aleppo' tells when or where, no issue
NO_ISSUE_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC"}


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    return word_sets("verbal_clashes.tsv")


def verbal_clash(trig: Token) -> bool:
    """The trigger is a verb of clashing with an issue between parties that all speak, none fights."""
    v = _vocab()
    if trig.pos_ == "VERB" and retort(trig, v):
        return True
    if trig.pos_ != "VERB" or (trig.lemma_ or trig.lower_).lower() not in v["verb"]:
        return False
    parties = _parties(trig)
    places = v["place"] if any(p.ent_type_ in v["state"] for p in parties) else frozenset()  # states may fight over one
    issues = [
        g
        for h in [trig, *parties]  # (the parser often hangs the issue on the partner: 'with X over the budget')
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in v["prep"]
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in NO_ISSUE_ENTS and (g.lemma_ or g.lower_).lower() not in places
    ]
    return bool(issues) and bool(parties) and all(_speaks(p, v) for p in parties)


def retort(trig: Token, v: dict[str, frozenset[str]]) -> bool:
    """'fired back at X, saying ...', 'the minister fired back at his critics': a verb of kind ``retort`` with
    'back' and an 'at' phrase, told with a verb of saying (kind ``said``) hanging on it or with subjects that all
    speak."""
    if (trig.lemma_ or trig.lower_).lower() not in v.get("retort", ()):
        return False
    kids = list(trig.children)
    if not any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in kids):
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "at" for c in kids):
        return False
    said = v.get("said", frozenset())
    if any(c.dep_ in {"advcl", "xcomp", "conj"} and (c.lemma_ or c.lower_).lower() in said for c in kids):
        return True
    subjects = [c for c in kids if c.dep_ == "nsubj" and c.pos_ != "PRON"]
    return bool(subjects) and all(_speaks(s, v) for s in subjects)


def _parties(trig: Token) -> list[Token]:
    """The clash's subjects and its 'with' partners, with their conjuncts."""
    heads = [c for c in trig.children if c.dep_ == "nsubj"]
    heads += [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    heads += [c for h in heads for c in h.conjuncts]
    return [h for h in heads if h.pos_ != "PRON" and h.lower_ != "other"]  # ('each other', 'they': told before)


def _speaks(party: Token, v: dict[str, frozenset[str]]) -> bool:
    """A named person (or an untagged proper name), a state named (an entity type of kind ``state``), or a noun
    phrase of office holders or politicians (not soldiers, police or crowds)."""
    if party.ent_type_ in v["state"]:
        return True  # a state named ('Chile and Peru clashed over the fishing ban': their governments quarrel)
    if party.ent_type_ == "PERSON" or (party.pos_ == "PROPN" and not party.ent_type_):
        return True  # (a surname the model left untagged: 'Merkel clashed with Erdogan')
    if party.pos_ not in {"NOUN", "PROPN"} or party.ent_type_:
        return False
    lemma = (party.lemma_ or party.lower_).lower()
    sector = agent_sector(f"{_modifiers(party)} {party.lower_}".strip()) or agent_sector(party.lower_)
    return sector in v["sector"] or (lemma in v["noun"] and sector in {None, "OPP"})


def _modifiers(noun: Token) -> str:
    """The noun's own compound and adjective words before it ('opposition' of 'opposition leaders')."""
    return " ".join(c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"} and not c.ent_type_)
