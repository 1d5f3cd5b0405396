"""An outlet's name tagged with the lower-case noun of its kind ("the KCNA news agency", "the Guardian newspaper"):
the mention is the name before the noun (``data/outlet_tails.tsv``), the form the outlet is known by."""

from __future__ import annotations

from functools import lru_cache

from sitrep.extract.data_files import word_sets


@lru_cache(maxsize=1)
def _tails() -> tuple[str, ...]:
    return tuple(sorted(word_sets("outlet_tails.tsv").get("tail", ()), key=len, reverse=True))


def outlet_name_end(text: str, s: int, e: int) -> int:
    """The end of the name in ``text[s:e]`` without a trailing lower-case outlet noun (``e`` when none, or when no
    capitalised word would be left)."""
    surface = text[s:e]
    for tail in _tails():
        if surface.endswith(" " + tail):
            head = surface[: -len(tail) - 1].rstrip()
            if any(w[:1].isupper() for w in head.split()):
                return s + len(head)
    return e
