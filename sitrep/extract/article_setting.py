"""The article's home country: the one country a report is set in, a last-resort cue for actors the text leaves
without a country ('police', 'the authorities', 'the Foreign Affairs ministry').

An article has a home country when its dateline names a city of a country its text names again ('NAIROBI
(Reuters) - ... Kenya's opposition ...'), else - filed without a dateline - when its text names one country
only, by a country name, a people, a capital, a city or a nominal office ('Kenya's president'), or names one
country far more often than any other (``DOMINANT_MENTIONS``, ``DOMINANCE``). A report naming several countries
about as often has none (nothing tells which of them it is set in), and so has one filed from a country its
text never names again ('TEHRAN (MNA) - ...': an agency's home city says where it was filed).

Callers use it only where a sentence names no country of its own and the article before it names none or
several, and (for several) only when the home country is among them; and for a state's domestic authority
('the government', 'police') whose sentence names only the other side's country, when no party on the other
side is of the home country (``domestic_groups``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from sitrep.extract import places

#: a report without dateline naming several countries is set in the one it names most when it names that one
#: at least this often and at least DOMINANCE times as often as any other
DOMINANT_MENTIONS = 3
DOMINANCE = 2


def home_country(text: str, named: Mapping[str, int]) -> str | None:
    """The home country of an article of ``text`` whose country-naming mentions name each country of ``named``
    so many times (see module doc)."""
    counts = Counter({c: n for c, n in named.items() if c and n > 0})
    dateline = places.dateline_place(text)
    if dateline is not None:  # filed from a country the text never names again: no home (an agency's city)
        return dateline["location_country_iso3"] if dateline["location_country_iso3"] in counts else None
    ranked = counts.most_common(2)
    if len(ranked) == 1:
        return ranked[0][0]
    if ranked and ranked[0][1] >= DOMINANT_MENTIONS and ranked[0][1] >= DOMINANCE * ranked[1][1]:
        return ranked[0][0]
    return None


def setting_of(so_far: set[str], home: str | None) -> str | None:
    """The setting of a sentence naming no country, given the countries named before it: the one named so far,
    else the home country when nothing before names a country or it is among the several named."""
    if len(so_far) == 1:
        return next(iter(so_far))
    if home is not None and (not so_far or home in so_far):
        return home
    return None
