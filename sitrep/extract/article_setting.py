"""The article's home country: the one country a report is set in, a last-resort cue for actors the text leaves
without a country ('police', 'the authorities', 'the Foreign Affairs ministry').

An article has a home country when its dateline names a city of a country its text names again ('NAIROBI
(Reuters) - ... Kenya's opposition ...'), else when its text names one country only, by a country name, a
people, a capital, a city or a nominal office ('Kenya's president'). A report naming several countries and
filed without such a dateline has none: nothing tells which of them it is set in.

Callers use it only where a sentence names no country of its own and the article before it names none or
several, and (for several) only when the home country is among them.
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.extract import places


def home_country(text: str, named: Iterable[str | None]) -> str | None:
    """The home country of an article of ``text`` whose country-naming mentions give the countries ``named``
    (see module doc)."""
    countries = {c for c in named if c}
    dateline = places.dateline_place(text)
    if dateline is not None and dateline.get("location_country_iso3") in countries:
        return dateline["location_country_iso3"]
    return next(iter(countries)) if len(countries) == 1 else None


def setting_of(so_far: set[str], home: str | None) -> str | None:
    """The setting of a sentence naming no country, given the countries named before it: the one named so far,
    else the home country when nothing before names a country or it is among the several named."""
    if len(so_far) == 1:
        return next(iter(so_far))
    if home is not None and (not so_far or home in so_far):
        return home
    return None
