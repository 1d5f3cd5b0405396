"""A state or place named only as where an act happened is no party beside the actors the act names ('killed
Kurdish fighters in Iraq', 'granted the journalist asylum in Canada'): the place's name stands in a phrase of
``data/scene_states.tsv`` and the same side of the event holds a party that is no place. Alone on its side the
place still stands for the state where the act falls ('rallied in Lagos': the PLOVER records code it so;
``event_arg_places``)."""

from __future__ import annotations

from functools import cache

from sitrep.extract.data_files import read_tsv
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
    """``parts`` less the places named only as a scene on a side that names another party."""
    out = []
    for p in parts:
        m = p["mention"]
        side = [q["mention"] for q in parts if q["role"] == p["role"] and q is not p]
        if not m.get("unnamed") and _place(m) and any(not _place(o) for o in side) and _in_scene(ctx, m):
            continue
        out.append(p)
    return out
