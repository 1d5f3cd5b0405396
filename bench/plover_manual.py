"""Code the PLOVER manual's own example sentences and invented sentences, one per category and mode of the manual's
mode tables, and report per-category recall, precision and source/target country (a yardstick nobody tunes on
the gold-standard sentences with).

usage (from the project root): .venv/bin/python bench/plover_manual.py [--misses]

Rows are in ``bench/plover_manual/examples.tsv`` (type, mode, source and target country or ``-``, origin ``manual``
for the manual's own sentences, ``invented``, or ``convention`` where sitrep follows the gold records and the
CAMEO2PLOVER crosswalk over the manual's text: an apology is SUPPORT, a declared ceasefire RETREAT, an announced
withdrawal AGREE; sentence). Compound and reciprocal actors are all sources, with no target (the manual's
section on compound actors). Run on main at ec385c1: recall .892, precision .910, source .927, target .872.
Scoring follows ``evaluate_gsr.py``: a planned CONSULT/SUPPORT/COOPERATE/AID counts as AGREE; the country of
the source (target) is right when an event of the gold type has a source- or participant- (target- or
participant-) role entity of that country.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROWS = Path(__file__).parent / "plover_manual" / "examples.tsv"


def load_rows() -> list[dict]:
    with ROWS.open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def code(rows: list[dict], nlp) -> dict[str, list[tuple[str, set, set]]]:
    """Article id -> [(category as scored, source-side countries, target-side countries)] per coded event."""
    from sitrep.extract.coded_roles import coded_by_article, side_countries
    from sitrep.extract.pipeline import analyze_articles, assemble

    articles = [
        {"article_id": f"m{i}", "body": r["sentence"], "published_at": date(2001, 1, 1) + timedelta(days=60 * i)}
        for i, r in enumerate(rows)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    return {
        aid: [(typ, side_countries(roles, "source"), side_countries(roles, "target")) for typ, roles in coded]
        for aid, coded in coded_by_article(out).items()
    }


def score(rows: list[dict], coded: dict, misses: bool = False) -> dict:
    per, tot, pairs = Counter(), Counter(), 0
    src, tgt = [0, 0], [0, 0]
    for i, r in enumerate(rows):
        found = coded.get(f"m{i}", [])
        tot[r["type"]] += 1
        pairs += len({t for t, _, _ in found})
        hit = [(s, t) for typ, s, t in found if typ == r["type"]]
        per[r["type"]] += bool(hit)
        wrong = []
        for want, side, acc in ((r["source"], 0, src), (r["target"], 1, tgt)):
            if want != "-":
                acc[1] += 1
                ok = any(want in h[side] for h in hit)
                acc[0] += ok
                wrong += [] if ok else ["source" if side == 0 else "target"]
        if misses and (not hit or wrong):
            what = "type" if not hit else "+".join(wrong)
            print(f"MISS {what:14} {r['type']:9} {r['mode']:14} {r['sentence']}\n      coded {found}")
    n = len(rows)
    return {
        "recall": sum(per.values()) / n,
        "precision": sum(per.values()) / pairs if pairs else 0.0,
        "source_country": src[0] / src[1] if src[1] else 0.0,
        "target_country": tgt[0] / tgt[1] if tgt[1] else 0.0,
        "per_type": {t: f"{per[t]}/{tot[t]}" for t in sorted(tot)},
    }


def main(argv: list[str]) -> int:
    from sitrep.config import DEFAULT_MODEL
    from sitrep.extract.nlp import load_nlp

    rows = load_rows()
    result = score(rows, code(rows, load_nlp(DEFAULT_MODEL)), misses="--misses" in argv)
    print(
        f"n={len(rows)} recall={result['recall']:.3f} precision={result['precision']:.3f} "
        f"source_country={result['source_country']:.3f} target_country={result['target_country']:.3f}"
    )
    print("per type: " + " ".join(f"{t}={v}" for t, v in result["per_type"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
