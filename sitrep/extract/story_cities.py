"""Places of merged events that the reports give less exactly than they could.

- A country-level place ('troops clashed with rebels in Ruritania', or the acting state's country when the text
  names no place) is made a city when the event's own reports give a city in that country for their other acts:
  the dateline of a report filed there ('LIMA - ...'), else the one city of that country they place acts in (or
  one placed at least twice as often as any other), else, when they place no act in a city there, the one city
  of that country they name (or one named twice as often as any other) and that is no namesake of a city of
  another country ('Moscow' in a US story is not Moscow, Idaho). The country stays; only its city is filled in,
  where the articles themselves point. For a state's act at home only the other acts of state count
  (``place_order``): a killing the story places in a town is not where the government expelled a diplomat.
- Words of support or regret ('Ruritania welcomed ...') are said at home like other statements: a dateline in
  another country does not place them, and with no place they lie in the country of their one acting side.
- A place borrowed only from a report's dateline ('BEIJING - Ruritania praised ...') in a country that none of
  the event's parties belongs to tells where the reporter was, not where the act happened: the act took place
  where its one acting state (or the one home of its acting persons and bodies) acts.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from sitrep.extract import places

#: where a candidate's city came from: its own sentence, or the dateline of its report
CITY_SOURCES = frozenset({"sentence", "dateline"})
#: words of support or regret a side says at home: placed by no dateline abroad, and with no place in its home
PRAISE_FROM_HOME = frozenset({"SUPPORT", "CONCEDE"})
#: mention labels of place names
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: a city named this many times as often as any other city of the country stands out as the story's
SALIENCE = 2
#: what a city place carries besides its country
CITY_KEYS = ("location_name", "location_written", "latitude", "longitude")
#: events that take place where the reporter is more often than at any party's home (talks abroad)
MEETINGS = frozenset({"CONSULT"})


def article_cities(analyses: list[dict]) -> dict[str, tuple[list[dict], list[str]]]:
    """Article id -> (the cities its event candidates are placed in, a dateline's city first; the place names it
    mentions)."""
    out: dict[str, tuple[list[dict], list[str]]] = {}
    for a in analyses:
        found = [
            {k: c.get(k) for k in CITY_KEYS + ("location_country_iso3", "place_source", "event_type")}
            for c in a.get("event_candidates", [])
            if c.get("latitude") is not None and c.get("place_source") in CITY_SOURCES
        ]
        named = [
            m["surface"]
            for m in a.get("mentions", [])
            if m.get("label") in PLACE_LABELS and not m.get("reference_point")  # not '30 km north of X'
        ]
        out[a["article_id"]] = (sorted(found, key=lambda p: p["place_source"] != "dateline"), named)
    return out


def _own_city(name: str, iso3: str) -> bool:
    """``name`` read without a hint is a place of ``iso3`` (or nothing the gazetteer knows): a name that is first a
    city of another country is not its namesake here ('Moscow' in a US story is not Moscow, Idaho)."""
    first = places.resolve_place(name)
    return first is None or first["location_country_iso3"] == iso3


@lru_cache(maxsize=65_536)
def _named_city(name: str, iso3: str | None) -> dict | None:
    """The city of ``iso3`` a place name a report mentions reads as (no namesake of a city of another country), as
    ``story_city`` counts it, or None. Cached: every country-level event of a story asks it of the same names
    (the place is never changed: ``story_city`` copies what it keeps)."""
    p = places.resolve_place(name, iso3)
    if p and p["level"] == "city" and p["location_country_iso3"] == iso3 and _own_city(name, iso3):
        return {**p, "location_written": p.get("written")}
    return None


def _salient(names: Counter) -> str | None:
    """The one name, or the one named at least twice as often as any other."""
    top = names.most_common(2)
    if len(top) == 1 or (top and top[0][1] >= SALIENCE * top[1][1]):
        return top[0][0]
    return None


def story_city(
    place: dict | None, c, cities: dict[str, tuple[list[dict], list[str]]], acts: frozenset[str] | None = None
) -> dict | None:
    """A country-level ``place`` of cluster ``c`` made the city its reports give in that country (see module);
    ``acts``: the types of the other acts whose cities count (None: every act; a dateline counts always)."""
    if not place or place.get("latitude") is not None or place.get("location_written"):
        return place
    iso3 = place.get("location_country_iso3")
    articles = sorted({m.article_id for m in c.members})  # a set's order changes with the process's hash seed
    found = [p for a in articles for p in cities.get(a, ([], []))[0] if p["location_country_iso3"] == iso3]
    dateline = [p for p in found if p["place_source"] == "dateline"]
    if acts is not None:
        found = dateline + [p for p in found if p["place_source"] != "dateline" and p.get("event_type") in acts]
    if not found:  # no act placed in a city there: the cities of that country the reports name
        found = [p for a in articles for name in cities.get(a, ([], []))[1] if (p := _named_city(name, iso3))]
    name = _salient(Counter(p["location_name"] for p in dateline or found))
    if name is None:
        return place  # several cities of the country, none standing out: none is known to be the act's
    city = next(p for p in found if p["location_name"] == name)
    return {**place, **{k: city.get(k) for k in CITY_KEYS}, "level": "city"}


def reporter_abroad(c, place: dict | None, roles: dict, party_country: dict[str, str]) -> dict | None:
    """The acting side's country when ``place`` comes only from a dateline in a country no party belongs to."""
    if not place or place.get("place_source") != "dateline" or c.etype in MEETINGS:
        return None
    parties = {party_country.get(eid) for eid in roles}
    for m in c.members:
        parties |= set(m.home) | set(m.state_sides[0]) | set(m.state_sides[1])
    if place["location_country_iso3"] in parties:
        return None
    homes = set().union(*(m.state_sides[0] for m in c.members)) or set().union(*(m.home for m in c.members))
    return places.country_place(homes.pop()) if len(homes) == 1 else None


def praised(c, place: dict | None) -> bool:
    """Words of support or regret placed only by a report's dateline ('SEOUL - Japan welcomed ...'): said where
    the side that says them acts, not where the report was filed."""
    return c.etype in PRAISE_FROM_HOME and bool(place) and place.get("place_source") == "dateline"
