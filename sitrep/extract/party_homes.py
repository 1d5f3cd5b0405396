"""The one country an event's parties belong to, read from their mentions (a state's name, a people, a group's
country, a person's country): where a place the gazetteer does not know lies when the story names no country of
its own ('Libyan forces regained control of the ports of Ras Lanuf and Es Sider' in a story that also names
Egypt and Russia: the ports are Libyan)."""

from __future__ import annotations

from sitrep.extract import places
from sitrep.extract.event_context import EventContext


def party_country(ctx: EventContext, m: dict) -> str | None:
    """ISO-3 of one party mention: a state or its capital, a people ('Libyan'), a group or an official the text
    ties to a country ('Libyan troops'), a person whose country the context gives; None when unknown."""
    if m.get("unnamed") or m["label"] in {"ORG", "FAC"}:
        return m.get("country_iso3")
    if m["label"] == "NORP":
        return places.demonym_iso3(m["surface"]) or m.get("country_iso3")
    if m["label"] in {"GPE", "LOC"}:
        return places.country_iso3(m["surface"]) or places.capital_iso3(m["surface"])
    if m["label"] == "PERSON":
        return ctx.person_country.get(m["idx"])
    return m.get("country_iso3")


def parties_home(ctx: EventContext, parts: list[dict] | None) -> dict | None:
    """The country place of the one country the event's targets belong to, else of the one country all its parties
    with a known country belong to; None when they name none or several."""
    if not parts:
        return None
    for pool in ([p for p in parts if p["role"] == "target"], parts):
        found = {iso3 for p in pool if (iso3 := party_country(ctx, p["mention"]))}
        if len(found) == 1:
            return places.country_place(found.pop())
        if found:
            return None  # parties of several countries: no one home
    return None
