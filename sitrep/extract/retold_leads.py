"""An article's lead happening told again in the sentence next to it is one happening, not two.

An article opens with its main happening and goes straight on to tell it again in other words and with other
parties: 'Ruritanian troops shelled the border town of Vello on Monday. The shelling of Vello by the Ruritanian
army ...', 'The union's leaders called off the strike. The workers' council withdrew its walkout notice'. The
merge inside one article keeps such a retelling apart when its parties are not nested with the lead's (another
target, a person on one side only, a group named beside its state); the reports of other articles then join the
lead (or the retelling), so the happening is stored twice. After the merge across articles, a one-article telling
joins the happening other articles report too when:

- either that happening holds the article's first report of any act and the telling is in the sentence next to
  one of its reports in the article, or the telling is the article's first report and the happening's report in
  the article is in the sentence next to it (no sentence between; other outlets confirm it is the story's
  main happening), and exactly one such happening fits;
- neither side's report in the article tells an act beside another ('they also seized a fishing boat');
- it is of the same type and status, dated the same day (at day precision);
- a source of it is a source of the lead's happening (the same actor acts), and when both name persons, one's
  persons are among the other's (a meeting with another person that day is another meeting);
- every report of it is placed compatibly with the happening, and for acts a target pays back in kind, the roles
  are not reversed ('Ruritania expelled ... Osterlich expelled ...' stay two acts).

Anything else stays apart: a later paragraph, another day, another status (an announced meeting beside the one
held), no source in common, a happening that is not the article's lead, or one told by that article alone.
"""

from __future__ import annotations

from collections import Counter

from sitrep.extract.cluster_fits import TIT_FOR_TAT, cluster_status, places_compatible, reversed_roles
from sitrep.extract.report_clusters import Cluster

#: characters between two sentences next to each other (a space, a line break, a paragraph break)
NEXT_SENTENCE_GAP = 2


def _sources(c: Cluster) -> set[str]:
    """The entities most of the cluster's reports give the source role."""
    roles: dict[str, Counter] = {}
    for m in c.members:
        for eid, r in m.roles.items():
            roles.setdefault(eid, Counter())[r] += 1
    return {eid for eid, n in roles.items() if n.most_common(1)[0][0] == "source"}


def _firsts(clusters: list[Cluster]) -> dict[str, Cluster]:
    """article_id -> the cluster holding that article's first report of any act (its lead happening)."""
    first: dict[str, tuple[int, Cluster]] = {}
    for c in clusters:
        for m in c.members:
            start = m.cand["start_char"]
            if m.article_id not in first or start < first[m.article_id][0]:
                first[m.article_id] = (start, c)
    return {aid: c for aid, (_, c) in first.items()}


def _next_to(lead: Cluster, c: Cluster, article_id: str) -> bool:
    """A report of ``c`` is in the sentence right before or after a report of ``lead`` in the article."""
    spans = [(m.cand["start_char"], m.cand["end_char"]) for m in lead.members if m.article_id == article_id]
    for m in c.members:
        lo, hi = m.cand["start_char"], m.cand["end_char"]
        if any(0 <= lo - end <= NEXT_SENTENCE_GAP or 0 <= start - hi <= NEXT_SENTENCE_GAP for start, end in spans):
            return True
    return False


def _retells(lead: Cluster, c: Cluster) -> bool:
    day, own = lead.date(), c.date()
    if c.etype != lead.etype or not own[0] or own != day or own[1] != "day":
        return False
    if cluster_status(c) != cluster_status(lead):
        return False
    if not _sources(c) & _sources(lead):
        return False
    if c.persons and lead.persons and not (c.persons <= lead.persons or lead.persons <= c.persons):
        return False  # 'X later met President Y': another meeting of the day, with another person
    if lead.etype in TIT_FOR_TAT and any(reversed_roles(lead, x) for x in c.members):
        return False
    return all(places_compatible(lead.place(), x.cand, lead.etype) for x in c.members)


def _told_elsewhere(c: Cluster, article_id: str) -> bool:
    return any(m.article_id != article_id for m in c.members)


def _also(c: Cluster, article_id: str) -> bool:
    """A report of the cluster in the article tells an act beside another ('they also seized a fishing boat')."""
    return any(m.cand.get("also") for m in c.members if m.article_id == article_id)


def _fits(g: Cluster | None, c: Cluster, article_id: str) -> bool:
    """``g``, told by other articles too, is the happening the one-article ``c`` tells again next to it."""
    if g is None or g is c or not _told_elsewhere(g, article_id) or _also(g, article_id):
        return False
    return _next_to(g, c, article_id) and _retells(g, c)


def _by_article(clusters: list[Cluster]) -> dict[str, list[Cluster]]:
    """article_id -> the clusters with a report in that article, in the order of ``clusters``: only those can be
    told next to a report of that article (``_next_to``), so only they are tried."""
    out: dict[str, list[Cluster]] = {}
    for c in clusters:
        for aid in dict.fromkeys(m.article_id for m in c.members):
            out.setdefault(aid, []).append(c)
    return out


def join_lead_retellings(clusters: list) -> list:
    """The clusters with each one-article telling of its article's lead happening merged into the happening that
    other articles report, told in the sentence next to it (each tested as the merge across articles left it)."""
    firsts = _firsts(clusters)
    in_article = _by_article(clusters)
    joins = []
    for c in clusters:
        aid = c.members[0].article_id
        if _told_elsewhere(c, aid) or _also(c, aid):
            continue
        lead = firsts.get(aid)
        # a retelling joins the lead's happening; the lead itself, the happening told next to it
        fits = [g for g in ([lead] if lead is not c else in_article[aid]) if _fits(g, c, aid)]
        if len(fits) == 1:
            joins.append((fits[0], c))
    for lead, c in joins:
        lead.members.extend(c.members)
    absorbed = {id(c) for _, c in joins}
    return [c for c in clusters if id(c) not in absorbed]
