"""Merge event candidates into one record per real-world happening, within and across articles.

Within an article, candidates of the same type with nested person sets, compatible places and dates are one event (a
caption repeating the lead, "the two presidents then held talks"). Across articles: both dated → same date at the
coarser precision; an undated report joins a dated (or undated) one only when both belong to the same story and the
weekday / day-of-month hints agree (never on participants alone; visits years apart never merge). A report dated only
by its publication day joins its story's report of the same happening stated up to three days earlier. A dateline does
not keep apart two reports of anything but a meeting. Confidence grows with the number of independent sources.
Undated articles are dated before merging (``event_anchors``): from their story, or the collection.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from datetime import date

from sitrep.extract import places
from sitrep.extract.article_state_dyads import official_and_state
from sitrep.extract.cluster_fits import TIT_FOR_TAT, cluster_status, places_compatible, reversed_roles
from sitrep.extract.demonym_credits import added_roles, credit_demonyms
from sitrep.extract.event_anchors import anchors, as_date, collection_dates, redate, redate_month_days
from sitrep.extract.event_arg_phrases import OWN_ACTOR_GROUPS
from sitrep.extract.event_authorities import civil_body
from sitrep.extract.event_credits import body_countries, credit, own_country, speaker_state
from sitrep.extract.event_venues import Happening, venue_places
from sitrep.extract.group_rows import group_entity_id, untagged_states
from sitrep.extract.joinable_index import JoinableIndex
from sitrep.extract.merged_places import ACTS_FROM_HOME, event_place
from sitrep.extract.merged_roles import majority, merged_roles
from sitrep.extract.own_side_groups import NAMED_LABELS, own_side_groups
from sitrep.extract.party_groups import STATE_GROUPS
from sitrep.extract.place_order import settled_places
from sitrep.extract.placed_groups import stateless
from sitrep.extract.pledge_joins import join_pledges
from sitrep.extract.report_clusters import Cand as _Cand
from sitrep.extract.report_clusters import Cluster as _Cluster
from sitrep.extract.report_clusters import GrowingCluster as _Growing
from sitrep.extract.report_clusters import participants_compatible as _participants_compatible
from sitrep.extract.retold_leads import join_lead_retellings
from sitrep.extract.state_dyads import same_state_dyad
from sitrep.extract.target_grounds import grounds_clash, named_ground

#: a report dated only by its publication day may tell of a happening up to this many days before it
PUBLICATION_LAG_DAYS = 3


def _same_city(a: dict | None, b: dict | None) -> bool:
    return bool(
        a
        and b
        and a.get("latitude") is not None
        and b.get("latitude") is not None
        and a["location_name"] == b["location_name"]
    )


def _dates_equal(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    width = {"day": 10, "month": 7, "year": 4}
    w = min(width.get(a[1] or "", 10), width.get(b[1] or "", 10))
    return a[0][:w] == b[0][:w]


def _hints_compatible(hints_a: list[dict], iso_b: str | None, hints_b: list[dict]) -> bool:
    """Weekday / day-of-month hints of undated reports must fit the other side (a day's slack for a
    day-of-month, as sources disagree by a day across time zones)."""

    day_b = date.fromisoformat(iso_b) if iso_b and len(iso_b) == 10 else None
    for h in hints_a:
        if "weekday" in h:
            if day_b and day_b.weekday() != h["weekday"]:
                return False
            if any("weekday" in hb and hb["weekday"] != h["weekday"] for hb in hints_b):
                return False
        if "month_day" in h and day_b:
            m, d = h["month_day"]
            try:
                diff = abs((date(day_b.year, m, d) - day_b).days)
            except ValueError:
                return False
            if diff > 1:
                return False
    return True


def _same_day_of_month(c: _Cluster, x: _Cand) -> bool:
    """An undated report that names the very month and day of a dated one ('On January 23, ...') is the
    same happening even when the two articles were not grouped into one story; only the year was missing."""
    dated, undated = (
        (c.date(), [x.cand.get("date_hints") or {}])
        if c.date()[0]
        else ((x.cand.get("event_date"), x.cand.get("date_precision")), c.hints())
    )
    if not dated[0] or dated[1] != "day":
        return False
    month, day = int(dated[0][5:7]), int(dated[0][8:10])
    days = [tuple(h["month_day"]) for h in undated if "month_day" in h]
    return bool(days) and all(d == (month, day) for d in days)


#: date sources that give the day a happening was told (published, announced), not the day it happened
TOLD_DAYS = frozenset({"publication", "statement", "told_bound"})


def _publication_only(cands: list[dict]) -> bool:
    return bool(cands) and all(d.get("date_source") in TOLD_DAYS for d in cands)


def _publication_fits(c: _Cluster, x: _Cand) -> bool:
    """One side is dated only by the day it was told (its article's publication day, or the day a statement about it
    was made: 'said on Thursday it had arrested'), the other by what a text states: one happening when the stated
    day falls on, or up to ``PUBLICATION_LAG_DAYS`` before, that told day (reports often come a day or two later)."""
    if {m.cand.get("event_status") for m in c.members} != {x.cand.get("event_status")}:
        return False  # an announced meeting is not the one that took place
    c_pub = _publication_only(c.dated())
    if c_pub == _publication_only([x.cand] if x.cand.get("event_date") else []):
        return False
    xd = (x.cand.get("event_date"), x.cand.get("date_precision"))
    stated, published = (xd, c.date()) if c_pub else (c.date(), xd)
    if stated[1] != "day" or published[1] != "day":
        return False
    stated_day, published_day = date.fromisoformat(stated[0]), date.fromisoformat(published[0])
    return 0 <= (published_day - stated_day).days <= PUBLICATION_LAG_DAYS


#: one-way acts a target pays back in kind (expulsions, accusations, demands): reversed roles are another act.
def _same_dyad(c: _Cluster, x: _Cand) -> bool:
    """Two reports of one story, dated the same day, with a source and a target in common: the same act even
    when one report names an extra actor beside them ('the bloc ECOWAS' read as two sources)."""

    def side(roles: dict[str, str], role: str) -> set[str]:
        return {e for e, r in roles.items() if r == role}

    xd = (x.cand.get("event_date"), x.cand.get("date_precision"))
    if not (xd[0] and xd[1] == "day" and c.date()[0] and _dates_equal(c.date(), xd) and x.story_id in c.stories()):
        return False
    c_src = set().union(*(side(m.roles, "source") for m in c.members))
    c_tgt = set().union(*(side(m.roles, "target") for m in c.members))
    return bool(c_src & side(x.roles, "source")) and bool(c_tgt & side(x.roles, "target"))


def _home_or_target_ground(c: _Cluster, x: _Cand, same_article: bool) -> bool:
    """A measure or statement one state directs at another is placed by one report where it was decided (the
    source's capital) and by another where it lands ('withdrew its diplomats from its mission in X'): two
    reports of one story, the same day and the same source and target, are one act despite their places."""
    return not same_article and c.etype in ACTS_FROM_HOME and _same_dyad(c, x)


def _compatible(c: _Cluster, x: _Cand, same_article: bool) -> bool:
    if c.etype != x.cand["event_type"] or (c.etype in TIT_FOR_TAT and reversed_roles(c, x)):
        return False
    if not _participants_compatible(c.persons, c.others, set(x.persons), set(x.others)) and (
        not official_and_state(c, x) if same_article else not (_same_dyad(c, x) or same_state_dyad(c, x))
    ):
        return False
    # ('invaded Freedonia', no place, is no telling of 'shelled a town in Vello' elsewhere: ``target_grounds``)
    if (not places_compatible(c.place(), x.cand, c.etype) and not _home_or_target_ground(c, x, same_article)) or (
        grounds_clash(c, x)
    ):
        return False
    cd = c.date()
    xd = (x.cand.get("event_date"), x.cand.get("date_precision"))
    if cd[0] and xd[0]:
        if same_article and _announced_beside_held(c, x, cd, xd):
            return False
        if _dates_equal(cd, xd):
            return True
        return not same_article and bool(x.story_id and x.story_id in c.stories()) and _publication_fits(c, x)
    x_planned = x.cand.get("event_status") == "planned"
    c_planned = any(m.cand.get("event_status") == "planned" for m in c.members)
    if x_planned != c_planned and not _same_city(c.place(), x.cand):
        return False  # an undated announcement joins a happening only when both name the same city
    if same_article:
        # 'in a separate meeting' sets an event apart from those told before it, not from later recaps
        xs = x.cand["start_char"]
        if x.cand.get("separate") and any(m.cand["start_char"] < xs for m in c.members):
            return False
        if any(m.cand.get("separate") and xs < m.cand["start_char"] for m in c.members):
            return False
        if {m.cand.get("event_status") for m in c.members} != {x.cand.get("event_status")}:
            return _continues(c, x)
        # an undated report joins a dated one in its own article only when it names no time of its own
        undated_hints = (x.cand.get("date_hints") or {}) if not xd[0] else {}
        # ... and only a day-dated one: a background 'in 2019' visit does not absorb today's undated talks
        if not xd[0] and cd[0]:
            return not undated_hints and cd[1] == "day"
        if xd[0] and not cd[0]:
            return xd[1] == "day" and not any(
                h for m, h in zip(c.members, c.hints(), strict=False) if not m.cand.get("event_date")
            )
        return _hints_compatible([x.cand.get("date_hints") or {}], cd[0], c.hints())
    if not (x.story_id and x.story_id in c.stories()) and not _same_day_of_month(c, x):
        return False
    return _hints_compatible([x.cand.get("date_hints") or {}], cd[0], c.hints()) and _hints_compatible(
        c.hints(), xd[0], [x.cand.get("date_hints") or {}]
    )


def _announced_beside_held(c: _Cluster, x: _Cand, cd: tuple, xd: tuple) -> bool:
    """In one article, a happening still to come ('are set to meet again later this month') and one that took
    place ('the ceasefire brokered by Turkey and Russia' on a day of that month) dated to different precisions:
    they agree only on the coarser one, so they are two happenings, not one told twice."""
    statuses = {m.cand.get("event_status") for m in c.members} | {x.cand.get("event_status")}
    return cd[1] != xd[1] and "planned" in statuses and len(statuses) > 1


def _continues(c: _Cluster, x: _Cand) -> bool:
    """'X and Y will also discuss Syria', undated, in the report of their talks held that day: a part of the same
    talks, not a meeting of its own (either may come first in the clustering order)."""

    def announced(cands: list[dict]) -> bool:
        return all(k.get("also") and k.get("event_status") == "planned" and not k.get("event_date") for k in cands)

    def held(cands: list[dict]) -> bool:
        return all(k.get("event_status") == "occurred" for k in cands) and any(
            k.get("date_precision") == "day" for k in cands
        )

    members = [m.cand for m in c.members]
    if announced([x.cand]) and held(members):
        return bool(x.persons) and x.persons <= c.persons
    return announced(members) and held([x.cand]) and bool(c.persons) and c.persons <= x.persons


def _clashing_countries(participants: list[dict]) -> set[tuple[str, str]]:
    """(country, role) of group participants that would be credited to their country's entity although the
    other side of the event is of the same country ('police (KEN)' against 'protesters (KEN)'): crediting both to
    'Kenya' would leave the event one party. A state's own group (government, military, police) keeps the
    country's entity unless the other side is a state group too."""
    roles: dict[str, set[str]] = {}
    for p in participants:
        if p.get("country_iso3") and p["role"] in {"source", "target"}:
            roles.setdefault(p["country_iso3"], set()).add(p["role"])
    out = set()
    for p in participants:
        iso3 = p.get("country_iso3")
        if not (p.get("group") and iso3 and len(roles.get(iso3, ())) == 2):
            continue
        same = [q for q in participants if q.get("country_iso3") == iso3]
        if p["group"] not in STATE_GROUPS or all(q.get("group") in STATE_GROUPS for q in same):
            out.add((iso3, p["role"]))
    return out


def _country_entities(analyses: list[dict], mention_entity: dict[tuple[str, int], str]) -> dict[str, str]:
    """iso3 -> the entity the corpus uses for that country (its GPE mentions written as the country's
    name), so 'Russian officials' or 'Moscow' acting as a state credit the entity 'Russia'."""
    votes: dict[str, Counter] = {}
    for a in analyses:
        for m in a.get("mentions", []):
            if m["label"] != "GPE" or m.get("kind") == "region":  # 'Georgia' read as the US state
                continue
            iso3 = places.country_iso3(m["surface"])
            eid = mention_entity.get((a["article_id"], m["idx"]))
            if iso3 and eid:
                votes.setdefault(iso3, Counter())[eid] += 1
    return {iso3: c.most_common(1)[0][0] for iso3, c in votes.items()}


def _majority_labels(analyses: list[dict], mention_entity: dict[tuple[str, int], str]) -> dict[str, str]:
    """Entity id -> the label more than half of its mentions carry: a person the NER once tags ORG ('De Vell gave
    herself up') is still a person, so that report's event merges with the others of that person."""
    votes: dict[str, Counter] = {}
    for a in analyses:
        for m in a.get("mentions", []):
            if (eid := mention_entity.get((a["article_id"], m["idx"]))) is not None:
                votes.setdefault(eid, Counter())[m["label"]] += 1
    return {eid: lab for eid, c in votes.items() for lab, n in c.most_common(1) if 2 * n > c.total()}


def _resolve(
    analyses: list[dict],
    articles: dict[str, dict],
    mention_entity: dict[tuple[str, int], str],
    entity_country: dict[str, str] | None = None,
) -> list[_Cand]:
    out = []
    countries = _country_entities(analyses, mention_entity)
    state_iso = {eid: iso3 for iso3, eid in countries.items()}
    ent_label = _majority_labels(analyses, mention_entity)
    dated = collection_dates(articles)
    anchor_of = anchors(articles, dated)
    for a in analyses:
        aid = a["article_id"]
        label = {m["idx"]: m["label"] for m in a.get("mentions", [])}
        country = {m["idx"]: m.get("country_iso3") for m in a.get("mentions", []) if m["label"] in ("PERSON", "ORG")}
        bodies = {m["idx"]: countries.get(m["country_iso3"]) for m in a.get("mentions", []) if civil_body(m)}

        def named_home(idx: int, aid: str = aid, country: dict = country, label: dict = label) -> str | None:
            eid = mention_entity.get((aid, idx), "")
            return (country.get(idx) or (entity_country or {}).get(eid)) if label.get(idx) in NAMED_LABELS else None

        meta = articles.get(aid, {})
        cands = a.get("event_candidates", [])
        if aid in anchor_of:
            cands = redate(cands, anchor_of[aid])
        elif not as_date(meta.get("published_at")):
            cands = redate_month_days(cands, dated)
        for cand in cands:
            roles: dict[str, str] = {}
            persons, others, added = set(), set(), {}  # added: parties credited after the merge (demonym_credits)
            clashing = _clashing_countries(cand["participants"])
            own_side = own_side_groups(cand["participants"], lambda p: named_home(p["mention_idx"]))
            sides: tuple[set[str], set[str]] = (set(), set())
            for p in cand["participants"]:
                if p.get("group") and not p.get("country_iso3") and country.get(p.get("owner_idx")):
                    p = {**p, "country_iso3": country[p["owner_idx"]]}  # 'his administration': the owner's state's
                people = stateless(p)  # ('Ruritanian voters', 'rebels in Ruritania')
                eid = None if people else countries.get(p.get("country_iso3") or "")
                if eid is not None and p.get("group") and (p["country_iso3"], p["role"]) in clashing:
                    eid = None  # 'police arrested protesters' in one country: each group stays its own actor
                if eid is not None and p["role"] == "target" and (p["country_iso3"], p.get("group")) in own_side:
                    eid = None  # 'Senator X briefed lawmakers': the lawmakers, not X's own state
                if eid is None and p.get("mention_idx") is not None:
                    eid = mention_entity.get((aid, p["mention_idx"]))
                if eid is None and p.get("group"):
                    eid = group_entity_id(p["group"], p.get("country_iso3"))
                if eid is None:
                    continue
                iso = p.get("country_iso3") or country.get(p.get("mention_idx")) or state_iso.get(eid)
                if iso := iso or (entity_country or {}).get(eid):
                    sides[p["role"] != "source"].add(iso)
                home = country.get(p.get("mention_idx")) or (entity_country or {}).get(eid)
                own = _own_actor(p, eid, bodies.get(p.get("mention_idx")) or speaker_state(p, countries, home, cand))
                credit(roles, (persons, others), p, (eid, own), ent_label, label.get(p["mention_idx"]))
                credit_demonyms(added, p, (aid, a.get("mentions", [])), mention_entity)  # 'Palestinians': theirs too
            if not roles:
                continue
            # (a source's country from its own mention's cues, else the one its resolved entity has)
            home = {
                country.get(p.get("mention_idx"))
                or (entity_country or {}).get(mention_entity.get((aid, p.get("mention_idx")), ""))
                for p in cand["participants"]
                if p["role"] == "source" and p.get("mention_idx") in country
            }
            out.append(
                _Cand(
                    aid,
                    cand,
                    frozenset(persons),
                    frozenset(others - persons),
                    roles,
                    meta.get("story_id"),
                    meta.get("outlet"),
                    frozenset(home - {None}),
                    state_sides=(frozenset(sides[0]), frozenset(sides[1])),
                    target_ground=named_ground(cand["participants"], a.get("mentions", [])),
                    added_roles=added,
                )
            )
    return out


def _own_actor(p: dict, eid: str, state: str | None = None) -> list[str]:
    """The entities a participant credits: a state's forces with their country ('the Ruritanian army') credit
    the state and the forces themselves, which act as an actor of their own; so does a named state body ('the
    Ruritanian Justice Ministry', ``state`` the entity of its country). (A group of people with their
    country, 'Ruritanian voters', credits only itself: the people are not their state.)"""
    if state and state != eid:
        return [eid, state]
    if p.get("group") in OWN_ACTOR_GROUPS and own_country(p) and not p.get("named"):
        own = group_entity_id(p["group"], p["country_iso3"])
        return [eid] if own == eid else [eid, own]
    return [eid]


def _cluster(cands: list[_Cand]) -> list[_Cluster]:
    """Within-article clusters first, then greedy cross-article merging (dated, larger events first)."""
    by_article: dict[str, list[_Cluster]] = {}
    for x in sorted(cands, key=lambda x: -len(x.persons)):
        clusters = by_article.setdefault(x.article_id, [])
        fits = [c for c in clusters if _compatible(c, x, same_article=True)]
        if fits:
            max(fits, key=lambda c: len(c.persons & x.persons)).members.append(x)
        else:
            clusters.append(_Growing([x]))
    local = [c for cs in by_article.values() for c in cs]
    local.sort(
        key=lambda c: (c.date()[0] is None, -len(c.persons), c.members[0].article_id, c.members[0].cand["start_char"])
    )
    merged: list[_Cluster] = []
    by_type = JoinableIndex()  # the same clusters by event type (only one type can fit), in order
    for c in local:
        articles = {m.article_id for m in c.members}
        fits = [
            g
            for g in by_type.joinable(c)  # a party or a story shared (report_clusters)
            # no article twice (the cheaper test first); either way round: a sparse report still joins the fuller
            if articles.isdisjoint(m.article_id for m in g.members)
            and (
                all(_compatible(g, x, same_article=False) for x in c.members)
                or all(_compatible(c, y, same_article=False) for y in g.members)
            )
        ]
        if fits:
            by_type.join(max(fits, key=lambda g: len(g.persons & c.persons)), c.members)
        else:
            merged.append(by_type.add(_Growing(list(c.members))))
    return [_Cluster(c.members) for c in join_lead_retellings(_join_weekday_reports(join_pledges(merged)))]


def _join_weekday_reports(clusters: list[_Cluster]) -> list[_Cluster]:
    """A report with no date anchor at all ('Pandor was meeting Lavrov in Pretoria on Monday', no publication
    date, no dated story) joins the one dated happening it fits exactly: same type and status, nested
    participants sharing a person, the same city, and a date falling on the weekday it names. Nothing else
    ties an undated report to a date: with no weekday, no city, another weekday, or two fitting events
    (the same people meet in the same city often), it stays on its own."""
    dated = [c for c in clusters if c.date()[0] and c.date()[1] == "day"]
    out = []
    for c in clusters:
        weekdays = {h["weekday"] for h in c.hints() if h.get("kind") == "weekday"}
        place = c.place()
        if c.date()[0] or len(weekdays) != 1 or not place or place.get("latitude") is None or not c.persons:
            out.append(c)
            continue
        weekday = weekdays.pop()
        status = cluster_status(c)
        fits = [
            d
            for d in dated
            if d.etype == c.etype
            and cluster_status(d) == status
            and _same_city(d.place(), place)
            and _participants_compatible(d.persons, d.others, c.persons, c.others)
            and date.fromisoformat(d.date()[0]).weekday() == weekday
            and not ({m.article_id for m in d.members} & {m.article_id for m in c.members})
        ]
        if len(fits) == 1:
            fits[0].members.extend(c.members)
            for m in c.members:
                m.joined_day = date.fromisoformat(fits[0].date()[0])
        else:
            out.append(c)
    return out


def _redate_joined(cands: list[_Cand]) -> list[_Cand]:
    """An article with no date anchor whose weekday report joins a dated happening (``_join_weekday_reports``)
    is dated by it: the day its 'on Monday' names is that happening's day, so its other reports are dated as
    they would be with that day for anchor ('met on Monday ... they also signed a pact' carries the day on), and
    all are merged again. Articles with an anchor, or whose report joined nothing, are left as they were."""
    if not any((x.cand.get("date_hints") or {}).get("kind") == "weekday" and not x.cand["event_date"] for x in cands):
        return cands  # no undated weekday report: nothing can join
    _cluster(cands)
    days: dict[str, set[date]] = {}
    for x in cands:
        if x.joined_day:
            days.setdefault(x.article_id, set()).add(x.joined_day)
    anchored = {aid: ds.pop() for aid, ds in days.items() if len(ds) == 1}
    if not anchored:
        return cands
    out = [x for x in cands if x.article_id not in anchored]
    for aid, day in anchored.items():
        own = sorted((x for x in cands if x.article_id == aid), key=lambda x: x.cand["start_char"])
        for x, cand in zip(own, redate([x.cand for x in own], day), strict=True):
            out.append(replace(x, cand=cand, joined_day=None))
    return out


def _event_id(etype: str, ids: list[str], date_bucket: str, place: str, used: set[str], tiebreak: str) -> str:
    key = "|".join([etype, ",".join(sorted(ids)), date_bucket, place])
    eid = "evt_" + hashlib.sha256(key.encode()).hexdigest()[:16]
    if eid in used:
        eid = "evt_" + hashlib.sha256((key + "|" + tiebreak).encode()).hexdigest()[:16]
    return eid


def _roles(c: _Cluster) -> dict[str, Counter]:
    """Entity -> how often each report gives it each role."""
    roles: dict[str, Counter] = {}
    for m in c.members:
        for eid, r in m.roles.items():
            roles.setdefault(eid, Counter())[r] += 1
    return roles


def _happening(
    c: _Cluster,
    roles: dict[str, Counter],
    decided: dict[str, str],
    country_of: dict[str, str],
    party_country: dict[str, str],
) -> Happening:
    place = event_place(c, roles, country_of, party_country)
    stated = place if place and place.get("place_source") == "sentence" and place.get("latitude") is not None else None
    iso, prec = c.date()
    return Happening(
        etype=c.etype,
        status=cluster_status(c),
        date=iso,
        precision=prec,
        stories=c.stories(),
        sources={eid for eid, role in decided.items() if role == "source"},
        parties=set(roles),
        place=place,
        stated_city=stated,
        phone=any(m.cand.get("event_mode") == "phone" for m in c.members),
    )


def merge_events(
    analyses: list[dict],
    articles: dict[str, dict],
    mention_entity: dict[tuple[str, int], str],
    entity_country: dict[str, str] | None = None,
) -> tuple[list[dict], list[dict], list[dict]]:
    """(events, event_participants, event_mentions) rows of the contract, one event per happening.
    entity_country: entity_id -> country of the resolved entities, the home of a source person or body whose
    own mention gives no country ('Deputy Prime Minister X slammed ...' is said in X's country)."""
    clusters = _cluster(_redate_joined(_resolve(analyses, articles, mention_entity, entity_country)))
    clusters.sort(key=lambda c: min((m.article_id, m.cand["start_char"]) for m in c.members))
    country_of = {eid: iso3 for iso3, eid in _country_entities(analyses, mention_entity).items()}
    country_of.update(untagged_states(analyses))
    events, participants, evidence, used = [], [], [], set()
    all_roles = [_roles(c) for c in clusters]
    all_decided = [merged_roles(c, roles) for c, roles in zip(clusters, all_roles, strict=True)]
    party_country = {**body_countries(analyses), **(entity_country or {}), **country_of}
    happenings = [
        _happening(c, roles, decided, country_of, party_country)
        for c, roles, decided in zip(clusters, all_roles, all_decided, strict=True)
    ]
    places_of = settled_places(clusters, all_roles, venue_places(happenings, set(country_of)), country_of, analyses)
    for c, roles, decided, place in zip(clusters, all_roles, all_decided, places_of, strict=True):
        iso, prec = c.date()
        first = min((m.article_id, m.cand["start_char"]) for m in c.members)
        bucket = iso if iso else "undated:" + first[0]
        place_key = place["location_name"] if place else ""
        event_id = _event_id(c.etype, list(roles), bucket, place_key, used, f"{first[0]}:{first[1]}")
        used.add(event_id)
        article_ids = sorted({m.article_id for m in c.members})
        sources = {m.outlet or m.article_id for m in c.members}
        modes = Counter(m.cand.get("event_mode") for m in c.members if m.cand.get("event_mode"))
        stories = Counter(m.story_id for m in c.members if m.story_id)
        lead = min(c.members, key=lambda m: (m.article_id, m.cand["start_char"]))
        events.append(
            {
                "event_id": event_id,
                "event_type": c.etype,
                "event_mode": modes.most_common(1)[0][0] if modes else None,
                "event_status": cluster_status(c),
                "event_date": iso,
                "date_precision": prec,
                "location_name": (place.get("location_written") or place["location_name"]) if place else None,
                "location_country_iso3": place["location_country_iso3"] if place else None,
                "latitude": place.get("latitude") if place else None,
                "longitude": place.get("longitude") if place else None,
                "summary": lead.cand.get("summary"),
                "story_id": stories.most_common(1)[0][0] if stories else None,
                "num_articles": len(article_ids),
                "num_sources": len(sources),
                "confidence": round(1 - 0.45 ** len(sources), 3),
            }
        )
        added = {eid: majority(counter) for eid, counter in added_roles(c.members).items()}
        for eid, role in sorted({**added, **decided}.items()):
            participants.append({"event_id": event_id, "entity_id": eid, "role": role})
        seen = set()
        for m in sorted(c.members, key=lambda m: (m.article_id, m.cand["start_char"])):
            key = (m.article_id, m.cand["start_char"], m.cand["end_char"])
            if key in seen:
                continue
            seen.add(key)
            evidence.append(
                {
                    "event_id": event_id,
                    "article_id": m.article_id,
                    "start_char": m.cand["start_char"],
                    "end_char": m.cand["end_char"],
                    "sentence": m.cand["sentence"],
                }
            )
            for extra in m.cand.get("evidence", []):
                key = (m.article_id, extra["start_char"], extra["end_char"])
                if key not in seen:
                    seen.add(key)
                    evidence.append({"event_id": event_id, "article_id": m.article_id, **extra})
    return events, participants, evidence
