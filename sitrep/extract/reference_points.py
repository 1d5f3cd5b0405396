"""Places named only as the reference point of a distance: 'a village 30 miles north of Kaduna', 'some 225
kilometres (140 miles) from Raqqa', 'a few km outside Homs'. The distance is measured from the place: the act did
not happen there, so the name places no event, and counts as none of the cities the article places its story in.
The words are ``data/distance_words.tsv``. A route ('marched 5 km from X to Y') starts in X, and
'500 metres from X's parliament' is in X: no reference points."""

from __future__ import annotations

import re
from functools import cache

from sitrep.extract.data_files import word_sets

#: how far before a place name the distance may start (characters)
REACH = 80
#: a route starts in the place ('walked 300 km from X to Y'); a possessive names where the point is ('500 metres
#: from X's parliament': in X)
NOT_A_POINT = re.compile(r"^\s*(?:(?:to|towards|into)\b|['’]s?\b)", re.I)


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _distance_tail() -> re.Pattern:
    """The words right before a reference point, from the unit to the place name's start."""
    words = word_sets("distance_words.tsv")
    unit, direction = _alternation(words["unit"]), _alternation(words["direction"])
    prep = _alternation(words["prep"] - {"of"})
    settlement = _alternation(words["settlement"])
    return re.compile(
        rf"\b(?:{unit})\b\.?(?:\s*\([^()]{{0,30}}\))?\s+"
        rf"(?:(?:due\s+)?(?:{direction})\s+of|(?:away\s+)?(?:{prep})(?:\s+of)?)\s+"
        rf"(?:the\s+(?:\w+\s+)?(?:{settlement})\s+of\s+)?(?:the\s+)?$",
        re.I,
    )


def is_reference_point(text: str, start: int, end: int) -> bool:
    """Whether the place name at ``text[start:end]`` is where a distance is measured from (see module)."""
    return bool(_distance_tail().search(text[max(0, start - REACH) : start])) and not NOT_A_POINT.match(
        text[end : end + 12]
    )


def reference_mentions(text: str, mentions: list[dict]) -> set[int]:
    """Indexes of the place mentions of ``text`` that are reference points of a distance."""
    return {
        m["idx"]
        for m in mentions
        if m.get("label") in {"GPE", "LOC", "FAC"} and is_reference_point(text, m["start_char"], m["end_char"])
    }
