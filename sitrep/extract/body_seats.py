"""Seats of deliberative bodies (``data/body_seats.tsv``): a vote, veto, resolution or ruling of the Security
Council happens in New York, of the Human Rights Council in Geneva, whichever states take part."""

from __future__ import annotations

import re
from functools import cache

from sitrep.extract import gazetteer, places
from sitrep.extract.event_triggers import read_tsv

#: an organisation prefix a body's name may carry ('U.N. Security Council', "the United Nations' ...")
_PREFIX = re.compile(r"^(?:the\s+)?(?:u\.?\s?n\.?|united nations(?:'s?|’s?)?)\s+", re.I)
#: acts done on the ground, not in session: a body that sends aid or troops does not act at its seat
ON_GROUND_TYPES = frozenset({"ASSAULT", "AID", "MOBILIZE", "COERCE", "SEIZE", "PROTEST", "RETREAT"})


def _key(name: str) -> str:
    return gazetteer.fold(_PREFIX.sub("", name.strip()))


@cache
def seats() -> dict[str, tuple[str, str]]:
    """Folded body name (without an organisation prefix) -> (seat city, ISO-3)."""
    return {_key(r["body"]): (r["city"], r["iso3"]) for r in read_tsv("body_seats.tsv")}


def seat_of(name: str) -> dict | None:
    """The seat city of a body named ``name`` ('the U.N. Security Council' -> New York), else None."""
    hit = seats().get(_key(name))
    return places.lookup_city(hit[0], hit[1], min_pop=0) if hit else None


def session_place(etype: str, surfaces: list[str]) -> dict | None:
    """The seat of the one seated body among an event's participants, for an act done in session."""
    if etype in ON_GROUND_TYPES:
        return None
    found = {p["location_name"]: p for s in surfaces if (p := seat_of(s))}
    return next(iter(found.values())) if len(found) == 1 else None
