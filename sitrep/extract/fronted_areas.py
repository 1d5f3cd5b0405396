"""'X County' is not an area of a country that writes the word first ('County Cork'): a town of that name there
(Douglas, Cork) does not place a 'Douglas County court' abroad. The rows are ``data/fronted_area_words.tsv``."""

from __future__ import annotations

from functools import cache

from sitrep.extract.data_files import read_tsv


@cache
def _fronted() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for row in read_tsv("fronted_area_words.tsv"):
        out.setdefault(row["word"], set()).add(row["iso3"])
    return {w: frozenset(c) for w, c in out.items()}


def misplaced_area(word: str, iso3: str | None, named: frozenset[str] | set[str] = frozenset()) -> bool:
    """``word`` follows a name read as a town of ``iso3``, a country that writes the word before its areas' names:
    not that country's area, unless the article names the country (``named``: 'Cork County Council' in Ireland)."""
    return bool(iso3) and iso3 in _fronted().get(word.lower(), frozenset()) and iso3 not in named
