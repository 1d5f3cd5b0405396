"""Round 36's count of the development rows judged "not an event" that the code still codes, by cause, as
``notevent_classes35`` counts them, optionally with each article's publication date (``--dated``).

usage (from the project root):
    .venv/bin/python bench/notevent_classes36.py [--dated]

A rule that needs the report's date (an act dated by a year long before the report is history,
``event_dates.long_past``) fires only when a sentence runs under its article's date: ``--dated`` gives each
sentence the date the pipeline gives its article (``trigger_audit.article_dates``). Prints how many rows of each
kind are still coded (not an event, type right, wrong type) and the not-an-event rows by cause (the judge's note,
classes of ``notevent_classes35.CAUSES``). Prints counts only, no sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dated", action="store_true", help="run each sentence under its article's publication date")
    args = ap.parse_args()
    import trigger_audit as ta
    from notevent_classes35 import cause

    rows = ta.dev_rows()
    dates = ta.article_dates({r["article_id"] for r in rows}) if args.dated else {}
    kinds, causes = Counter(), Counter()
    for r, best, _doc in ta.row_candidates(rows, dates):
        if best is None:
            continue
        kind = ta.verdict_kind(r)
        kinds[kind] += 1
        if kind == "not an event":
            causes[cause(r["note"] or "")] += 1
    print(f"rows {len(rows)}, dated {sum(r['article_id'] in dates for r in rows)}; still coded: {dict(kinds)}")
    print("not an event, by cause (judge's note):")
    for name, n in causes.most_common():
        print(f"  {n:>4}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
