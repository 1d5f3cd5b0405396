"""The article's home country: the one country a report is set in, a last-resort cue for actors the text leaves
without a country ('police', 'the authorities', 'the Foreign Affairs ministry').

With a dateline, the dateline city's country, when the text names that country again and no less often than
any other ('NAIROBI (Reuters) - ... Kenya's opposition ...'); else none ('MOSCOW (TASS) - Ruritania's security
service ...': an agency's home city says where a report was filed, not where it is set). Without a dateline,
the one country the text names (by a country name, a people, a capital, a city or a nominal office: 'Kenya's
president'); a report naming several has none, even one it names far more often than the others (a summit's
host, the subject of a bloc's sanctions): nothing tells which of them its unnamed actors belong to.

Callers use it only where a sentence names no country of its own and the article before it names none or
several, and (for several) only when the home country is among them; and for a group actor whose sentence names
only the other side's country, when no party on the other side is of the home country (``domestic_groups``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from sitrep.extract import places


def home_country(text: str, named: Iterable[tuple[int, str | None]]) -> str | None:
    """The home country of an article of ``text`` whose country-naming mentions are ``named`` as (start
    character, country) pairs (see module doc); mentions inside a dateline's head do not count."""
    heads = places.dateline_spans(text)
    counts = Counter(c for at, c in named if c and not any(lo <= at < hi for lo, hi in heads))
    ranked = counts.most_common(2)
    dateline = places.dateline_place(text)
    if dateline is not None:  # named again, and named no less than any other country: else an agency's city
        iso3 = dateline["location_country_iso3"]
        return iso3 if ranked and counts[iso3] == ranked[0][1] else None
    return ranked[0][0] if len(ranked) == 1 else None


def setting_of(so_far: set[str], home: str | None) -> str | None:
    """The setting of a sentence naming no country, given the countries named before it: the one named so far,
    else the home country when nothing before names a country or it is among the several named."""
    if len(so_far) == 1:
        return next(iter(so_far))
    if home is not None and (not so_far or home in so_far):
        return home
    return None
