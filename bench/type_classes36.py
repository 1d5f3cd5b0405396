"""Counts only: the judged development rows coded with the WRONG PLOVER TYPE, by (coded type, gold type) pair, by
trigger and by sentence class (round 36's type classes), and which of them the current code still codes.

usage (from the project root):
    .venv/bin/python bench/type_classes36.py pairs --labels SAVED_MAP.json [--min 2]
    .venv/bin/python bench/type_classes36.py gold | coded DIR [DIR ...] | rows [--labels SAVED_MAP.json]

- ``pairs``: every development row judged ``wrong-type`` (``trigger_audit.dev_rows``) that the saved map
  (``bench/trigger_audit.py --save``) still codes, counted by (coded type, gold type) -- the gold type is the
  first PLOVER category the row's note names other than the coded one ('?' when the note names none) -- and by
  trigger label of the map;
- ``gold``/``coded``/``rows``: the modes of ``bench/type_classes33.py`` with the classes below.

Classes:
- ``modal promise``: will/shall/vow/pledge/promise/offer/intend/plan to + act -- PLOVER: a stated intent, offer
  or promise is AGREE;
- ``court act``: sentence/convict/charge/indict/jail -- COERCE (sentence, jail) or ACCUSE (charge, indict);
- ``rejection verb``: reject/refuse/deny/dismiss/veto/turn down -- REJECT, not an attack or a coercion.

Only counts are printed, never a text, so every mode may be run on held-out material.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import type_classes33 as base  # noqa: E402

PLOVER = [
    "AGREE",
    "ACCUSE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
]
CLASSES = {
    "modal promise": (
        r"\b(?:will|shall|'ll|vow\w*|pledg\w*|promis\w*|offer\w*|intend\w*|plans?|planned) (?:\w+ ){0,2}?"
        r"(?:to )?\w+",
        set(PLOVER) - {"AGREE"},
    ),
    "court act": (
        r"\b(?:sentenc\w*|convict\w*|charg\w*|indict\w*|jail\w*|prosecut\w*|acquit\w*)\b",
        set(PLOVER) - {"COERCE", "ACCUSE", "SANCTION"},
    ),
    "rejection verb": (
        r"\b(?:reject\w*|refus\w*|den(?:y|ies|ied)|dismiss\w*|veto\w*|turn\w* down|rebuff\w*)\b",
        {"ASSAULT", "COERCE", "THREATEN", "SANCTION"},
    ),
}


def gold_type(note: str, coded: str) -> str:
    for word in re.findall(r"\b[A-Z]{4,}\b", note or ""):
        if word in PLOVER and word != coded:
            return word
    return "?"


def pairs(labels_path: str, least: int) -> None:
    import trigger_audit

    labels = json.loads(Path(labels_path).read_text())
    pair: Counter = Counter()
    trig: Counter = Counter()
    for r in trigger_audit.dev_rows():
        if r["error"] != "wrong-type":
            continue
        label = labels[trigger_audit.row_id(r)]
        if label[0] == "gone":
            continue
        gold = gold_type(r["note"], r["event_type"])
        pair[(r["event_type"], gold)] += 1
        trig[(r["event_type"], gold, label[1])] += 1
    print(f"wrong-type rows still coded: {sum(pair.values())}")
    print("by (coded type, gold type):")
    for (coded, gold), n in pair.most_common():
        if n >= least:
            print(f"  {coded:<10} -> {gold:<10} {n}")
    print("by (coded type, gold type, trigger):")
    for (coded, gold, lem), n in trig.most_common():
        if n >= least:
            print(f"  {coded:<10} -> {gold:<10} {lem:<30} {n}")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "pairs":
        ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
        ap.add_argument("mode")
        ap.add_argument("--labels", required=True)
        ap.add_argument("--min", type=int, default=1)
        args = ap.parse_args()
        pairs(args.labels, args.min)
        return 0
    base.CLASSES.clear()
    base.CLASSES.update(CLASSES)
    return base.main()


if __name__ == "__main__":
    raise SystemExit(main())
