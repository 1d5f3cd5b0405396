"""Negative contractions written with a stray double quote ('didn"t', 'wouldn"t'), as some news feeds store
the apostrophe: the parser reads the quote as a quotation mark and the 'n't' as no negation, so a negated act
('the army didn"t attack') codes as done. The quote becomes an apostrophe before parsing; the text keeps its
length, so every character offset into the article's body still holds."""

from __future__ import annotations

import re

_STRAY = re.compile(r'(?<=[A-Za-z]n)"(?=t\b)')


def parse_text(body: str) -> str:
    """The article's body as the parser reads it (same length as ``body``)."""
    return _STRAY.sub("'", body) if '"' in body else body
