"""Round 37's count of the development rows whose coded act sits under a refusal or a negation two or more links up
a non-finite chain ('refused to allow X to visit', 'its refusal to hand over', 'did not let X meet Y'): the shape
``event_status.denied`` does not reach (it reads the trigger's own governor only). Counts each still-coded row of
all ``dev_judged_*.tsv`` (``trigger_audit.dev_rows``, each under its article's date) by the judge's verdict (not
an event, type right, wrong type) and by the depth at which the refusal or negation sits. Prints counts only.

usage (from the project root):
    .venv/bin/python bench/refusal_chains37.py

Round 37 (main 93a94cc4): 2,041 rows, 1,552 still coded; not an event: depth 1 4, depth 2+ 1 (a visit 'refused to
allow' a minister: coded planned); type right: depth 1 1, depth 2+ 1 (an act named in an object a speaker 'didn't
see': it happened); wrong type: depth 1 2. A refusal reaching the act was two rows in all (that visit, and a noun's
'refusal to hand over' a body at depth 1, which ``event_status.denied`` does not read under a noun): below the
three a rule needs, so round 37 built none.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: links of a non-finite chain climbed from the act (an infinitive, a bare infinitive, a noun's infinitive)
LINKS = {"xcomp", "ccomp", "acl", "dobj"}
#: lemmas of refusing (verbs and nouns)
REFUSALS = {"refuse", "refusal", "decline", "reject", "deny", "fail", "failure", "unable"}
#: how many links are climbed
MAX_CLIMB = 4


def refusal_depth(trig) -> int:  # noqa: ANN001 - a spaCy Token
    """Links from the trigger up to a refusal word or a negated verb along a non-finite chain (0: none)."""
    cur = trig
    for depth in range(1, MAX_CLIMB + 1):
        if cur.head.i == cur.i or cur.dep_ not in LINKS:
            return 0
        if depth > 1 and any(c.dep_ in {"nsubj", "aux"} and c.lower_ != "to" for c in cur.children):
            return 0  # (a finite clause of its own)
        cur = cur.head
        if (cur.lemma_ or cur.lower_).lower() in REFUSALS or any(c.dep_ == "neg" for c in cur.children):
            return depth
    return 0


def main() -> int:
    import trigger_audit as ta

    rows = ta.dev_rows()
    dates = ta.article_dates({r["article_id"] for r in rows})
    counts: Counter = Counter()
    for r, best, doc in ta.row_candidates(rows, dates):
        if best is None:
            continue
        kind = ta.verdict_kind(r)
        word = (best.get("trigger") or "").split()[0:1]
        toks = [t for t in doc if word and t.text == word[0]]
        depth = max((refusal_depth(t) for t in toks), default=0)
        counts[(kind, "depth 2+" if depth >= 2 else f"depth {depth}")] += 1
    for (kind, depth), n in sorted(counts.items()):
        print(f"{kind:<14} {depth:<9} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
