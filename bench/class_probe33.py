"""Count how the judged development rows the current code still codes fall into candidate classes of a rule.

usage (from the project root): .venv/bin/python bench/class_probe33.py [--skip 4646] [--show CLASS]

Every judged row of the DEVELOPMENT samples (``trigger_audit.dev_rows``; never ``judged.tsv`` nor its shelf) is
run alone through the real extraction; the candidate of the row's type is traced to its trigger token (as
``frame_classes32`` does) and each predicate of ``CLASSES`` is read on it. Printed per class: the rows it holds
that are still coded, type right, not an event, wrong type, and the samples (files) its wrong rows come from, so
that a class is built only when its wrong rows recur in two samples and it holds (almost) no right row. Only
counts unless ``--show``. The built classes are read through their modules (``deep_conditions``,
``standing_struggles``: with them in the code their rows are gone, 0 held); run at main 0ae6839d, before them, they
held 2 rows (3737, 4646, both not an event) and 2 rows (4444, 4646, not an event; a present progressive relative
of any verb held one right row more, 'Fuyao Glass, which is investing $1 billion in the US').
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import frame_classes32 as fc  # noqa: E402
import trigger_audit as ta  # noqa: E402


def _verb(tok):
    cur = tok
    for _ in range(3):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        cur = cur.head
    return cur


def pronoun_participle(tok) -> bool:
    """'two factions, one fighting against the regime': a present participle on a numeral or pronoun."""
    v = _verb(tok)
    return v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ in {"NUM", "PRON"}


def backed_description(tok) -> bool:
    """'BYD, backed by X': a passive participle of backing on a noun."""
    return tok.lemma_ == "back" and tok.dep_ in {"acl", "appos", "advcl"} and tok.tag_ == "VBN"


def _classes() -> dict:
    from sitrep.extract.deep_conditions import inside_condition  # noqa: PLC0415  (after the path is set)
    from sitrep.extract.standing_struggles import standing_struggle  # noqa: PLC0415

    return {
        "deep-condition": inside_condition,
        "progressive-struggle": lambda tok: standing_struggle(_verb(tok)),
        **CANDIDATES,
    }


#: classes counted and not built (round 33: 'two factions, one fighting X' held no row; 'BYD, backed by X' held
#: three not-an-event rows of 2727, 4040, 4646 and one right row, 'the resolution backed by the EU')
CANDIDATES = {
    "pronoun-participle": pronoun_participle,
    "backed-description": backed_description,
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("--show", default=None)
    args = ap.parse_args()
    rows = ta.dev_rows(tuple(args.skip))
    fc._annotate_token()
    classes = _classes()
    held: dict[str, list] = defaultdict(list)
    for r, best, doc in ta.row_candidates(rows):
        if best is None or "_tok" not in best:
            continue
        tok = doc[best["_tok"]]
        for name, pred in classes.items():
            if pred(tok):
                held[name].append(r)
    print(f"{'class':<24} rows right n-a-e w-type other samples-of-wrong")
    for name in classes:
        items = held[name]
        right = sum(r["verdict_type"] == "y" for r in items)
        nae = sum(r["error"] == "not-an-event" for r in items)
        wt = sum(r["error"] == "wrong-type" for r in items)
        wrong = [r for r in items if r["verdict_type"] == "n"]
        files = " ".join(sorted({r["file"].removeprefix("dev_judged").removesuffix(".tsv") for r in wrong}))
        print(f"{name:<24} {len(items):>4} {right:>5} {nae:>5} {wt:>6} {len(items) - right - nae - wt:>5} {files}")
        if args.show and args.show in name:
            for r in items:
                print(f"   [{r['verdict_type']}/{r['error'] or 'right'}] {r['event_type']} :: {r['sentence'][:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
