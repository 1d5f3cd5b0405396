"""A state is not the counterpart of its own side in an act between states: a target that only names the country
of one of the act's sources (the state itself, 'India', or its demonym, 'Indian') is dropped when the target side
also names a party of another country. 'Modi will attend a meeting of the Indian and Chinese ministers': the
Indian ministers are Modi's own side, China the counterpart. Alone on its side the state stays (no other
counterpart is named), and only the event types of ``data/own_states.tsv`` (acts held with a counterpart:
meetings) are read."""

from __future__ import annotations

from functools import cache

from sitrep.extract import places
from sitrep.extract.data_files import read_tsv


@cache
def own_state_types() -> frozenset[str]:
    return frozenset(r["type"] for r in read_tsv("own_states.tsv"))


def _state_country(m: dict) -> str | None:
    """The country a mention names as a state: a country's name or its demonym, not a person, a body or a city."""
    surface = m.get("surface") or ""
    if m.get("unnamed"):
        return None
    if m.get("label") == "NORP":
        return places.demonym_iso3(surface)
    if m.get("label") == "GPE":
        return places.country_iso3(surface)
    return None


def _country(m: dict) -> str | None:
    return m.get("country_iso3") or _state_country(m)


def drop_own_states(mentions: list[dict], cands: list[dict]) -> None:
    """Remove from each candidate of an own-state type the targets naming only a source's own state, when another
    target of another country stays."""
    by_idx = {m["idx"]: m for m in mentions}
    for cand in cands:
        if cand.get("event_type") not in own_state_types():
            continue
        parts = cand["participants"]
        sides = {
            role: [by_idx[p["mention_idx"]] for p in parts if p["role"] == role and p.get("mention_idx") in by_idx]
            for role in ("source", "target")
        }
        own = {c for m in sides["source"] if (c := _country(m))}
        if not own:
            continue
        drop = {m["idx"] for m in sides["target"] if _state_country(m) in own}
        others = [m for m in sides["target"] if m["idx"] not in drop and _country(m) not in own]
        if not drop or not others:
            continue
        cand["participants"] = [p for p in parts if p["role"] != "target" or p.get("mention_idx") not in drop]
