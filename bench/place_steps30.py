"""Which step set the place of each matched gold event whose place is wrong, by its full path (counts only; safe
on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_steps30.py --dir /tmp/unseen-base tune|held-out

The path is bench/place_sources.py's (the reports' source and way, the merge's decision, then the later steps:
venue, seat, story_city); the kind is place_sources' (city: right country, wrong city; country; ours none; gold
none). Prints the counts of (kind, path) over the misses, and of the paths of the right places for reference.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import place_sources as ps
from miss_causes import COLLECTIONS
from place_misses import print_tally


def main(argv: list[str]) -> int:
    base, half = [a for a in argv[1:] if not a.startswith("--")]
    tally = {"misses by kind and full path": Counter(), "right by full path": Counter()}
    for c in COLLECTIONS:
        wh = Path(f"{base}/{c}/{half}.duckdb")
        if not wh.exists():
            continue
        gold = json.loads(Path(f"{base}/{c}/{half}/gold.json").read_text(encoding="utf-8"))
        tables, paths = ps.replay(str(wh))
        events = {e["event_id"]: e for e in tables["events"]}
        path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
        for ge, best in ps.matches(tables, gold):
            kind = ps._kind(ge, events[best])
            if kind == "right":
                tally["right by full path"][path_of[best]] += 1
            else:
                tally["misses by kind and full path"][f"{kind}: {path_of[best]}"] += 1
    print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
