"""Hand-made inputs of ``merge_events``: mentions, event candidates and article analyses as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SeatMember:
    """A cluster member as ``merged_places.seat_of_government`` reads it: the countries its actors are of."""

    home: frozenset = frozenset()


@dataclass
class SeatCluster:
    """An event cluster as ``merged_places.seat_of_government`` reads it: its type and members."""

    etype: str
    members: list = field(default_factory=lambda: [SeatMember()])


def mention(idx, surface, label="GPE", iso3=None):
    m = {"idx": idx, "surface": surface, "label": label, "start_char": 0, "end_char": len(surface)}
    return {**m, "country_iso3": iso3} if iso3 else m


def cand(etype, participants, day=None, source=None, start=0):
    return {
        "event_type": etype,
        "event_status": "occurred",
        "event_date": day,
        "date_precision": "day" if day else None,
        "date_source": source,
        "date_hints": {},
        "participants": [{"mention_idx": i, "role": r} for i, r in participants],
        "start_char": start,
        "end_char": start + 10,
        "sentence": "a sentence of our own",
        "location_name": None,
        "location_country_iso3": None,
    }


def analysis(aid, mentions, cands):
    return {"article_id": aid, "mentions": mentions, "event_candidates": cands, "quotes": []}


def entities(analyses):
    return {(a["article_id"], m["idx"]): "ent_" + m["surface"] for a in analyses for m in a["mentions"]}
