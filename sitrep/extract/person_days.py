"""A person is in one place on one day: an event of an article that states no place of its own takes the one
city the same article states for another act of the same person on the same day ('At a news conference in X on
Saturday, the premier condemned ...' then 'on Saturday the premier and his host urged ...')."""

from __future__ import annotations

from collections import defaultdict

#: place fields a candidate carries
PLACE_FIELDS = ("location_name", "location_country_iso3", "latitude", "longitude")


def _person_keys(cand: dict, persons: dict[int, str]) -> set[str]:
    """The persons acting (as sources) in a candidate, by the last word of their name ('Shinzo Abe' = 'Abe')."""
    return {
        persons[p["mention_idx"]]
        for p in cand["participants"]
        if p["role"] == "source" and p.get("mention_idx") in persons
    }


def _dated_day(cand: dict) -> str | None:
    if cand.get("event_status") == "planned" or cand.get("date_precision") != "day":
        return None
    return cand.get("event_date")


def share_person_day_places(cands: list[dict], mentions: list[dict]) -> None:
    """Give an event with no place of its own sentence (none, the discourse's or the dateline's) the city that
    the same article's sentences state for the other acts of one of its acting persons on that day, when they
    state one city only (a person seen in two cities that day could be in either)."""
    persons = {
        m["idx"]: m["surface"].split()[-1].casefold()
        for m in mentions
        if m["label"] == "PERSON" and m["surface"].split()
    }
    stated: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for c in cands:
        day = _dated_day(c)
        if day and c.get("place_source") == "sentence" and c.get("latitude") is not None:
            for key in _person_keys(c, persons):
                stated[(key, day)].setdefault(c["location_name"], c)
    if not stated:
        return
    for c in cands:
        day = _dated_day(c)
        if not day or c.get("place_source") == "sentence":
            continue
        found: dict[str, dict] = {}
        for key in _person_keys(c, persons):
            found.update(stated.get((key, day), {}))
        if len(found) == 1:
            src = next(iter(found.values()))
            c.update({k: src[k] for k in PLACE_FIELDS}, place_source="sentence", place_via="person_day")
