"""Which way of telling where gave a candidate its place ('clause', 'capital', 'discourse', 'dateline', 'host',
'setting', ..., or 'override' when a later rule replaced it: the place struck, a body's seat, a host's capital):
recorded on the candidate as ``place_how`` so bench/place_sources.py can count, per way, how often it is right."""

from __future__ import annotations

from sitrep.extract.event_context import EventContext


def told(ctx: EventContext, place: dict | None, source: str, how: str) -> tuple[dict | None, str]:
    """(place, source), noting that ``how`` gave the place (``candidate_place`` reads it)."""
    ctx.memo["place_how"], ctx.memo["place_told"] = how, place
    return place, source


def candidate_place(ctx: EventContext, place: dict | None, source: str | None) -> dict:
    """The place fields of a candidate, with the way that gave its place."""
    how = ctx.memo.get("place_how") if place is ctx.memo.get("place_told") else "override"
    return {
        "location_name": place["location_name"] if place else None,
        "location_written": place.get("written") if place else None,
        "location_country_iso3": place["location_country_iso3"] if place else None,
        "latitude": place["latitude"] if place else None,
        "longitude": place["longitude"] if place else None,
        "place_source": source if place else None,
        "place_how": how if place else None,
    }
