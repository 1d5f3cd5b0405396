"""Where, if anywhere, the texts tell each wrong event date's gold day (counts only).

usage (from the project root):
    .venv/bin/python bench/date_reach39.py [--show] WAREHOUSE:GOLD_JSON ...
    .venv/bin/python bench/date_reach39.py --halves tune ROOT ...   (every collection of event_split roots)

Replays the assembly and matches each gold main event as the scorer does (``date_sources.matched_dates``); each
matched event whose day is wrong (gold at day precision) is put in its ``date_classes38`` class and in the first
reach below that holds, the nearest place a general rule could take gold's day from:

- `a member held it`: one of the event's own reports gave gold's day (the merge kept another);
- `a member's publication day`: a report of the event was published on gold's day;
- `another act of a member article`: a candidate of another act told in a report of the event has gold's day
  (a day to carry from a neighbouring act);
- `an expression of a member article`: a time expression of a report of the event, read against that report's
  publication day, names gold's day (told but not attached);
- `another event of the story`: some merged event of the story of a report has gold's day;
- `nowhere`: none of these (outside knowledge, another time zone, a gold convention).

Gold days at month or year precision are counted apart (`gold month/year`). --show prints, for development
warehouses and tuning halves only (refused for a held-out half), each miss's class, reach and member sentences.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict

import date_classes38
import date_sources
import duckdb

from sitrep.extract import dates


def _bodies(warehouse: str) -> dict[str, tuple[str, str | None]]:
    """article_id -> (body, story_id) of the warehouse's articles."""
    con = duckdb.connect(warehouse, read_only=True)
    rows = con.execute("select article_id, coalesce(body, ''), story_id from curated.articles").fetchall()
    con.close()
    return {a: (b, s) for a, b, s in rows}


def told_days(body: str, published) -> set[str]:
    """ISO days the time expressions of ``body`` name, read against ``published`` (full dates only without it)."""
    out = set()
    for expr in dates.find_time_expressions(body, include_dateline=True):
        for future in (False, True):
            day, precision = dates.resolve(expr, published, future=future)
            if day and precision == "day":
                out.add(day)
    return out


def reach(gd: str, mem: list, by_article: dict, pub: dict, bodies: dict, story_days: dict) -> str:
    """The first reach (see the module's docstring) at which gold's day ``gd`` is told."""
    arts = {a for a, _c, _m in mem}
    if any(c.get("event_date") == gd for _a, c, _m in mem):
        return "a member held it"
    if any(pub.get(a) and pub[a].isoformat() == gd for a in arts):
        return "a member's publication day"
    if any(c.get("event_date") == gd for a in arts for c in by_article.get(a, [])):
        return "another act of a member article"
    if any(gd in told_days(bodies.get(a, ("", None))[0], pub.get(a)) for a in arts):
        return "an expression of a member article"
    stories = {bodies.get(a, ("", None))[1] for a in arts} - {None}
    if any(gd in story_days.get(s, set()) for s in stories):
        return "another event of the story"
    return "nowhere"


def _story_days(tables: dict, bodies: dict) -> dict[str, set[str]]:
    """story_id -> the days of the merged events its articles report."""
    ev_day = {e["event_id"]: str(e["event_date"]) for e in tables["events"] if e.get("event_date")}
    out: dict[str, set[str]] = defaultdict(set)
    for m in tables["event_mentions"]:
        story = bodies.get(m["article_id"], ("", None))[1]
        if story and m["event_id"] in ev_day:
            out[story].add(ev_day[m["event_id"]])
    return out


def count(wh: str, gold: dict, out: Counter, show: bool) -> None:
    tables, cands, pub = date_sources.replay(wh)
    bodies = _bodies(wh)
    story_days = _story_days(tables, bodies)
    for ge, ev, ours, gd, verdict, mem, by_article in date_sources.matched_dates(tables, cands, gold):
        if verdict == "right":
            out[("(right)", "")] += 1
            continue
        path = date_sources._path(ev, ours, verdict, mem, by_article, pub, defaultdict(Counter))
        kind = date_classes38.date_class(ge, ev, ours, gd, path, mem, pub)
        where = reach(gd, mem, by_article, pub, bodies, story_days) if len(gd) == 10 else "gold month/year"
        out[(kind, where)] += 1
        if show:
            print(f"\n## [{kind}] [{where}] {ge['type']} gold {gd} ours {ours} path {path} ({ev['event_type']})")
            for a, _c, m in mem:
                print(f"    {a} pub {pub.get(a)}: {m['sentence'][:200]!r}")


def main(argv: list[str]) -> int:
    show_asked = "--show" in argv
    pairs = date_classes38.warehouse_pairs(argv)
    out: Counter = Counter()
    for wh, gold in pairs:
        count(wh, gold, out, show_asked and "held-out" not in wh)
    right = out.pop(("(right)", ""), 0)
    wrong = sum(out.values())
    print(f"matched events: {right + wrong}, date right {right}, wrong {wrong}")
    reaches: Counter = Counter()
    for (_k, where), v in out.items():
        reaches[where] += v
    for where, v in reaches.most_common():
        print(f"  {v:4} {where}")
    print("by class and reach:")
    for (kind, where), v in sorted(out.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {v:4} {kind} / {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
