"""An announced cooperation and the agreement to it, told by two reports of one story, are one happening.

PLOVER 2021 codes a pledge of future cooperation (to meet, to work together, to support, to send aid) as AGREE:
one report tells 'X agreed to work with Y to ...' (AGREE, on the day it was said), another 'X and Y vowed
to work together' (a planned COOPERATE with no day of its own). The undated announcement joins the dated
agreement of its story that has the same parties, and so takes its day; it never joins one of another story,
one of other parties, or one of two fitting agreements.
"""

from __future__ import annotations

from sitrep.extract.report_clusters import Cluster, participants_compatible

#: the event type a pledge of future cooperation is coded as (PLOVER 2021)
AGREEMENT = "AGREE"
#: the types of an announced cooperation that PLOVER 2021 codes as that agreement
PLEDGED_TYPES = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


def _undated_pledge(c: Cluster) -> bool:
    """Every report of the cluster announces a cooperation (planned, of a pledged type) with no date."""
    return c.date()[0] is None and all(
        m.cand.get("event_type") in PLEDGED_TYPES and m.cand.get("event_status") == "planned" for m in c.members
    )


def _fits(agreement: Cluster, pledge: Cluster) -> bool:
    """A dated agreement of the pledge's story, told in other articles, with the same parties (nested)."""
    return (
        agreement.etype == AGREEMENT
        and agreement.date()[0] is not None
        and bool(agreement.stories() & pledge.stories())
        and not ({m.article_id for m in agreement.members} & {m.article_id for m in pledge.members})
        and participants_compatible(agreement.persons, agreement.others, pledge.persons, pledge.others)
    )


def join_pledges(clusters: list) -> list:
    """The clusters with each undated announced cooperation merged into the one dated agreement of its story
    and parties (the agreement's members come first, so the event keeps its type, AGREE, and day)."""
    agreements = [c for c in clusters if c.etype == AGREEMENT]
    out = []
    for c in clusters:
        fits = [a for a in agreements if _fits(a, c)] if _undated_pledge(c) else []
        if len(fits) == 1:
            fits[0].members.extend(c.members)
        else:
            out.append(c)
    return out
