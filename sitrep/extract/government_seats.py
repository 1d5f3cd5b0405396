"""Seats of government (``data/government_seats.tsv``): where a state's government sits when that is not the
capital the geonames country records give (Bolivia's in La Paz, not Sucre; the Netherlands' in The Hague, not
Amsterdam). A state's act placed only in its country, or an official meeting there, is placed at the seat."""

from __future__ import annotations

from functools import cache

from sitrep.extract import places
from sitrep.extract.event_triggers import read_tsv


@cache
def seats() -> dict[str, str]:
    """ISO-3 -> the city its government sits in, for the countries whose seat is not their recorded capital."""
    return {r["iso3"]: r["city"] for r in read_tsv("government_seats.tsv")}


def seat_of_government(iso3: str) -> dict | None:
    """The place a country's government sits: its listed seat, else its capital."""
    city = seats().get(iso3)
    found = places.lookup_city(city, iso3, min_pop=0) if city else None
    return found or places.capital_of(iso3)
