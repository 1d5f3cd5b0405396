"""Counts only: the four PLOVER conventions of round 33 (wishes, claims of fact, court sentences, help to win a vote)
in gold data and in what sitrep coded.

usage (from the project root):
    .venv/bin/python bench/type_classes33.py gold
    .venv/bin/python bench/type_classes33.py coded DIR [DIR ...]
    .venv/bin/python bench/type_classes33.py rows [--labels SAVED_MAP.json]

- ``gold``: the sentences of each class among the PLOVER gold-standard records (``gsr_dev.json``, per half of
  ``bench/gsr_split.py``) and the invented sentences of ``bench/gsr_sentences32.tsv``, by gold type.
- ``coded``: the coded events of each class (its regular expression on the event's evidence sentence, and its
  event types) in every warehouse under DIR (``/tmp/evalall.sh``'s folder: devset, devset2, gsr; an
  ``/tmp/unseen_all.sh`` folder: each collection's tune and held-out halves, summed per half).
- ``rows``: the judged development rows (``trigger_audit.dev_rows``) of each class, by verdict; with ``--labels``
  (a map saved by ``bench/trigger_audit.py --save``) how many of them that code still codes.

Only counts are printed, never a text, so every mode may be run on held-out material.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

HOSTILE = {"THREATEN", "COERCE", "ASSAULT", "SANCTION", "MOBILIZE", "PROTEST"}
#: class -> (regular expression on the sentence, event types counted)
CLASSES = {
    "wish + hostile act": (
        r"\b(?:wants?|wanted|wish(?:es|ed)?|hop(?:es?|ed|ing)|would like|'d like|longs?|longed|yearn\w*|"
        r"desires?|desired) to\b|\bdream\w* of\b",
        HOSTILE,
    ),
    "claim/aver/avow/contend + ACCUSE": (r"\b(?:claim(?:s|ed|ing)?|aver\w*|avow\w*|contend(?:s|ed|ing))\b", {"ACCUSE"}),
    "court sentence (sentenc*)": (r"\bsentenc(?:e|es|ed|ing)\b", {"COERCE", "SANCTION"}),
    "help X win/secure/gain a prize": (
        r"\bhelp\w* (?:\w+ ){1,4}(?:to )?(?:win|secure|gain|clinch)\w*\b",
        {"AID", "SUPPORT"},
    ),
}


def _matches(text: str) -> list[str]:
    return [name for name, (pat, _) in CLASSES.items() if re.search(pat, text or "", re.I)]


def gold() -> None:
    from gsr_split import half

    records = json.loads((ROOT.parent / "shared" / "devset" / "plover" / "gsr_dev.json").read_text())
    counts: Counter = Counter()
    for r in records:
        for name in _matches(r["text"]):
            counts[(f"gsr {half(r['id'])}", name, r["type"])] += 1
    with (ROOT / "bench" / "gsr_sentences32.tsv").open(encoding="utf-8") as fh:
        for r in csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"):
            text = r.get("text") or r.get("sentence") or ""
            for name in _matches(text):
                counts[("gsr_sentences32", name, r.get("type") or r.get("event_type") or "?")] += 1
    _print(counts)


def coded(dirs: list[str]) -> None:
    counts: Counter = Counter()
    for d in dirs:
        for wh in sorted(Path(d).rglob("*.duckdb")):
            label = wh.stem if wh.parent == Path(d) else f"unseen {wh.stem}"
            con = duckdb.connect(str(wh), read_only=True)
            try:
                rows = con.execute(
                    "select e.event_type, m.sentence from curated.events e "
                    "join curated.event_mentions m using (event_id)"
                ).fetchall()
            finally:
                con.close()
            seen = set()
            for etype, sentence in rows:
                for name in _matches(sentence):
                    if etype in CLASSES[name][1] and (etype, sentence) not in seen:
                        seen.add((etype, sentence))
                        counts[(label, name, etype)] += 1
    _print(counts)


def rows(labels_path: str | None) -> None:
    import trigger_audit

    labels = json.loads(Path(labels_path).read_text()) if labels_path else {}
    counts: Counter = Counter()
    for r in trigger_audit.dev_rows():
        for name in _matches(r["sentence"]):
            if r["event_type"] not in CLASSES[name][1]:
                continue
            verdict = "right" if r["verdict_type"] == "y" else (r["error"] or "wrong")
            state = ""
            if labels:
                state = " gone" if labels[trigger_audit.row_id(r)][0] == "gone" else " coded"
            counts[("dev rows", name, f"{r['event_type']} {verdict}{state}")] += 1
    _print(counts)


def _print(counts: Counter) -> None:
    for key in sorted(counts):
        print("  ".join(key), counts[key], sep=": ")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("mode", choices=("gold", "coded", "rows"))
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--labels", default=None)
    args = ap.parse_args()
    if args.mode == "gold":
        gold()
    elif args.mode == "coded":
        coded(args.dirs)
    else:
        rows(args.labels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
