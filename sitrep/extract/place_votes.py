"""The place of a happening told by several articles that place it in different countries: the articles vote.

Inside one cluster of reports (``report_clusters.Cluster.place``) a place a sentence states beats one carried from
the discourse or the story, whichever report gives it. Across articles that lets one outlet's sentence outweigh
every other outlet: 'fighting near the border' placed in a neighbouring country by one report, while the other
article places its own telling in the city its story is set in. When the reports of two or more articles state
places (in their sentence, the discourse or the story: a dateline only says where a report was filed) in different
countries, each such article gives one vote, for the country of its own best place (``Cluster.place`` over its own
reports). The country most articles give wins; on a tie, the one country among the tied that a party of the
happening belongs to (an attack between two states placed in one of them rather than in a third); otherwise the
existing choice stands. Within the winning country the existing choice picks the place among the reports placing
it there. A happening told by one article, or whose articles agree on the country, keeps the existing choice.
"""

from __future__ import annotations

from collections import Counter

from sitrep.extract.report_clusters import Cluster

#: place sources that state where a happening was (a dateline tells where the report was filed: it does not vote)
STATED = frozenset({"sentence", "discourse", "story"})


def _article_countries(c: Cluster) -> Counter:
    """Country -> how many of the cluster's articles place the happening there by their own best stated place."""
    by_article: dict[str, list] = {}
    for m in c.members:
        by_article.setdefault(m.article_id, []).append(m)
    votes: Counter = Counter()
    for members in by_article.values():
        own = Cluster(members).place()
        if own and own.get("place_source") in STATED:
            votes[own["location_country_iso3"]] += 1
    return votes


def party_countries(c: Cluster, roles: dict, party_country: dict[str, str]) -> set[str]:
    """The countries the happening's parties belong to: resolved parties, their reports' state sides and homes."""
    out = {party_country.get(eid) for eid in roles}
    for m in c.members:
        out |= set(m.home) | set(m.state_sides[0]) | set(m.state_sides[1])
    return out - {None}


def voted_place(c: Cluster, roles: dict, party_country: dict[str, str]) -> dict | None:
    """The cluster's place, the articles voting on its country when they disagree (see the module)."""
    place = c.place()
    votes = _article_countries(c)
    if len(votes) < 2:
        return place
    most = max(votes.values())
    top = sorted(k for k, n in votes.items() if n == most)
    if len(top) > 1:
        own = [k for k in top if k in party_countries(c, roles, party_country)]
        if len(own) != 1:
            return place
        top = own
    winner = top[0]
    if place and place.get("location_country_iso3") == winner:
        return place
    there = [m for m in c.members if m.cand.get("location_country_iso3") == winner]
    return Cluster(there).place() if there else place
