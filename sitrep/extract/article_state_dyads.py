"""One act told twice in one article, once by the official who did it and once by the state he acted for.

'Ruritania has voiced its concern over Freedonia's troop build-up, Foreign Minister Anna Berg said on Monday' and
'"I conveyed our concern to the Freedonian side," she said' are one accusation: a person-led report and a
state-led one, in the same article, of one type, dated the same day by what the text states (not by its
publication: an article's background acts all take that day), with the same single source country (the
person's home state is the state that acts) and a country in common on the other side. Two different acts in
one article stay apart: another day, a day only of publication, another target country, two source countries,
or two reports that both name persons (left to the person rule)."""

from __future__ import annotations

from sitrep.extract.report_clusters import Cand, Cluster

#: date sources that only say when an article came out, not when its act happened
PUBLISHED = frozenset({"publication", "collection"})


def _sides(members: list[Cand]) -> tuple[set[str], set[str]]:
    src = set().union(*(m.state_sides[0] for m in members))
    other = set().union(*(m.state_sides[1] for m in members))
    return src, other - src


def official_and_state(c: Cluster, x: Cand) -> bool:
    """The cluster and the candidate, of one article, tell one act at the level of a state and of its official."""
    if bool(c.persons) == bool(x.persons):
        return False
    cd, xd = c.date(), (x.cand.get("event_date"), x.cand.get("date_precision"))
    if cd[1] != "day" or xd[1] != "day" or cd[0] != xd[0]:
        return False
    if any(m.cand.get("date_source") in PUBLISHED for m in [*c.members, x] if m.cand.get("event_date")):
        return False
    c_src, c_other = _sides(c.members)
    x_src, x_other = _sides([x])
    return len(c_src) == 1 and c_src == x_src and bool(c_other & x_other)
