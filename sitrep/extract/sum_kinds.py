"""What a sum of money is: 'paid $5 million in income tax', 'paying $2m in fees'. When a trigger's object is a sum,
the noun of a phrase of ``data/sum_kinds.tsv`` on the sum (or on the verb, where the parser hangs it) says what the
money is, and the trigger's sense is read with it as with an object ('paid tax' is no economic cooperation,
``data/trigger_senses.tsv``). Read by ``event_senses._objects``."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def preps() -> frozenset[str]:
    return frozenset(r["prep"] for r in read_tsv("sum_kinds.tsv"))


def is_sum(tok: Token) -> bool:
    """A sum of money: a MONEY entity or a number with a currency sign ('$5.3 million', '$5m')."""
    return tok.ent_type_ == "MONEY" or any(t.is_currency for t in tok.subtree)


def sum_kinds(verb: Token, objects: list[Token]) -> list[Token]:
    """The nouns that say what the verb's sum objects are (none when no object is a sum)."""
    sums = [o for o in objects if o.pos_ in {"NUM", "NOUN", "SYM"} and is_sum(o)]
    if not sums:
        return []
    return [
        g
        for h in (*sums, verb)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps()
        for g in p.children
        if g.dep_ == "pobj"
    ]
