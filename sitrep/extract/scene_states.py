"""A state or place named only as where an act happened is no party beside the actors the act names ('killed
Kurdish fighters in Iraq'): the place's name stands in a phrase of ``data/scene_states.tsv`` and the same side
of the event holds a party of the place's country that is no place (a party of no known country or of another
keeps it: 'extended the mandate of the monitoring mission in X', 'killed a commander of Y's allied militia in
X'). Alone on its side the place still stands for the state where the act falls ('rallied in Lagos': the PLOVER
records code it so; ``event_arg_places``)."""

from __future__ import annotations

from functools import cache

from sitrep.extract import places
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_phrases import people_noun
from sitrep.extract.event_context import EventContext
from sitrep.extract.seat_actors import state_party

#: labels of a mention that names a place
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: links through which a name belongs to the phrase of the noun above it ('Helmand province', 'Davos, Switzerland',
#: 'Afghanistan's Helmand province')
NAME_LINKS = frozenset({"compound", "appos", "conj", "poss", "nmod", "amod"})


@cache
def scene_preps() -> frozenset[str]:
    return frozenset(r["prep"] for r in read_tsv("scene_states.tsv"))


def _place(m: dict) -> bool:
    """A place party: a place name, or an unnamed party standing for one ('Cincinnati' where no victim is named)."""
    return m.get("label") in PLACE_LABELS or (bool(m.get("unnamed")) and m.get("group_type") == "GPE")


def _party(ctx: EventContext, m: dict) -> bool:
    """A party the event keeps that is no place: not a demonym of no state on no noun of people ('Kurdish militia
    positions': no actor, ``event_candidates._participant_rows`` leaves it out)."""
    if _place(m):
        return False
    if m.get("unnamed") or m.get("label") != "NORP":
        return True
    return bool(places.demonym_iso3(m["surface"]) or m.get("country_iso3") or people_noun(ctx.doc, m))


def _country(m: dict) -> str | None:
    return m.get("country_iso3") or places.country_iso3(m["surface"]) or places.place_country(m["surface"])


def _party_countries(ctx: EventContext, side: list[dict]) -> set[str]:
    """The known countries of the parties on a side that are no places: a place beside them is only where when
    it names no other state than theirs ('killed Kurdish fighters in Iraq': Iraq's fighters; not 'the monitoring
    mission in X', a mission of no state, nor 'Y's allied militia in X')."""
    out = set()
    for o in side:
        if _party(ctx, o):
            out.add(o.get("country_iso3") or (places.demonym_iso3(o["surface"]) if o.get("label") == "NORP" else None))
    return out - {None}


def _in_scene(ctx: EventContext, m: dict) -> bool:
    """The name is the object of a scene preposition (through the names it belongs to), not a state addressed."""
    span = ctx.doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None:
        return False
    cur = span.root
    while cur.dep_ in NAME_LINKS and cur.head.i != cur.i:
        cur = cur.head
    if state_party(cur, m.get("surface", "")):
        return False
    return cur.dep_ == "pobj" and cur.head.dep_ == "prep" and cur.head.lower_ in scene_preps()


def scene_states(ctx: EventContext, parts: list[dict]) -> list[dict]:
    """``parts`` less the places named only as a scene on a side that names a party of their country."""
    out = []
    for p in parts:
        m = p["mention"]
        side = [q["mention"] for q in parts if q["role"] == p["role"] and q is not p]
        if not m.get("unnamed") and _place(m) and _country(m) in _party_countries(ctx, side) and _in_scene(ctx, m):
            continue
        out.append(p)
    return out
