"""How the development rows of backing (SUPPORT, AID, COOPERATE) told by a participle of a verb of backing fall,
by the participle's shape: counts only (``--show`` prints the rows).

usage (from the project root):
    .venv/bin/python bench/standing_backings40.py [--show]

Every judged row of the development samples (``trigger_audit.dev_rows``: never the evaluation sample) of a backing
category whose sentence holds a past participle of a verb of ``data/standing_backings.tsv`` is parsed alone and
classed by the first such participle's shape, as ``sitrep/extract/standing_backings.py`` reads it:

- ``present passive``: a body's 'is funded by X', 'which are supported by X' (undated);
- ``describes a body``: a bare participle on a body's name or a noun of the table ('a charity funded by X');
- ``beside a copula``: a participle beside a clause whose verb is 'be' ('Funded by X, the academy is ...');
- ``dated``: one of those shapes with a date on the verb (kept as an act);
- ``other``: any other shape (a past or perfect tense, a participle on forces or a document, beside an act).

Printed per shape: the rows by verdict (``trigger_audit.verdict_kind``) and the articles they come from. The first
three shapes are what the rule reads as standing: their rows should be 'not an event'.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from trigger_audit import dev_rows, verdict_kind  # noqa: E402

from sitrep.extract import standing_backings  # noqa: E402
from sitrep.extract.restrictions_in_force import dated  # noqa: E402


def shape(tok) -> str:  # noqa: ANN001
    """The shape class of one participle of backing."""
    if standing_backings._body_backed(tok):
        found = "present passive"
    elif standing_backings._describes_body(tok):
        found = "describes a body"
    elif standing_backings._beside_copula(tok):
        found = "beside a copula"
    else:
        return "other"
    return "dated" if dated(tok) else found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print each row with its shape and verdict")
    args = parser.parse_args(argv)
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp
    from sitrep.extract.token_lemma import lemma

    nlp = load_nlp(DEFAULT_MODEL)
    verbs = standing_backings.verbs()
    counts: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    for r in dev_rows():
        if r["event_type"] not in standing_backings.BACKING_TYPES:
            continue
        doc = nlp(r["sentence"])
        toks = [t for t in doc if t.tag_ == "VBN" and lemma(t) in verbs]
        if not toks:
            continue
        found = next((s for s in map(shape, toks) if s != "other"), "other")
        counts[found][verdict_kind(r)] += 1
        articles[found].add(r["article_id"])
        if args.show:
            print(
                f"{found:18} {verdict_kind(r):13} {r['file']} {r['article_id']} {r['event_type']}\n    {r['sentence']}"
            )
    for name, c in sorted(counts.items()):
        print(
            f"{name:18} rows {sum(c.values()):3}, articles {len(articles[name]):3}: "
            + ", ".join(f"{k} {v}" for k, v in c.most_common())
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
