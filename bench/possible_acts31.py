"""Development rows only: how the rule of ``sitrep.extract.possible_acts`` changes the events coded in the sentences of
the judged development samples that hold a modal of possibility (could / might / may) or a verb of weighing an option.

usage (from the project root):
    .venv/bin/python bench/possible_acts31.py

Reads ``bench/precision/dev_judged*.tsv`` (never the evaluation sample ``judged.tsv``), runs each sentence holding a
modal through the real extraction twice (with the rule turned off, then on) and prints every row whose sentence codes
other events, with its verdicts, then the counts.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from sitrep.config import DEFAULT_MODEL
from sitrep.extract import entities, event_candidates, events
from sitrep.extract.nlp import load_nlp

MODAL = re.compile(r"\b(?:could|might|may|consider\w*|weigh\w*|mull\w*)\b")
SAMPLES = Path(__file__).parent / "precision"


def _rows() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(SAMPLES.glob("dev_judged*.tsv")):
        with path.open(encoding="utf-8", errors="replace") as f:
            out += [(path.stem, r) for r in csv.DictReader(f, delimiter="\t")]
    return out


def _coded(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    found = events.doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return sorted((c["event_type"], c["event_status"]) for c in found)


def main(model: str = DEFAULT_MODEL) -> int:
    nlp = load_nlp(model)
    rule = event_candidates.possible_act
    rows = _rows()
    coded: dict[str, tuple[list, list]] = {}
    for _, r in rows:
        text = r.get("sentence") or ""
        if not MODAL.search(text) or text in coded:
            continue
        event_candidates.possible_act = lambda ctx, cand, trig, actor_of: cand
        before = _coded(nlp, text)
        event_candidates.possible_act = rule
        coded[text] = (before, _coded(nlp, text))
    changed = 0
    for sample, r in rows:
        before, after = coded.get(r.get("sentence") or "", (None, None))
        if before != after:
            changed += 1
            print(sample, r["event_type"], r["event_status"], r["verdict_type"], r["error"], before, "->", after)
    print(f"{len(rows)} development rows; {len(coded)} sentences with a modal; {changed} rows whose sentence changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
