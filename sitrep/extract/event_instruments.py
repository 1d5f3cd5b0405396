"""Weapons as the subject of an attack verb: 'two missiles fired by the rebels hit a mosque' - the user named by
the participle's 'by' phrase attacks, the weapon is no actor. Vocabulary in ``data/attack_instruments.json``:
the weapon nouns and the participles of use (not 'supplied by', which names a supplier)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "attack_instruments.json"
#: links of a clause told by a verb of saying ('Ruritania said its drones struck ...')
REPORTED_DEPS = {"ccomp", "advcl", "conj"}


@lru_cache(maxsize=1)
def vocab() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(raw[k]) for k in ("nouns", "participles")} | {"examples": raw["examples"]}


def _noun_name(noun: Token) -> set[str]:
    """The noun's lemma and, with a compound modifier, the two-word name ('car bomb')."""
    lemma = (noun.lemma_ or noun.lower_).lower()
    names = {lemma}
    names |= {f"{c.lower_} {lemma}" for c in noun.children if c.dep_ == "compound"}
    return names


def instrument_users(mention_of: Callable[[Token], dict | None], subj: Token) -> list[dict]:
    """The actors of the 'by' phrase of a participle of use on a weapon subject ('missiles fired by X'), or of its
    owner ('its jets struck the depot', 'Russia's missiles hit the port'), else none."""
    # (imported here: event_arg_phrases reads the lexicon modules that read this one)
    from sitrep.extract.event_arg_phrases import np_actors

    if not _noun_name(subj) & vocab()["nouns"]:
        return []
    out: list[dict] = [m for c in subj.children if c.dep_ == "poss" for m in np_actors(mention_of, _owner(c))]
    for verb in subj.children:
        if (
            verb.dep_ != "acl"
            or verb.tag_ != "VBN"
            or (verb.lemma_ or verb.lower_).lower() not in vocab()["participles"]
        ):
            continue
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for p in (g for g in agent.children if g.dep_ == "pobj"):
                out += [m for m in np_actors(mention_of, p) if m not in out]
    return out


def _owner(poss: Token) -> Token:
    """Who a weapon's possessive names: the reporter of the clause for a pronoun ('Ruritania said its drones struck
    the camps': Ruritania), else the possessive itself ('Ruritania's drones')."""
    from sitrep.extract.event_arg_clauses import PRONOUN_WORDS, subject_token

    clause = poss.head.head
    if poss.lower_ not in PRONOUN_WORDS or clause.dep_ not in REPORTED_DEPS or clause.head.i == clause.i:
        return poss
    reporter, _ = subject_token(clause.head)
    return reporter if reporter is not None else poss
