"""Places of merged events that the reports give less exactly than they could.

- A country-level place ('troops clashed with rebels in Ruritania', or the acting state's country when the text
  names no place) is made a city when the event's own reports give a city in that country for their other acts:
  the dateline of a report filed there ('LIMA - ...'), else the city those reports place most acts in. The
  country stays; only its city is filled in, where the articles themselves point.
- A place borrowed only from a report's dateline ('BEIJING - Ruritania praised ...') in a country that none of
  the event's parties belongs to tells where the reporter was, not where the act happened: the act took place
  where its one acting state (or the one home of its acting persons and bodies) acts.
"""

from __future__ import annotations

from collections import Counter

from sitrep.extract import places

#: where a candidate's city came from: its own sentence, or the dateline of its report
CITY_SOURCES = frozenset({"sentence", "dateline"})
#: events that take place where the reporter is more often than at any party's home (talks abroad)
MEETINGS = frozenset({"CONSULT"})


def article_cities(analyses: list[dict]) -> dict[str, list[dict]]:
    """Article id -> the cities its event candidates are placed in (a dateline's city first, then sentences)."""
    out: dict[str, list[dict]] = {}
    for a in analyses:
        found = [
            {k: c.get(k) for k in ("location_name", "location_country_iso3", "latitude", "longitude", "place_source")}
            for c in a.get("event_candidates", [])
            if c.get("latitude") is not None and c.get("place_source") in CITY_SOURCES and not c.get("location_written")
        ]
        out[a["article_id"]] = sorted(found, key=lambda p: p["place_source"] != "dateline")
    return out


def story_city(place: dict | None, c, cities: dict[str, list[dict]]) -> dict | None:
    """A country-level ``place`` of cluster ``c`` made the city its reports give in that country (see module)."""
    if not place or place.get("latitude") is not None or place.get("location_written"):
        return place
    iso3 = place.get("location_country_iso3")
    found = [p for m in c.members for p in cities.get(m.article_id, []) if p["location_country_iso3"] == iso3]
    if not found:
        return place
    dateline = [p for p in found if p["place_source"] == "dateline"]
    name = Counter(p["location_name"] for p in dateline or found).most_common(1)[0][0]
    city = next(p for p in found if p["location_name"] == name)
    return {**place, **{k: city[k] for k in ("location_name", "latitude", "longitude")}, "level": "city"}


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
