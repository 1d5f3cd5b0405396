"""A place name the gazetteer does not know ('the village of Kafr Hamra', 'clashes in Tungan Bako'), kept as the
text writes it in the country the story is placed in: reports name small places no gazetteer lists."""

from __future__ import annotations

from sitrep.extract import places
from sitrep.extract.event_context import EventContext


def story_country(ctx: EventContext, around: dict | None = None) -> str | None:
    """ISO-3 of the country an event is otherwise placed in: ``around`` (its sentence's place), else the place the
    discourse told before, the dateline's, or the one country the article names."""
    home = next((p for p in (around, ctx.last_place, ctx.dateline) if p and p.get("location_country_iso3")), None)
    if home is not None:
        return home["location_country_iso3"]
    return next(iter(ctx.doc_countries)) if len(ctx.doc_countries) == 1 else None


def written_place(ctx: EventContext, written: str, around: dict | None = None) -> dict | None:
    """The unknown place ``written`` in the story's country, as a region-level place that keeps its name; None
    when the story has no country."""
    iso3 = story_country(ctx, around)
    return {**places.country_place(iso3), "level": "region", "written": written} if iso3 else None
