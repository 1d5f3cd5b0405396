"""Tests a happening's reports must pass to be told as one: shared by the merge and by the lead-retelling join.

- places: two reports placed in different countries, or in different cities of one country, are two happenings
  (a dateline or an inferred story city keeps nothing but meetings apart);
- reversed roles: for acts a target pays back in kind, 'A expelled B's envoy' and 'B expelled A's envoy' are two;
- status: a happening's status is the strongest one the reports naming everyone it has give it.
"""

from __future__ import annotations

from sitrep.extract.merged_places import MEETINGS
from sitrep.extract.report_clusters import Cand, Cluster

#: Not meetings, agreements or fighting, which outlets tell from either side ('A met B' = 'B received A').
TIT_FOR_TAT = frozenset({"SANCTION", "ACCUSE", "THREATEN", "REQUEST", "REJECT", "COERCE"})


def places_compatible(a: dict | None, b: dict | None, etype: str = "") -> bool:
    if not a or not b or not a.get("location_country_iso3") or not b.get("location_country_iso3"):
        return True
    if etype not in MEETINGS and {"dateline", "story"} & {a.get("place_source"), b.get("place_source")}:
        return True  # a dateline says where a report was filed, a story's city is inferred: neither keeps apart
    if a["location_country_iso3"] != b["location_country_iso3"]:
        return False
    if a.get("latitude") is not None and b.get("latitude") is not None:
        return a["location_name"] == b["location_name"]
    return True


def reversed_roles(c: Cluster, x: Cand) -> bool:
    """'A expelled B's envoy' and 'B expelled A's envoy' (tit for tat) are two acts: one side's source is only
    the other's target, and the other way round, with no source in common."""

    def side(roles: dict[str, str], role: str) -> set[str]:
        return {e for e, r in roles.items() if r == role}

    c_src = set().union(*(side(m.roles, "source") for m in c.members))
    c_tgt = set().union(*(side(m.roles, "target") for m in c.members)) - c_src
    x_src, x_tgt = side(x.roles, "source"), side(x.roles, "target") - side(x.roles, "source")
    return not (c_src & x_src) and bool(c_src & x_tgt) and bool(x_src & c_tgt)


def cluster_status(c: Cluster) -> str:
    """occurred > denied > planned, over the reports that name everyone the event has: a report naming only
    some of them (the visitor's arrival) does not show that the announced meeting with the others took place."""
    persons = c.persons
    full = [m for m in c.members if m.persons >= persons] or c.members
    statuses = {m.cand.get("event_status", "occurred") for m in full}
    for s in ("occurred", "denied", "planned"):
        if s in statuses:
            return s
    return "occurred"
