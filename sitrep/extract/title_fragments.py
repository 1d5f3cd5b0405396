"""A piece of a title the model took for an organisation ("British Home" of "British Home Secretary Amber Rudd",
"Shadow Home" of "Shadow Home Secretary X"): title words, with at most a country or demonym, right before a further
title word. It is no actor; the title walk still reads its country for the person named after it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract import actors
from sitrep.extract.doc_text import doc_text
from sitrep.extract.mention_span import Span, is_title_word

if TYPE_CHECKING:
    from spacy.tokens import Doc


def title_fragment(doc: Doc, span: Span) -> bool:
    """``span`` is an organisation of title words (and a country or demonym) followed by a title word."""
    if span.label != "ORG":
        return False
    words = doc_text(doc)[span.start : span.end].split()
    if not any(is_title_word(w) for w in words):
        return False
    if not all(is_title_word(w) or actors.demonym_iso3(w) or actors.country_iso3(w) for w in words):
        return False
    nxt = next((t for t in doc if t.idx >= span.end), None)
    return nxt is not None and is_title_word(nxt.text)
