"""A purpose that commemorates: 'marched to mark the anniversary of the killing of X', 'rallied to honour X'. The
people the purpose names are remembered, not the ones the act is aimed at: they are no targets of it (a protest
whose purpose is a commemoration has no target named there). The words are in ``data/commemorations.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("commemorations.tsv")


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def commemorating(clause: Token) -> bool:
    """Whether a purpose clause's verb commemorates ('to honour X', 'to mourn X')."""
    return _lemma(clause) in _words().get("verb", frozenset())


def commemorated(obj: Token) -> bool:
    """Whether a purpose clause's object is an occasion of remembrance ('the anniversary of ...', 'the memory of
    ...'): what it names is remembered."""
    return _lemma(obj) in _words().get("noun", frozenset())
