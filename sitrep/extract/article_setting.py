"""The article's home country: the one country a report is set in, a last-resort cue for actors the text leaves
without a country ('police', 'the authorities', 'the Foreign Affairs ministry').

An article has a home country when its dateline names a city of a country its text names again ('NAIROBI
(Reuters) - ... Kenya's opposition ...'), else - filed without a dateline - when its text names one country
only, by a country name, a people, a capital, a city or a nominal office ('Kenya's president'). A report naming
several countries without a dateline has none (nothing tells which of them it is set in), and so has one filed
from a country its text never names again ('TEHRAN (MNA) - ...': an agency's home city says where it was filed).

Callers use it only where a sentence names no country of its own and the article before it names none or
several, and (for several) only when the home country is among them; and for a state's domestic authority
('the government', 'police') whose sentence names only the other side's country, when no party on the other
side is of the home country (``domestic_groups``).
"""

from __future__ import annotations

from collections.abc import Iterable

from sitrep.extract import places


def home_country(text: str, named: Iterable[str | None]) -> str | None:
    """The home country of an article of ``text`` whose country-naming mentions give the countries ``named``
    (see module doc)."""
    countries = {c for c in named if c}
    dateline = places.dateline_place(text)
    if dateline is not None:  # filed from a country the text never names again: no home (an agency's city)
        return dateline["location_country_iso3"] if dateline["location_country_iso3"] in countries else None
    return next(iter(countries)) if len(countries) == 1 else None


def setting_of(so_far: set[str], home: str | None) -> str | None:
    """The setting of a sentence naming no country, given the countries named before it: the one named so far,
    else the home country when nothing before names a country or it is among the several named."""
    if len(so_far) == 1:
        return next(iter(so_far))
    if home is not None and (not so_far or home in so_far):
        return home
    return None
