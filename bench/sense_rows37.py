"""Round 37's list of the still-coded development rows judged "not an event" whose judge's note names a non-political
sense or another sense of the trigger (``notevent_classes35.CAUSES``), grouped by the coded trigger, from a map saved
by ``trigger_audit.py --save``.

usage (from the project root):
    .venv/bin/python bench/sense_rows37.py SAVED.json [--show]

Rows: the DEVELOPMENT samples only (``trigger_audit.dev_rows``, never ``judged.tsv``). Prints per class and trigger
the number of rows; ``--show`` adds each row's sentence and note (development text: read, never copy into code or
tests).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CLASSES = ("non-political sense", "another sense of the verb")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("saved", type=Path)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    import trigger_audit as ta
    from notevent_classes35 import cause

    labels, _run = ta.read_map(args.saved)
    counts: Counter = Counter()
    for r in ta.dev_rows():
        entry = labels.get(ta.row_id(r), ("gone",))[0]
        if entry == "gone" or r["error"] != "not-an-event":
            continue
        kind = cause(r["note"] or "")
        if not kind.startswith(CLASSES):
            continue
        counts[(kind.split(" (")[0], entry.split()[0])] += 1
        if args.show:
            print(f"[{kind.split(' (')[0]}] {r['event_type']} {entry} :: {r['sentence']}\n      note: {r['note']}")
    for (kind, entry), n in sorted(counts.items(), key=lambda kv: (kv[0][0], -kv[1])):
        print(f"{n:>3}  {kind:<26} {entry}")
    print(f"total {sum(counts.values())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
