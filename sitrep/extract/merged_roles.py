"""The one role a merged event gives each party: the role most of its reports give it, where the reports that tell
who acted on whom outvote the reports that name one side only.

A report names both sides when it has a source and a target ('Ruritania imposed sanctions on Borduria'); a report
of one side names its parties as co-sources or alone ('Ruritania and Borduria cut their ties', 'Borduria's
sanctions were lifted'): it says the party took part, not which end of the act it was on. When the reports of one
happening disagree on a party (the source in some, the target in others), only the reports naming both sides
vote, if any of them names the party; otherwise every report votes. The most votes win, the source before the
target before a participant on a tie (as a party's role in one report)."""

from __future__ import annotations

from collections import Counter

from sitrep.extract.event_credits import ROLE_RANK
from sitrep.extract.report_clusters import Cluster


def majority(counter: Counter) -> str:
    """The role most reports give a party (source before target before participant on a tie)."""
    return min(counter, key=lambda r: (-counter[r], ROLE_RANK[r]))


def _names_both_sides(roles: dict[str, str]) -> bool:
    return {"source", "target"} <= set(roles.values())


def merged_roles(c: Cluster, roles: dict[str, Counter]) -> dict[str, str]:
    """Entity -> its role in the merged event, from ``roles`` (entity -> how often each report gives each role)."""
    out = {}
    for eid, counter in roles.items():
        if counter.get("source") and counter.get("target"):
            dyads = Counter(m.roles[eid] for m in c.members if eid in m.roles and _names_both_sides(m.roles))
            counter = dyads or counter
        out[eid] = majority(counter)
    return out
