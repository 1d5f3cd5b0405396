"""Where each wrong event date came from, by its day offset from gold, and what sets a publication-dated event
apart (counts only).

usage (from the project root):
    .venv/bin/python bench/date_offsets.py WAREHOUSE:GOLD_JSON ...

Replays the assembly as bench/date_sources.py does and matches each gold main event as the scorer does. For
each matched event whose date is wrong it counts (gold day - our day, the source that set our day, whether the
event's type is gold's). For each event dated by the publication day (right or wrong) it counts the features
that may tell the day before from the day itself: the offsets from publication of the days the same article's
other candidates were dated by expressions of their own, whether the event is told in the opening sentences,
and the tense of its sentence ('has been detained', 'was killed', 'is marching'). Only counts are printed (never
a text), so it may be run on a held-out half.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import date_sources

#: tense cues of a sentence (counted, not applied)
TENSES = (
    ("perfect", re.compile(r"(?i)\b(has|have)\s+(been\s+)?\w+(ed|en|wn|ught|t)\b")),
    ("progressive", re.compile(r"(?i)\b(is|are)\s+\w+ing\b")),
    ("past", re.compile(r"(?i)\b(was|were|\w+ed)\b")),
)


def _tense(sentence: str) -> str:
    return next((name for name, rx in TENSES if rx.search(sentence)), "other")


def _article_days(aid: str, by_article: dict, pub: dict) -> str:
    """The offsets from publication of the own-expression days of the article's candidates ('-1,0', 'none')."""
    day = pub.get(aid)
    offs = {
        date_sources._days(c.get("event_date"), day.isoformat())
        for c in by_article.get(aid, [])
        if day and c.get("date_source") == "expression" and c.get("date_precision") == "day"
    }
    offs = {o for o in offs if o is not None and -7 <= o <= 7}
    return ",".join(str(o) for o in sorted(offs)) or "none"


def count(tables: dict, cands: dict, pub: dict, gold: dict, out: dict) -> None:
    for ge, ev, ours, gd, verdict, mem, by_article in date_sources.matched_dates(tables, cands, gold):
        path = date_sources._path(ev, ours, verdict, mem, by_article, pub, defaultdict(Counter))
        typed = "type right" if ev["event_type"] == ge["type"] else "type wrong"
        if verdict != "right":
            off = date_sources._days(gd, ours)
            out["wrong date: gold - ours, source"][f"{off:+d} {path}" if off is not None else f"? {path}"] += 1
            out["wrong date: gold - ours, " + typed][str(off)] += 1
        if path != "publication":
            continue
        holder = next((x for x in mem if x[1].get("date_source") == "publication"), mem[0] if mem else None)
        if holder is None:
            continue
        aid, cand, _m = holder
        lead = "lead" if cand["start_char"] < 600 else "later"
        ok = "right" if verdict == "right" else f"gold {date_sources._days(gd, ours)}"
        out["publication-dated: article days"][f"{ok} [{_article_days(aid, by_article, pub)}]"] += 1
        out["publication-dated: place in article"][f"{ok} {lead}"] += 1
        out["publication-dated: tense"][f"{ok} {_tense(cand.get('sentence') or '')}"] += 1
        out["publication-dated: status/type"][f"{ok} {typed}"] += 1


def main(argv: list[str]) -> int:
    out: dict[str, Counter] = defaultdict(Counter)
    for pair in (a for a in argv[1:] if not a.startswith("--")):
        wh, gold_path = pair.split(":")
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        tables, cands, pub = date_sources.replay(wh)
        count(tables, cands, pub, gold, out)
    for name, c in sorted(out.items()):
        print(f"\n{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
