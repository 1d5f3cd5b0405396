"""A US state named like a country ('a Georgia judge', 'the US state of Georgia'): the state, when the article
reads so, not the country.

The gazetteer reads a name that is a country first; a state of the United States that bears a country's name is
the state when the text says 'the state of X' or 'X state', or when the article's other places are American
(a US city or another US state: 'Atlanta', 'Douglas County court ... Georgia', 'South Carolina') more than the
country's own (its capital, its regions, its people: 'Tbilisi', 'Abkhazia', 'Georgian'). Which names clash is
computed (a US state whose name is a country's), not listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sitrep.extract import gazetteer, places

#: words right before the name that make it the state ('the US state of Georgia', 'the state of Georgia')
_STATE_BEFORE = re.compile(r"\bstate\s+of\s+$", re.IGNORECASE)
#: a lower-case 'state' right after it ('Georgia state officials'), not 'Georgia State University'
_STATE_AFTER = re.compile(r"^\s+state\b")


def _clashes(surface: str) -> str | None:
    """The country a US state's name also names ('Georgia' -> GEO), else None."""
    iso3 = gazetteer.listed_country_iso3(surface)
    known, region = gazetteer.region_iso3(surface)
    return iso3 if iso3 and iso3 != "USA" and known and region == "USA" else None


def _american_place(m: dict) -> bool:
    """A place of the United States below the state: a city other than the capital, or a state."""
    if m.get("country_iso3") != "USA" or m.get("label") != "GPE":
        return False
    if m.get("kind") == "city":
        return gazetteer.capital_iso3(m["surface"]) != "USA" and not gazetteer.seat_iso3(m["surface"])
    return m.get("kind") == "region"


def read_us_states(text: str, mentions: list[dict]) -> None:
    """Relabel the country mentions that name a US state here: kind 'region', country USA."""
    clashing = [m for m in mentions if m.get("kind") == "country" and _clashes(m["surface"])]
    if not clashing:
        return
    for surface in {m["surface"] for m in clashing}:
        iso3 = _clashes(surface)
        own = [m for m in clashing if m["surface"] == surface]
        american = sum(1 for m in mentions if m["surface"] != surface and _american_place(m))
        home = sum(1 for m in mentions if m["surface"] != surface and m.get("country_iso3") == iso3)
        local = any(
            _STATE_BEFORE.search(text[max(0, m["start_char"] - 20) : m["start_char"]])
            or _STATE_AFTER.match(text[m["end_char"] : m["end_char"] + 8])
            for m in own
        )
        if local or (american and american > 2 * home):
            for m in own:
                m["kind"], m["country_iso3"] = "region", "USA"


def state_country(m: dict) -> str | None:
    """USA for a mention this article reads as a US state named like a country, else None."""
    return "USA" if m.get("kind") == "region" and _clashes(m["surface"]) else None


def state_place(mentions: list[dict], surface: str) -> dict | None:
    """The place of a name this article reads as a US state, else None."""
    if any(m["surface"] == surface and m.get("kind") == "region" and _clashes(surface) for m in mentions):
        return {**places.country_place("USA"), "level": "region", "written": " ".join(surface.split())}
    return None


@contextmanager
def reading(mentions: list[dict]) -> Iterator[None]:
    """While an article's events are read, the names it uses for a US state are no country's
    (``gazetteer.ARTICLE_NOT_COUNTRIES``): every place and actor look-up then finds the state."""
    names = frozenset(m["surface"] for m in mentions if m.get("kind") == "region" and _clashes(m["surface"]))
    token = gazetteer.ARTICLE_NOT_COUNTRIES.set(names)
    try:
        yield
    finally:
        gazetteer.ARTICLE_NOT_COUNTRIES.reset(token)
