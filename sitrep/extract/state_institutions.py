"""The state of an institution the news names without it ("the Justice Department", "the House Budget Committee",
"the Sixth Circuit", "MSNBC"), from ``data/state_institutions.tsv``: an organisation still without a country
after the text, the dictionary and its own name takes the listed state's country when the articles it is named
in name that state (a place or demonym of it), so a name shared by institutions of several states ("Congress")
takes a state only where its reports are about that state."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from sitrep.extract.data_files import read_tsv
from sitrep.extract.entity_names import fold

FILE = "state_institutions.tsv"


@lru_cache(maxsize=1)
def institution_rows() -> tuple[dict[str, str], tuple[tuple[re.Pattern, str], ...]]:
    """(folded name -> ISO3, (compiled whole-name pattern, ISO3) ...) of the data file."""
    names, patterns = {}, []
    for row in read_tsv(FILE):
        if row["name"].startswith("re:"):
            patterns.append((re.compile(row["name"][3:]), row["country"]))
        else:
            names[row["name"]] = row["country"]
    return names, tuple(patterns)


def _key(name: str) -> str:
    """A name folded, without a leading article."""
    key = fold(name).strip()
    return key[4:] if key.startswith("the ") else key


def listed_country(name: str) -> str | None:
    """The country the data file lists for one name (exact folded name first, then a pattern), else None."""
    names, patterns = institution_rows()
    key = _key(name)
    if key in names:
        return names[key]
    return next((iso3 for pattern, iso3 in patterns if pattern.fullmatch(key)), None)


def institution_country(names: Iterable[str], named: set[str], sentence_vote: str | None) -> str | None:
    """The country of the first of ``names`` (an entity's canonical name and aliases) the data file lists, when
    that country is among ``named`` (the countries its articles name); for a ``*`` row, ``sentence_vote`` (the one
    country its sentences name)."""
    for name in names:
        iso3 = listed_country(name)
        if iso3 == "*":  # its sentences' one country, else the one country its articles name
            return sentence_vote or (next(iter(named)) if len(named) == 1 else None)
        if iso3 is not None:
            return iso3 if iso3 in named else None
    return None
