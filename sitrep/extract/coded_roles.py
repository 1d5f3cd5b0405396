"""Each article's coded events as the PLOVER evaluators score them: the category (a planned CONSULT, SUPPORT,
COOPERATE or AID counts as AGREE, PLOVER's intent rule) with the role and country of every participant. Used by
the category benchmarks and the coverage tests, which read an assembled corpus article by article."""

from __future__ import annotations

#: planned acts of these categories are scored as the intent to act (AGREE)
PLANNED_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})

Roles = list[tuple[str, str | None]]


def scored_type(event: dict) -> str:
    """The category as scored: a planned CONSULT/SUPPORT/COOPERATE/AID is AGREE."""
    etype = event["event_type"]
    return "AGREE" if etype in PLANNED_AS_AGREE and event["event_status"] == "planned" else etype


def coded_by_article(out: dict) -> dict[str, list[tuple[str, Roles]]]:
    """Article id -> [(category as scored, [(role, participant country)])], one entry per event mention, from the
    tables ``pipeline.assemble`` returns."""
    country = {e["entity_id"]: e.get("country_iso3") for e in out["entities"]}
    roles: dict[str, Roles] = {}
    for p in out["event_participants"]:
        roles.setdefault(p["event_id"], []).append((p["role"], country.get(p["entity_id"])))
    events = {e["event_id"]: e for e in out["events"]}
    by_article: dict[str, list[tuple[str, Roles]]] = {}
    for m in out["event_mentions"]:
        typ = scored_type(events[m["event_id"]])
        by_article.setdefault(m["article_id"], []).append((typ, roles.get(m["event_id"], [])))
    return by_article


def side_countries(roles: Roles, side: str) -> set[str | None]:
    """The countries on one side ('source' or 'target') of an event; a participant is on both sides."""
    return {c for r, c in roles if r in {side, "participant"}}
