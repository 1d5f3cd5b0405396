"""Seats of bodies: of deliberative bodies (``data/body_seats.tsv``): a vote, veto, resolution or ruling of the
Security Council happens in New York, of the Human Rights Council in Geneva, whichever states take part; and of a
local body its city names ('a Minsk court sentenced him', 'Kabul police arrested'): it acts where it sits."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract import gazetteer, places
from sitrep.extract.event_arg_groups import group_of
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_syntax import clause_head
from sitrep.extract.event_triggers import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

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


def body_place(ctx: EventContext, trig: Token, etype: str, surfaces: list[str]) -> dict | None:
    """The seat of a seated body among the participants (``session_place``), else the city of a local body that
    does the act ('a Minsk court sentenced him', 'the trial was adjourned by a Kabul court')."""
    return session_place(etype, surfaces) or local_seat(ctx, trig)


def local_seat(ctx: EventContext, trig: Token) -> dict | None:
    """The city named as the modifier of the group noun that is the clause's subject or 'by' agent."""
    verb = clause_head(trig)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    for doer in doers:
        if doer.pos_ != "NOUN" or group_of(doer) is None:
            continue
        for c in doer.children:
            if c.dep_ not in {"compound", "amod"} or c.pos_ != "PROPN":
                continue
            m = next((m for m in ctx.mentions if m["start_char"] <= c.idx < m["end_char"]), None)
            place = ctx.place_for(m["surface"]) if m and m["label"] == "GPE" else None
            if place and place.get("level") == "city":
                return place
    return None
