"""The order of the sources that make a merged event's country-level place a city.

A place the reports state with a city of its own stands. A country-level place is made a city by, in turn:

1. for an act a state makes as a state (``merged_places.SEAT_ACTS``: a statement, a demand, a measure, talks)
   placed only in the acting state's own country: the city the story itself gives there (``story_cities``: a
   report filed from a city of that country, else the city its reports place their other acts of state in,
   else the one city of that country it names);
2. then, where the story says nothing more, the seat of government of that state (``merged_places``);
3. for any other event: the city the story gives in that country (``story_cities``, every act counting).

The seat is a default, not a fact the text gives: it must not speak before the story's own city does.
"""

from __future__ import annotations

from collections import Counter

from sitrep.extract.merged_places import SEAT_ACTS, Cluster, seat_of_government
from sitrep.extract.story_cities import article_cities, story_city


def settled_place(
    c: Cluster,
    place: dict | None,
    roles: dict[str, Counter],
    country_of: dict[str, str],
    cities: dict[str, tuple[list[dict], list[str]]],
) -> dict | None:
    """``place`` of cluster ``c`` made as specific as the story allows (see module)."""
    seat = seat_of_government(c, place, roles, country_of)
    if seat is place:  # no state's act at home: the story's city, by every way
        return story_city(place, c, cities)
    told = story_city(place, c, cities, acts=SEAT_ACTS)
    return told if told is not place else seat


def settled_places(
    clusters: list[Cluster],
    all_roles: list[dict[str, Counter]],
    places_of: list[dict | None],
    country_of: dict[str, str],
    analyses: list[dict],
) -> list[dict | None]:
    """``settled_place`` of every cluster, with the cities the analysed articles give."""
    cities = article_cities(analyses)
    return [
        settled_place(c, place, roles, country_of, cities)
        for c, roles, place in zip(clusters, all_roles, places_of, strict=True)
    ]
