"""One happening told at two levels: one report names the states ('Ruritania promised Freedonia aid'), another
the officials who acted for them ('Ruritania's minister X pledged aid to Freedonia's president Y').

Two reports of one story, of one type, dated the same day, are one act when one of them names no person, the
other names persons, and their sides resolve to the same countries: the same single source country, and a
country in common among the other parties (or no other party named on one side: 'Ruritania agreed to send aid'
beside 'Ruritania's minister promised Freedonia aid'). Two reports that both name persons are left to the person rule
(disjoint persons may be two meetings of one day)."""

from __future__ import annotations

from sitrep.extract.report_clusters import Cand, Cluster


def _sides(members: list[Cand]) -> tuple[set[str], set[str]]:
    src = set().union(*(m.state_sides[0] for m in members))
    other = set().union(*(m.state_sides[1] for m in members))
    return src, other - src


def same_state_dyad(c: Cluster, x: Cand) -> bool:
    """The cluster and the candidate tell one act at the level of states and at the level of their officials."""
    if bool(c.persons) == bool(x.persons) or not (x.story_id and x.story_id in c.stories()):
        return False
    cd, xd = c.date(), (x.cand.get("event_date"), x.cand.get("date_precision"))
    if cd[1] != "day" or xd[1] != "day" or cd[0] != xd[0]:
        return False
    c_src, c_other = _sides(c.members)
    x_src, x_other = _sides([x])
    return len(c_src) == 1 and c_src == x_src and (not c_other or not x_other or bool(c_other & x_other))
