"""Corpus rows for group actors ('protesters', 'the Ruritanian army'): one entity per (group, country) and a
mention row where a group that is an event participant of its own is written."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def unarticled(phrase: str, start: int) -> tuple[str, int]:
    """A group phrase's mention surface and start without its leading article ('the army' -> 'army'): a name is
    written without it ('the Ruritanian army' is a mention of 'Ruritanian army'), as a name the model tags is."""
    if phrase[:4].lower() == "the " and len(phrase) > 4:
        return phrase[4:].lstrip(), start + len(phrase) - len(phrase[4:].lstrip())
    return phrase, start


def group_entity_id(group: str, iso3: str | None) -> str:
    """Stable id of the group entity (one per group and country)."""
    return "ent_grp_" + hashlib.sha256(f"{group}|{iso3 or ''}".encode()).hexdigest()[:12]


def group_entities(analyses: Iterable[dict]) -> list[dict]:
    """curated.entities rows for the group actors the event candidates name ('protesters (KEN)')."""
    rows: dict[str, dict] = {}
    for a in analyses:
        for cand in a.get("event_candidates", []):
            for p in cand["participants"]:
                if not p.get("group"):
                    continue
                iso3 = p.get("country_iso3")
                eid = group_entity_id(p["group"], iso3)
                row = rows.setdefault(
                    eid,
                    {
                        "entity_id": eid,
                        "canonical_name": p["group"] if p.get("named") or not iso3 else f"{p['group']} ({iso3})",
                        "entity_type": p.get("group_type") or "NORP",
                        "country_iso3": iso3,
                        "role": None,
                        "aliases": set(),
                        "num_articles": set(),
                    },
                )
                row["aliases"].add(p.get("surface") or p["group"])
                row["num_articles"].add(a["article_id"])
    return [
        {**r, "aliases": sorted(r["aliases"]), "num_articles": len(r["num_articles"])} for _, r in sorted(rows.items())
    ]


def group_mentions(analyses: Iterable[dict], used: set[str]) -> list[dict]:
    """curated.mentions rows for the group actors that are event participants in their own right ('the
    Ruritanian army', a country the NER did not tag: 'Nigeria summoned ...'), one per place in the text the
    phrase is written."""
    rows: dict[tuple[str, int], dict] = {}
    for a in analyses:
        for cand in a.get("event_candidates", []):
            for p in cand["participants"]:
                if not p.get("group") or "phrase_start" not in p:
                    continue
                eid = group_entity_id(p["group"], p.get("country_iso3"))
                if eid in used:
                    surface, start = unarticled(p["phrase"], p["phrase_start"])
                    rows.setdefault(
                        (a["article_id"], start),
                        {
                            "article_id": a["article_id"],
                            "entity_id": eid,
                            "surface": surface,
                            "start_char": start,
                            "end_char": p["end_char"],
                        },
                    )
    return [rows[k] for k in sorted(rows)]


def untagged_states(analyses: Iterable[dict]) -> dict[str, str]:
    """group entity id -> iso3 of the states the NER left untagged that act in events ('Ghana summoned ...'),
    so that an act of such a state with no stated place is placed in it, as a tagged one's is."""
    return {
        group_entity_id(p["group"], p["country_iso3"]): p["country_iso3"]
        for a in analyses
        for cand in a.get("event_candidates", [])
        for p in cand["participants"]
        if p.get("named") and p.get("group") and p.get("country_iso3")
    }
