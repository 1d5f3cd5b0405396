"""How many judged development rows code an act that stands inside the deed an accusation alleges, by verdict.

usage (from the project root):
    .venv/bin/python bench/accused_deeds40.py [--map /tmp/trig40-base.json] [--skip F]

For every development row (``trigger_audit.dev_rows``: ``bench/precision/dev_judged*.tsv`` and shelves, never the
evaluation sample) whose sentence holds a verb of accusing of ``data/accused_deeds.tsv``, the sentence is parsed and
each word that ``accused_deeds.alleged_deed`` reads as (part of) the deed an accusation alleges is looked up (an attack
under an agentless passive charge, which the rule keeps, is not counted): the row counts when that
word's lemma is the lemma of the trigger that coded the row in a saved ``trigger_audit.py`` map (made before the
rule: the rows the rule may take away). Counts only, by ``trigger_audit.verdict_kind`` and by sample, with the
number of distinct articles; ``--show`` prints the rows.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from trigger_audit import dev_rows, read_map, row_id, verdict_kind  # noqa: E402

from sitrep.extract import accused_deeds  # noqa: E402


def accusing_words() -> frozenset[str]:
    """The verbs of accusing of the table (every deed kind)."""
    words = accused_deeds._words()
    return frozenset().union(*(words.get(p, frozenset()) for p in accused_deeds.DEED_PREPS))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--map", type=Path, default=Path("/tmp/trig40-base.json"), help="a saved trigger_audit map")
    ap.add_argument("--skip", action="append", default=[], help="leave out sample files whose name holds this")
    ap.add_argument("--show", action="store_true", help="print the rows counted")
    args = ap.parse_args()
    labels, _ = read_map(args.map)
    verbs = accusing_words()
    stems = tuple(v[:5] for v in verbs)
    rows = [r for r in dev_rows(tuple(args.skip)) if any(s in r["sentence"].lower() for s in stems)]
    from sitrep.extract.nlp import load_nlp
    from tests.conftest import DEFAULT_MODEL

    nlp = load_nlp(DEFAULT_MODEL)
    kinds: Counter = Counter()
    samples: Counter = Counter()
    articles: set[str] = set()
    for r in rows:
        label = labels.get(row_id(r))
        if not label or label[0] == "gone":
            continue
        lemma = label[1].split(":", 1)[-1]
        doc = nlp(r["sentence"])
        if not any(t.lemma_.lower() == lemma and accused_deeds.alleged_deed(t, r["event_type"]) for t in doc):
            continue
        kinds[verdict_kind(r)] += 1
        samples[r["file"]] += 1
        articles.add(r["article_id"])
        if args.show:
            print(f"[{verdict_kind(r)}] {r['file']} {r['event_type']} {label[0]} :: {r['sentence']}")
    print(f"rows with an accusing verb: {len(rows)}; coded as an alleged deed: {sum(kinds.values())}")
    print("  by verdict: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print(f"  samples {len(samples)}, articles {len(articles)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
