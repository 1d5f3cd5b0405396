"""The state of a body a title names in lower case ("embassy staffer X", "ministry spokesman X") when no
organisation of that name precedes it: the country of the last "<country> <body>" phrase before the title ("the US
embassy in Wellington", "Egypt's foreign ministry"), a country or demonym and the body word with at most a
possessive and two lower-case words between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: lower-case words allowed between the country and the body word ("Egypt's foreign ministry")
_GAP = 3


def _phrase_country(doc: Doc, k: int, cover: dict[int, Span]) -> str | None:
    """The country of the country or demonym right before the body word at token ``k``."""
    for j in range(k - 1, max(doc[k].sent.start, k - 1 - _GAP) - 1, -1):
        other = cover.get(j)
        if other is not None:
            state = other.label in ("GPE", "NORP") and other.kind != "city"
            return other.country if state else None
        if not (doc[j].lower_ in ("'s", "’s") or (doc[j].is_lower and doc[j].tag_ in ("JJ", "NN", "NNP", "VBN"))):
            return None
    return None


def body_state(doc: Doc, before: int, body: str, cover: dict[int, Span]) -> str | None:
    """The country of the last "<country> <body>" phrase ending before character ``before``."""
    words = (body, body + "s")
    for tok in reversed([t for t in doc if t.idx + len(t.text) <= before and t.lower_ in words]):
        country = _phrase_country(doc, tok.i, cover)
        if country:
            return country
    return None
