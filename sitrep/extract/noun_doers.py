"""Who made the demand, threat or offer an event noun names, told by its doer phrase: 'a demand from Chile',
'a threat by the rebels', 'a warning from the bank' (``data/noun_doers.tsv``: the preposition and the PLOVER
categories whose nouns take it). The phrase's actors are the event's source; a possessive or modifier doer
('Chile's demand') comes first, so the phrase is read only when there is none.

The parser often hangs the noun's target phrase on the doer ('a warning from Kenya to Uganda': 'to Uganda' under
'Kenya' or under 'from'): such a phrase names the target, not part of the doer."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_phrases import np_actors

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of the other side of a word passed on ('a warning to X', 'a threat against X')
TARGET_PREPS = frozenset({"to", "against", "on"})


@lru_cache(maxsize=1)
def doer_preps() -> dict[str, frozenset[str]]:
    """PLOVER category -> the prepositions of its nouns' doer phrases."""
    out: dict[str, set[str]] = {}
    for r in read_tsv("noun_doers.tsv"):
        out.setdefault(r["plover"], set()).add(r["prep"])
    return {k: frozenset(v) for k, v in out.items()}


def _doer_phrases(noun: Token, plover: str) -> list[Token]:
    preps = doer_preps().get(plover, frozenset())
    return [c for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in preps]


def _stray_targets(prep: Token) -> list[Token]:
    """Target phrases the parser hung on a doer phrase or its object ('from Kenya to Uganda')."""
    hosts = [prep, *(p for p in prep.children if p.dep_ == "pobj")]
    return [c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS]


def _actors(mention_of: Callable[[Token], dict | None], heads: list[Token]) -> list[dict]:
    return [m for h in heads for p in h.children if p.dep_ == "pobj" for m in np_actors(mention_of, p)]


def noun_doers(mention_of: Callable[[Token], dict | None], noun: Token, plover: str) -> list[dict]:
    """The actors of the doer phrases of an event noun of category ``plover`` ('a demand from X' -> X)."""
    out: list[dict] = []
    for prep in _doer_phrases(noun, plover):
        stray = _actors(mention_of, _stray_targets(prep))
        out += [m for m in _actors(mention_of, [prep]) if m not in stray and m not in out]
    return out


def doer_targets(mention_of: Callable[[Token], dict | None], noun: Token, plover: str) -> list[dict]:
    """The actors of target phrases hung on the doer phrases ('a warning from Kenya to Uganda' -> Uganda)."""
    return [m for prep in _doer_phrases(noun, plover) for m in _actors(mention_of, _stray_targets(prep))]
