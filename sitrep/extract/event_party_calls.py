"""A party to a fight calling for the fight to end states its own intent (PLOVER 2021 manual, REQUEST
ambiguities: such a call is AGREE), while a third party's call is a request. Vocabulary and examples in
``data/party_calls.json``."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma as _lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "party_calls.json"
WORD_KEYS = ("end_nouns", "truce_nouns", "conflict_nouns", "groups")


@lru_cache(maxsize=1)
def vocab() -> dict:
    raw = json.loads(DATA.read_text(encoding="utf-8"))
    return {k: frozenset(raw[k]) for k in WORD_KEYS} | {k: raw[k] for k in ("examples", "counterexamples")}


def _demanded(trig: Token) -> list[Token]:
    """The nouns the request asks for: its objects, 'for' objects and the objects of a clause of asking under it
    ('called for an end', 'urged a halt', 'appealed for a truce')."""
    out = []
    for c in trig.children:
        if c.dep_ in {"dobj", "obj"}:
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "for":
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _fights(noun: Token) -> list[Token]:
    """The conflict nouns an end noun governs ('an end to the fighting', 'the cessation of hostilities')."""
    words = vocab()["conflict_nouns"]
    return [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"to", "of", "in"}
        for g in p.children
        if g.dep_ == "pobj" and _lemma(g) in words
    ]


def _named_sides(fight: Token) -> set[str]:
    """Lower-cased words of the sides named in the fight's 'with' / 'between' phrase."""
    return {
        t.lower_
        for p in fight.children
        if p.dep_ == "prep" and p.lower_ in {"with", "between", "against"}
        for t in p.subtree
    }


def own_fight_ended(trig: Token, parts: list[dict]) -> bool:
    """The request asks for an end to a fight its source takes part in: an armed source, or a 'with' phrase
    on the fight (the caller is the other side), or a source named among the fight's sides."""
    v = vocab()
    fights, truce = [], False
    for noun in _demanded(trig):
        if _lemma(noun) in v["truce_nouns"]:
            truce = True
        elif _lemma(noun) in v["end_nouns"]:
            fights += _fights(noun)
    if not fights and not truce:
        return False
    sources = [p["mention"] for p in parts if p["role"] == "source"]
    if not sources:
        return False
    if all(m.get("group") in v["groups"] for m in sources):
        return True
    for fight in fights:
        sides = _named_sides(fight)
        with_other = any(p.dep_ == "prep" and p.lower_ in {"with", "against"} for p in fight.children)
        named = any(w in sides for m in sources for w in m.get("surface", "").lower().split())
        if named or (with_other and all(_state(m) for m in sources)):
            return True
    return False


def _state(m: dict) -> bool:
    """A state or its government or army ('Chile', 'the government'), which a fight 'with' someone has as a side."""
    return m.get("label") == "GPE" or m.get("group") in {"government", "military"}
