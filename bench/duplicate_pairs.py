"""Duplicate events of one warehouse against one gold: what tells each stored pair apart (counts only).

usage (from the project root):
    .venv/bin/python bench/duplicate_pairs.py WAREHOUSE GOLD_JSON [WAREHOUSE GOLD_JSON ...] [--show]

A duplicate follows the acceptance scorer (../shared/bin/evaluate.py): for a found gold event, the coded events
with evidence in its documents, carrying every resolved gold actor, of the gold type and with a compatible date
(right at the gold precision, or none), not counting one that belongs to a more specific gold event. Every pair of
such events is described by features only, never a text, so the tool may be run on held-out halves:

- where: the same article, another article of the same story, or another story;
- date: equal / one undated / both undated / different (at day precision), and each side's date sources;
- parties: equal / one a superset / overlapping, and how many each side has;
- status (occurred, planned, ...), mode, place (equal / one unplaced / other city / other country);
- trigger: whether the two events share a trigger word (the candidates' first trigger words);
- why apart: the first merge test (sitrep/extract/event_merge.py) the pair fails, read from the stored
  features: status (an undated planned one and a held one), place, date, parties (not nested), story (an
  undated report of another story), or none of these (the merge's order or a later re-dating);
- merge test: the first test of event_merge._compatible each side's candidates (in the article the two share)
  fail against the other side, with the candidates rebuilt as the run built them (entity resolution, re-dating).
- sentences: same sentence / adjacent / within 500 characters / further; unshared: each side's parties the other
  lacks, as entity type (role).

--show (tuning halves, dev sets only) also prints the two events' triggers and sentences.
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
from miss_causes import Warehouse

FEATURES = (
    "where",
    "sentences",
    "date",
    "date sources",
    "parties",
    "persons",
    "roles",
    "unshared",
    "status",
    "mode",
    "place",
    "place sources",
    "trigger",
    "why apart",
    "merge test",
)


class Stored(Warehouse):
    """The scorer's tables plus what the pair features need: modes, stories, candidates behind each event."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        con = duckdb.connect(str(path), read_only=True)
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        self.extra = {
            r[0]: r[1:] for r in q("select event_id, event_mode, story_id, date_precision from curated.events")
        }
        self.story_of = dict(q("select article_id, story_id from curated.articles"))
        self.label = dict(q("select entity_id, entity_type from curated.entities"))
        self.country = dict(q("select entity_id, country_iso3 from curated.entities"))
        self.role = defaultdict(dict)
        for eid, ent, role in q("select event_id, entity_id, role from curated.event_participants"):
            self.role[eid][ent] = role
        cands = {}
        for aid, text in q("select article_id, analysis from ops.article_analyses"):
            for c in json.loads(text).get("event_candidates", []):
                cands[(aid, c["start_char"])] = c
        self.cands = defaultdict(list)
        for eid, spans in self.spans.items():
            self.cands[eid] = [cands[(aid, lo)] for aid, lo, _ in spans if (aid, lo) in cands]
        con.close()


def _mine(wh: Stored, gold: dict) -> list[set[str]]:
    resolved = {ent["canonical"]: wh.resolve(ent) for ent in gold["entities"]}
    same = []
    for ge in gold["events"]:
        actors = [resolved.get(a) for a in ge["actors"]]
        if None in actors:
            same.append(set())
            continue
        docs = set(ge["docs"])
        cands = [e for e in wh.events if set(actors) <= wh.parts[e] and wh.docs[e] & docs]
        same.append({e for e in cands if wh.score(ge, e)[0] and (wh.score(ge, e)[1] or not wh.events[e][2])})
    out = []
    for i, ge in enumerate(gold["events"]):
        if ge.get("background"):
            continue
        wider = [j for j, g2 in enumerate(gold["events"]) if j != i and len(g2["actors"]) > len(ge["actors"])]
        out.append({e for e in same[i] if not any(e in same[j] for j in wider)})
    return out


def _where(wh: Stored, a: str, b: str) -> str:
    arts_a, arts_b = {x for x, _, _ in wh.spans[a]}, {x for x, _, _ in wh.spans[b]}
    if arts_a & arts_b:
        return "same article"
    stories_a = {wh.story_of.get(x) for x in arts_a} - {None}
    stories_b = {wh.story_of.get(x) for x in arts_b} - {None}
    return "same story" if stories_a & stories_b else "other story"


def _date(da: str | None, db: str | None) -> str:
    if not da and not db:
        return "both undated"
    if not da or not db:
        return "one undated"
    return "equal" if da == db else "different"


def _parties(pa: set[str], pb: set[str]) -> str:
    if pa == pb:
        return "equal"
    if pa <= pb or pb <= pa:
        return f"superset ({min(len(pa), len(pb))} in {max(len(pa), len(pb))})"
    return "overlapping"


def _sentences(wh: Stored, a: str, b: str) -> str:
    """How far apart the two events' nearest evidence sentences are, in one article (in sentences of evidence)."""
    spans = sorted({(x, lo, hi, e) for e in (a, b) for x, lo, hi in wh.spans[e]})
    if any(x1 == x2 and lo1 == lo2 and e1 != e2 for x1, lo1, _, e1 in spans for x2, lo2, _, e2 in spans):
        return "same sentence"
    best = None
    for (x1, _, hi1, e1), (x2, lo2, _, e2) in zip(spans, spans[1:], strict=False):
        if x1 == x2 and e1 != e2:
            best = min(best or 10**9, lo2 - hi1)
    if best is None:
        return "other articles"
    return "adjacent" if best <= 2 else ("within 500 chars" if best <= 500 else "further")


def _persons(wh: Stored, a: str, b: str) -> str:
    pa = {e for e in wh.parts[a] if wh.label.get(e) == "PERSON"}
    pb = {e for e in wh.parts[b] if wh.label.get(e) == "PERSON"}
    if not pa and not pb:
        return "none"
    if not pa or not pb:
        return "one side only"
    return "nested" if (pa <= pb or pb <= pa) and pa & pb else "not nested"


def _roles(wh: Stored, a: str, b: str) -> str:
    def side(e: str, role: str) -> set[str]:
        return {x for x, r in wh.role[e].items() if r == role}

    src, tgt = side(a, "source") & side(b, "source"), side(a, "target") & side(b, "target")
    crossed = (side(a, "source") & side(b, "target")) | (side(a, "target") & side(b, "source"))
    out = ("source" if src else "") + ("+target" if tgt else "") + (" crossed" if crossed else "")
    return "shared " + out.strip("+ ") if out.strip() else "nothing shared by role"


def _unshared(wh: Stored, a: str, b: str) -> str:
    """Each side's parties the other lacks, as type(role), and whether each is of a country the other side's
    own unshared parties are of (a state and its forces or officials)."""

    def kind(e: str) -> str:
        return (
            (wh.label.get(e) or ("GROUP" if e.startswith("ent_grp_") else "?"))
            + "("
            + wh.role[a if e in wh.role[a] else b][e]
            + ")"
        )

    only_a, only_b = wh.parts[a] - wh.parts[b], wh.parts[b] - wh.parts[a]
    ca = {wh.country.get(e) for e in only_a} - {None}
    cb = {wh.country.get(e) for e in only_b} - {None}
    sides = [",".join(sorted(kind(e) for e in side)) or "-" for side in (only_a, only_b)]
    return " | ".join(sorted(sides)) + ("; same country" if ca & cb else "")


def _place_sources(wh: Stored, a: str, b: str) -> str:
    return " / ".join(sorted(",".join(sorted({c.get("place_source") or "-" for c in wh.cands[e]})) for e in (a, b)))


def _place(wh: Stored, a: str, b: str) -> str:
    pa, pb = wh.events[a][3:5], wh.events[b][3:5]
    if not pa[1] or not pb[1]:
        return "both unplaced" if not pa[1] and not pb[1] else "one unplaced"
    if pa[1] != pb[1]:
        return "other country"
    return "equal" if pa[0] == pb[0] else "other city"


def _words(wh: Stored, e: str) -> set[str]:
    return {(c.get("trigger") or "").split(" ")[0].lower() for c in wh.cands[e]} - {""}


def _why(wh: Stored, a: str, b: str, feats: dict[str, str]) -> str:
    statuses = {wh.events[a][1], wh.events[b][1]}
    if len(statuses) > 1 and feats["date"] != "equal":
        return "status"
    if feats["place"] in ("other country", "other city"):
        return "place"
    if feats["date"] == "different":
        return "date"
    if feats["parties"] == "overlapping":
        return "parties"
    if feats["where"] == "other story" and feats["date"] != "equal":
        return "story"
    if feats["date"] == "one undated":
        return "undated beside dated"
    return "none of these"


def _candidates(path: Path) -> dict[tuple[str, int, str], list]:
    """(article_id, start_char, type) -> the merge's resolved candidates, rebuilt as stage_extraction builds it."""
    from sitrep.extract import entities, event_merge, first_days
    from sitrep.extract.pipeline import _published_dates

    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        "select a.article_id, a.published_at, a.url, a.outlet, a.story_id, a.title, a.duplicate_of, a.dateline, "
        "c.caption_text, x.analysis from curated.articles a left join quality.article_captions c using (article_id) "
        "join ops.article_analyses x on x.article_id = a.article_id "
        "where a.duplicate_kind is distinct from 'exact' order by a.article_id"
    ).fetchall()
    cols = [d[0] for d in con.description]
    con.close()
    metas = [dict(zip(cols, r, strict=True)) for r in rows]
    analyses = [json.loads(m.pop("analysis")) for m in metas]
    articles = {m["article_id"]: m for m in metas}
    entity_rows, mention_entity = entities.resolve_entities(analyses, _published_dates(articles))
    countries = {e["entity_id"]: e["country_iso3"] for e in entity_rows if e.get("country_iso3")}
    dated = first_days.redate_first_published(analyses, articles)
    cands = event_merge._resolve(dated, articles, mention_entity, countries)
    out: dict[tuple, list] = defaultdict(list)
    for x in cands:
        out[(x.article_id, x.cand["start_char"], x.cand["event_type"])].append(x)
    return out


def _merge_test(c, x, same_article: bool) -> str:
    """The first test of event_merge._compatible the candidate fails against the cluster ('passes' if none)."""
    from sitrep.extract import cluster_fits as cf
    from sitrep.extract import event_merge as em

    if c.etype != x.cand["event_type"]:
        return "type"
    if c.etype in cf.TIT_FOR_TAT and cf.reversed_roles(c, x):
        return "reversed roles"
    if not em._participants_compatible(c.persons, c.others, set(x.persons), set(x.others)):
        rescued = em.official_and_state(c, x) if same_article else (em._same_dyad(c, x) or em.same_state_dyad(c, x))
        if not rescued:
            kind = (
                "persons" if c.persons and x.persons else ("one side persons" if c.persons or x.persons else "others")
            )
            return f"participants ({kind} not nested)"
    if not cf.places_compatible(c.place(), x.cand, c.etype) and not em._home_or_target_ground(c, x, same_article):
        return "places"
    if not em._compatible(c, x, same_article):
        return "dates/status"
    return "passes"


def merge_tests(wh: Stored, cands: dict, a: str, b: str) -> str:
    """Both ways round, within the article the two share (else across articles)."""
    from sitrep.extract.report_clusters import Cluster

    shared = {x for x, _, _ in wh.spans[a]} & {x for x, _, _ in wh.spans[b]}
    etype = wh.events[a][0]
    side = [
        [y for x, lo, _ in wh.spans[e] if not shared or x in shared for y in cands.get((x, lo, etype), [])]
        for e in (a, b)
    ]
    if not side[0] or not side[1]:
        return "candidates not rebuilt"
    tests = set()
    for one, other in ((0, 1), (1, 0)):
        c = Cluster(list(side[one]))
        tests |= {_merge_test(c, x, bool(shared)) for x in side[other]}
    return ",".join(sorted(tests))


def pair_features(wh: Stored, a: str, b: str) -> dict[str, str]:
    feats = {
        "where": _where(wh, a, b),
        "sentences": _sentences(wh, a, b),
        "date": _date(wh.events[a][2], wh.events[b][2]),
        "date sources": " / ".join(
            sorted(",".join(sorted({c.get("date_source") or "-" for c in wh.cands[e]})) for e in (a, b))
        ),
        "parties": _parties(wh.parts[a], wh.parts[b]),
        "persons": _persons(wh, a, b),
        "roles": _roles(wh, a, b),
        "unshared": _unshared(wh, a, b),
        "status": " / ".join(sorted((wh.events[a][1] or "-", wh.events[b][1] or "-"))),
        "mode": "equal" if wh.extra[a][0] == wh.extra[b][0] else "different",
        "place": _place(wh, a, b),
        "place sources": _place_sources(wh, a, b),
        "trigger": "shared word" if _words(wh, a) & _words(wh, b) else "other words",
    }
    feats["why apart"] = _why(wh, a, b, feats)
    return feats


def main(argv: list[str]) -> int:
    show = "--show" in argv
    args = [a for a in argv[1:] if a != "--show"]
    if show and any("held" in a for a in args):
        print("--show is for tuning halves and dev sets only", file=sys.stderr)
        return 2
    tally: dict[str, Counter] = {f: Counter() for f in FEATURES}
    pairs = 0
    for wh_path, gold_path in zip(args[::2], args[1::2], strict=True):
        wh, gold = Stored(Path(wh_path)), json.loads(Path(gold_path).read_text(encoding="utf-8"))
        cands = None
        for mine in _mine(wh, gold):
            for a, b in itertools.combinations(sorted(mine), 2):
                pairs += 1
                feats = pair_features(wh, a, b)
                cands = cands if cands is not None else _candidates(Path(wh_path))
                feats["merge test"] = merge_tests(wh, cands, a, b)
                print(
                    f"pair {pairs} ({Path(wh_path).parent.name}/{Path(wh_path).stem}): "
                    + "; ".join(f"{k} {v}" for k, v in feats.items())
                )
                if show:
                    for e in (a, b):
                        for c in wh.cands[e]:
                            print(f"    {e} {wh.events[e][:3]} [{c.get('trigger')}] {c['sentence'].strip()[:300]}")
                for k, v in feats.items():
                    tally[k][v] += 1
    print(f"pairs {pairs}")
    for k in FEATURES:
        print(f"{k}: " + "; ".join(f"{v} {n}" for v, n in tally[k].most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
