"""The state a national news agency belongs to ("TASS" -> RUS, "SANA" -> SYR), from ``data/news_agencies.tsv``:
such an agency, named without a country cue and listed by the Phoenix dictionary at most as a news outlet of no
country, takes its state's country."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sitrep.extract.entity_names import fold

AGENCY_FILE = Path(__file__).parent / "data" / "news_agencies.tsv"


@lru_cache(maxsize=1)
def agency_table() -> dict[str, tuple[str, str]]:
    """Folded agency name -> (country ISO3, example sentence)."""
    out = {}
    for line in AGENCY_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, country, example = line.split("\t")
        out[fold(name)] = (country, example)
    return out


def agency_country(names: list[str]) -> str | None:
    """The country of the first of ``names`` (an entity's canonical name and aliases) that is a listed agency."""
    table = agency_table()
    for name in names:
        hit = table.get(agency_key(name))
        if hit is not None:
            return hit[0]
    return None


_SUFFIXES = (" news agency", " agency", " news")


def agency_key(name: str) -> str:
    """The folded name without a trailing "news agency" the text put after it ("KCNA news agency" -> "kcna")."""
    key = fold(name)
    if key in agency_table():
        return key
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and key[: -len(suffix)] in agency_table():
            return key[: -len(suffix)]
    return key
