"""Names inside a phrase that tells the ground an act rests on ('on the basis of UN Security Council resolutions',
'in line with the Minsk agreements') are that ground's, not the act's targets. Vocabulary:
``data/basis_nouns.tsv`` (the noun and the preposition that joins its ground)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.token_lemma import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: how far above a name the basis noun may be ('UN Security Council' of 'resolutions' of 'of' of 'basis')
MAX_STEPS = 6


@lru_cache(maxsize=1)
def basis_nouns() -> dict[str, str]:
    """basis noun lemma -> the preposition that joins its ground."""
    return {r["word"]: r["prep"] for r in read_tsv("basis_nouns.tsv")}


def on_grounds(tok: Token, mention: dict) -> bool:
    """The mention sits in the ground phrase of a basis noun below the trigger ``tok``."""
    span = tok.doc.char_span(mention["start_char"], mention["end_char"], alignment_mode="expand")
    if span is None or tok.i in range(span.start, span.end):
        return False
    nouns = basis_nouns()
    cur = span.root
    for _ in range(MAX_STEPS):
        if cur.head.i == cur.i or cur.head.i == tok.i:
            return False
        if cur.dep_ == "prep" and nouns.get(lemma(cur.head)) == cur.lower_ and cur.head.dep_ == "pobj":
            return True
        cur = cur.head
    return False


def without_grounds(tok: Token, targets: list[dict]) -> list[dict]:
    """The targets less those named in a ground phrase."""
    return [m for m in targets if not on_grounds(tok, m)]
