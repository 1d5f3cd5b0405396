"""Weapons as the subject of an attack verb: 'two missiles fired by the rebels hit a mosque' - the user named by
the participle's 'by' phrase attacks, the weapon is no actor. Vocabulary in ``data/attack_instruments.json``:
the weapon nouns and the participles of use (not 'supplied by', which names a supplier)."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "attack_instruments.json"


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
    """The actors of the 'by' phrase of a participle of use on a weapon subject ('missiles fired by X'),
    else none."""
    # (imported here: event_arg_phrases reads the lexicon modules that read this one)
    from sitrep.extract.event_arg_phrases import np_actors

    if not _noun_name(subj) & vocab()["nouns"]:
        return []
    out: list[dict] = []
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
