"""A later sentence of an article that retells the happening its lead reports is part of that happening.

An article opens with its main happening ('Pirates in Somalia have hijacked an oil tanker ...') and comes back to
it further down in other words and with other parties ('"the pirates hijacked the oil tanker and they brought it
near Alula"', '... Republican leaders pulled legislation' beside 'House Speaker Paul Ryan pulled his bill'). The
merge inside one article keeps such a retelling apart when its parties are not nested with the lead's (another
target, a person on one side only); the reports of other articles then join the lead, so the happening is
stored twice. After the merge across articles, a retelling joins the lead's happening when:

- all its reports are of that one article, and the lead's happening holds the article's first report of any act
  and reports from other articles as well (other outlets confirm it is the story's happening);
- it is of the same type and status, dated the same day (at day precision);
- a source of it is a source of the lead's happening (the same actor acts), and when both name persons, one's
  persons are among the other's (a meeting with another person that day is another meeting);
- every report of it is placed compatibly with the happening, and for acts a target pays back in kind, the roles
  are not reversed ('Canada expelled ... China expelled ...' stay two acts).

Anything else stays apart: another day, another status (an announced meeting beside the one held), no source in
common, a happening that is not the article's lead, or one told by that article alone.
"""

from __future__ import annotations

from collections import Counter

from sitrep.extract.report_clusters import Cluster


def _sources(c: Cluster) -> set[str]:
    """The entities most of the cluster's reports give the source role."""
    roles: dict[str, Counter] = {}
    for m in c.members:
        for eid, r in m.roles.items():
            roles.setdefault(eid, Counter())[r] += 1
    return {eid for eid, n in roles.items() if n.most_common(1)[0][0] == "source"}


def _leads(clusters: list[Cluster]) -> dict[str, Cluster]:
    """article_id -> the cluster holding that article's first report, when the cluster has reports of other
    articles too."""
    first: dict[str, tuple[int, Cluster]] = {}
    for c in clusters:
        for m in c.members:
            start = m.cand["start_char"]
            if m.article_id not in first or start < first[m.article_id][0]:
                first[m.article_id] = (start, c)
    return {aid: c for aid, (_, c) in first.items() if len({m.article_id for m in c.members}) > 1}


def _retells(lead: Cluster, c: Cluster) -> bool:
    from sitrep.extract import event_merge as em  # (the merge's own tests; it imports this module)

    day, own = lead.date(), c.date()
    if c.etype != lead.etype or not own[0] or own != day or own[1] != "day" or em._status(c) != em._status(lead):
        return False
    if not _sources(c) & _sources(lead):
        return False
    if c.persons and lead.persons and not (c.persons <= lead.persons or lead.persons <= c.persons):
        return False  # 'Lavrov later met President Ramaphosa': another meeting of the day, with another person
    if lead.etype in em.TIT_FOR_TAT and any(em._reversed_roles(lead, x) for x in c.members):
        return False
    return all(em._places_compatible(lead.place(), x.cand, lead.etype) for x in c.members)


def join_lead_retellings(clusters: list) -> list:
    """The clusters with each one-article retelling of its article's lead happening merged into it (each tested
    against the lead as the merge across articles left it)."""
    leads = _leads(clusters)
    joins = []
    for c in clusters:
        articles = {m.article_id for m in c.members}
        lead = leads.get(next(iter(articles))) if len(articles) == 1 else None
        if lead is not None and lead is not c and _retells(lead, c):
            joins.append((lead, c))
    for lead, c in joins:
        lead.members.extend(c.members)
    absorbed = {id(c) for _, c in joins}
    return [c for c in clusters if id(c) not in absorbed]
