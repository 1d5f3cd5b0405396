"""Where in a text a regular expression's matches can start, and its matches tried there only: the date patterns
(``dates``) each open with a month name, 'from' before one, or a day or year (a run of digits), and are tried at
those offsets instead of at every character of a whole article.

``matches_at`` gives what ``finditer`` gives when every match starts at one of the offsets: a match starts at the
first offset where the pattern matches at or after the end of the one before (``match`` at an offset sees the
text before it, as ``\\b`` and look-behinds need).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: the two letters ``re.IGNORECASE`` matches to an ASCII letter whose lower case is not that letter
ASCII_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i"})
_DIGIT_RUN = re.compile(r"\d+")


def positions(folded: str, words: tuple[str, ...]) -> Iterator[int]:
    """The offsets where one of ``words`` starts in ``folded`` (a lower-cased text), word by word."""
    for word in words:
        at = folded.find(word)
        while at >= 0:
            yield at
            at = folded.find(word, at + 1)


def word_positions(text: str, words: tuple[str, ...]) -> list[int] | None:
    """The sorted offsets where one of ``words`` (lower case) starts in ``text`` matched case-insensitively (as
    ``re.I`` does: lower case, ``ASCII_FOLD`` added); None when lower-casing changes the text's length ('İ'),
    where offsets do not line up."""
    folded = text.lower()
    if len(folded) != len(text):
        return None
    return sorted(set(positions(folded.translate(ASCII_FOLD), words)))


def digit_runs(text: str) -> list[int]:
    """The offsets where a run of digits (``\\d``: any decimal digit) starts: a digit with no digit before it."""
    return [m.start() for m in _DIGIT_RUN.finditer(text)]


def matches_at(pat: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pat.finditer(text)`` for a pattern whose every match starts at one of ``starts`` (sorted, no match
    empty), tried at those offsets only."""
    end = 0
    for at in starts:
        if at < end:
            continue
        m = pat.match(text, at)
        if m:
            yield m
            end = m.end()
