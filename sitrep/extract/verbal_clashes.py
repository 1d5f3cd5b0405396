"""A clash of words is criticism, not fighting: a verb of clashing told with an issue ('clashed over the timing
of the vote', 'sparred with his counterpart about the border') whose every party speaks for a state or a party
(a named person, 'the two governments', 'opposition leaders') is a quarrel, PLOVER ACCUSE disapprove. A clash
with no issue, over a place or a time, or with any party that fights or marches ('police clashed with
protesters over the ban') stays an attack. Vocabulary: ``data/verbal_clashes.tsv``."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.data_files import word_sets

#: entity types an issue is not: a clash 'over the weekend' or 'over Aleppo' tells when or where, no issue
NO_ISSUE_ENTS = {"DATE", "TIME", "GPE", "LOC", "FAC"}


@lru_cache(maxsize=1)
def _vocab() -> dict[str, frozenset[str]]:
    return word_sets("verbal_clashes.tsv")


def verbal_clash(trig: Token) -> bool:
    """The trigger is a verb of clashing with an issue between parties that all speak, none fights."""
    v = _vocab()
    if trig.pos_ != "VERB" or (trig.lemma_ or trig.lower_).lower() not in v["verb"]:
        return False
    parties = _parties(trig)
    issues = [
        g
        for h in [trig, *parties]  # (the parser often hangs the issue on the partner: 'with X over the budget')
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in v["prep"]
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in NO_ISSUE_ENTS
    ]
    return bool(issues) and bool(parties) and all(_speaks(p, v) for p in parties)


def _parties(trig: Token) -> list[Token]:
    """The clash's subjects and its 'with' partners, with their conjuncts."""
    heads = [c for c in trig.children if c.dep_ == "nsubj"]
    heads += [
        g for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"
    ]
    heads += [c for h in heads for c in h.conjuncts]
    return [h for h in heads if h.pos_ != "PRON" and h.lower_ != "other"]  # ('each other', 'they': told before)


def _speaks(party: Token, v: dict[str, frozenset[str]]) -> bool:
    """A named person (or an untagged proper name), or a noun phrase of office holders or politicians (not
    soldiers, police or crowds)."""
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
