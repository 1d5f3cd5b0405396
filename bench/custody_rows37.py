"""Counts of the judged development rows about arrests, charges, detention, trials and court rulings, by class.

usage (from the project root):
    .venv/bin/python bench/custody_rows37.py

Reads the DEVELOPMENT samples only (``trigger_audit.dev_rows``: ``bench/precision/dev_judged*.tsv``, never the
evaluation sample) and prints, per class of wording, how many rows there are and their (type, mode, verdicts)
cells, so the PLOVER reading of each class (charge ACCUSE allege, custody COERCE arrest, a court's ruling) can be
checked against the judges' verdicts. Counts only; no sentence is printed.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from trigger_audit import dev_rows  # noqa: E402

#: class -> (a test on the row's coded event, a pattern of its sentence)
CLASSES = {
    "charge coded ACCUSE allege": (
        lambda r: (r["event_type"], r["event_mode"]) == ("ACCUSE", "allege"),
        r"\b(charg|indict|prosecut)",
    ),
    "charge coded COERCE (no arrest word)": (
        lambda r: r["event_type"] == "COERCE" and not re.search(r"arrest|detain|jail|prison", r["sentence"], re.I),
        r"\b(charged|indicted)",
    ),
    "court or judge blocking": (lambda r: True, r"\b(judge|court)\b.*\b(block|injunction|restraining|halt)"),
    "claim noun with a 'that' clause": (
        lambda r: True,
        r"\b(allegation|accusation|rumou?r|assertion|insinuation|contention)s? that",
    ),
    "agentless COERCE arrest (no source coded)": (
        lambda r: (r["event_type"], r["event_mode"]) == ("COERCE", "arrest") and not r["sources"].strip(),
        r".",
    ),
    "passive held/kept": (lambda r: True, r"\b(been|being|was|were|is|are) (held|kept)\b"),
    "passive charged/indicted/prosecuted": (
        lambda r: True,
        r"\b(been|was|were|is|are) (charged|indicted|prosecuted)\b",
    ),
}


def main() -> int:
    rows = dev_rows()
    print(f"development rows: {len(rows)}")
    for name, (test, pattern) in CLASSES.items():
        sel = [r for r in rows if test(r) and re.search(pattern, r["sentence"], re.I)]
        cells = Counter(
            f"{r['event_type']}/{r['event_mode'] or '-'} {r['verdict_type']}{r['verdict_source']}{r['verdict_target']}"
            for r in sel
        )
        type_right = sum(r["verdict_type"] == "y" for r in sel)
        print(f"{name}: {len(sel)} rows, type right {type_right}")
        for cell, n in cells.most_common():
            print(f"    {cell:<28} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
