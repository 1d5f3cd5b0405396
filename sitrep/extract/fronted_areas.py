"""'X County' is not an area of a country that writes the word first ('County Cork'): a town of that name there
(Douglas, Cork) does not place a 'Douglas County court' abroad. The rows are ``data/fronted_area_words.tsv``."""

from __future__ import annotations

from functools import cache

from sitrep.extract.data_files import word_sets


@cache
def _fronted() -> dict[str, frozenset[str]]:
    return word_sets("fronted_area_words.tsv", key="word", value="iso3")


def misplaced_area(word: str, iso3: str | None, named: frozenset[str] | set[str] = frozenset()) -> bool:
    """``word`` follows a name read as a town of ``iso3``, a country that writes the word before its areas' names:
    not that country's area, unless the article names the country (``named``: 'Cork County Council' in Ireland)."""
    return bool(iso3) and iso3 in _fronted().get(word.lower(), frozenset()) and iso3 not in named
