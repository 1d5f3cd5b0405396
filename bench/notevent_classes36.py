"""Round 36's count of the development rows judged "not an event" that the code still codes, by cause, as
``notevent_classes35`` counts them, optionally with each article's publication date (``--dated``).

usage (from the project root):
    .venv/bin/python bench/notevent_classes36.py [--dated] [--min 4]

``trigger_audit`` runs each sentence alone with no publication date, so a rule that needs the report's date (an
act dated by a year long before the report is history, ``event_dates.long_past``) never fires there. ``--dated``
gives each sentence its article's date from ``../shared/corpora/newsarticles2017.jsonl.gz`` (the corpus the
development samples are drawn from), as the pipeline does. Prints how many rows of each kind are still coded
(not an event, type right, wrong type) and the not-an-event rows by cause (the judge's note, classes of
``notevent_classes35.CAUSES``). Prints counts only, no sentence.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: the corpus of the development samples (``SITREP_DEV_CORPUS`` overrides it, for a copy of the tree run elsewhere)
CORPUS = Path(os.environ.get("SITREP_DEV_CORPUS", ROOT.parent / "shared" / "corpora" / "newsarticles2017.jsonl.gz"))


def published(ids: set[str]) -> dict[str, date]:
    """article id -> its publication date, for the ids asked."""
    out: dict[str, date] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in ids and rec.get("published"):
                out[rec["id"]] = date.fromisoformat(rec["published"][:10])
    return out


def row_candidates(rows: list[dict], dates: dict[str, date]):
    """``trigger_audit.row_candidates`` with each sentence run under its article's date (None when not known)."""
    from trigger_audit import _names, _overlap

    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract import entities, events
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["sentence"], dates.get(r["article_id"])), []).append(r)
    for n, ((text, day), group) in enumerate(groups.items()):
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        by_idx = {m["idx"]: m for m in ments}
        cands = events.doc_event_candidates(doc, ments, day)
        for r in group:
            same = [c for c in cands if c["event_type"] == r["event_type"]]
            want = _names(r["sources"])
            yield r, max(same, key=lambda c, want=want: _overlap(c, want, by_idx), default=None)
        if n % 200 == 199:
            print(f"  {n + 1}/{len(groups)} sentences", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dated", action="store_true", help="run each sentence under its article's publication date")
    args = ap.parse_args()
    import trigger_audit as ta
    from notevent_classes35 import cause

    rows = ta.dev_rows()
    dates = published({r["article_id"] for r in rows}) if args.dated else {}
    kinds, causes = Counter(), Counter()
    for r, best in row_candidates(rows, dates):
        if best is None:
            continue
        kind = (
            "not an event"
            if r["error"] == "not-an-event"
            else "type right"
            if r["verdict_type"] == "y"
            else "wrong type"
        )
        kinds[kind] += 1
        if kind == "not an event":
            causes[cause(r["note"] or "")] += 1
    print(f"rows {len(rows)}, dated {sum(r['article_id'] in dates for r in rows)}; still coded: {dict(kinds)}")
    print("not an event, by cause (judge's note):")
    for name, n in causes.most_common():
        print(f"  {n:>4}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
