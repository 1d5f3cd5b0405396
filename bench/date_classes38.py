"""Each wrong event date put in one class by its likely cause (counts only).

usage (from the project root):
    .venv/bin/python bench/date_classes38.py [--show] WAREHOUSE:GOLD_JSON ...
    .venv/bin/python bench/date_classes38.py --halves tune ROOT ...   (every collection of event_split roots)

Replays the assembly and matches each gold main event as the scorer does (``date_sources.matched_dates``); a
matched event whose date is wrong (to gold's precision) is put in the first class that fits:

- `no date: undated report` / `no date: planned` / `no date: other`: we give none where gold has one;
- `gold has no date`;
- `precision` (gold month or year, ours a day, or the reverse);
- `another act matched` (the matched event is of another type than gold's: its day is another act's);
- `cross-article: undated report` (no member article has a publication day: the day came from the story);
- `planned dated in the past` / `planned, other day` (our event is planned, or gold's modality is);
- `weekday: wrong week` (a weekday of the sentence, off by a multiple of seven days);
- `last week / month` (a week, weekend or month expression);
- `expression: a day off by 1` (the text's own day, one off gold: a date line / time zone or the day of a
  neighbouring clause) / `expression: another clause's day` (further off);
- `report day vs event day` (publication-dated, gold earlier), `carried day` (the discourse's day of an
  earlier sentence), `statement day` (the day of the telling), `merge` (set by a merge step) and `other`.

--show prints, for development warehouses and tuning halves only (refused for a held-out half), the class of each
miss beside date_sources' listing of its members. Only counts are printed otherwise.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import date_sources
from miss_causes import split_halves

WEEK_KINDS = frozenset({"rel_week", "weekend", "rel_month", "month"})


def _kinds(mem: list) -> set[str]:
    """The expression kinds of the members' own dates."""
    return {(c.get("date_hints") or {}).get("kind") or "" for _a, c, _m in mem}


def date_class(ge: dict, ev: dict, ours: str, gd: str, path: str, mem: list, pub: dict) -> str:
    """The class of one wrong date (see the module's docstring)."""
    planned = ev.get("event_status") == "planned" or ge.get("modality") == "planned"
    undated = bool(mem) and not any(pub.get(a) for a, _c, _m in mem)
    if not ours:
        return "no date: " + ("undated report" if undated else "planned" if planned else "other")
    if not gd:
        return "gold has no date"
    if ge.get("date_precision", "day") != "day" or ev.get("date_precision") != "day":
        return "precision"
    if ev["event_type"] != ge["type"] and not (planned and ge["type"] == "AGREE"):
        return "another act matched"
    if undated:
        return "cross-article: undated report"
    off = date_sources._days(gd, ours)
    if planned:
        return "planned dated in the past" if off is not None and off > 0 else "planned, other day"
    if path.startswith("expression:weekday") and off and off % 7 == 0:
        return "weekday: wrong week"
    if path.split(":")[-1] in WEEK_KINDS or _kinds(mem) & WEEK_KINDS:
        return "last week / month"
    if path.startswith("expression"):
        return "expression: a day off by 1" if off in {-1, 1} else "expression: another clause's day"
    if path.startswith("publication"):
        return "report day vs event day"
    if path.startswith("discourse"):
        return "carried day"
    if path.startswith(("statement", "told")):
        return "statement day"
    if path.startswith("merge"):
        return "merge"
    return "other"


def count(wh: str, gold: dict, out: Counter, show: bool) -> None:
    tables, cands, pub = date_sources.replay(wh)
    for ge, ev, ours, gd, verdict, mem, by_article in date_sources.matched_dates(tables, cands, gold):
        if verdict == "right":
            out["(right)"] += 1
            continue
        path = date_sources._path(ev, ours, verdict, mem, by_article, pub, defaultdict(Counter))
        kind = date_class(ge, ev, ours, gd, path, mem, pub)
        out[kind] += 1
        if show:
            print(f"\n## [{kind}] {ge['type']} gold {gd} ours {ours} path {path} ({ev['event_type']})")
            for a, c, m in mem:
                print(
                    f"    {date_sources._label(c):24} {c.get('event_date')} pub {pub.get(a)}: {m['sentence'][:240]!r}"
                )


def warehouse_pairs(argv: list[str]) -> list[tuple[str, dict]]:
    """(warehouse path, gold) pairs from the command line: `--halves HALF ROOT...` or `WAREHOUSE:GOLD ...`."""
    args = [a for a in argv[1:] if not a.startswith("--")]
    if "--halves" in argv:
        half, roots = args[0], args[1:]
        return [(str(wh), g) for _c, wh, g in split_halves(roots, half)]
    pairs = []
    for pair in args:
        wh, gold_path = pair.split(":")
        pairs.append((wh, json.loads(Path(gold_path).read_text(encoding="utf-8"))))
    return pairs


def main(argv: list[str]) -> int:
    show_asked = "--show" in argv
    pairs = warehouse_pairs(argv)
    out: Counter = Counter()
    for wh, gold in pairs:
        count(wh, gold, out, show_asked and "held-out" not in wh)
    right = out.pop("(right)", 0)
    print(f"matched events: {right + sum(out.values())}, date right {right}, wrong {sum(out.values())}")
    for k, v in out.most_common():
        print(f"  {v:4} {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
