"""Actor-country diagnostics on a scored collection, split into two halves by file-name hash.

usage: .venv/bin/python scripts/country_report.py WAREHOUSE GOLD_JSON [--misses]
Writes each half's gold (documents whose md5(file name) is even = half A, odd = half B; entities, events and
quotes kept where they have documents in the half) next to a temporary directory, runs ../shared/bin/evaluate.py
on both halves and prints the figures; with --misses, lists gold entities whose resolved entity has another
country (gold vs predicted, with the half). Tune on half A, report both.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import duckdb

EVALUATE = Path(__file__).resolve().parents[1].parent / "shared" / "bin" / "evaluate.py"
FIGURES = ("entity_alias_F1", "entity_found", "entity_country_acc", "entity_canonical_acc", "event_full")


def half_of(doc: str) -> str:
    return "A" if int(hashlib.md5(doc.encode()).hexdigest(), 16) % 2 == 0 else "B"


def split_gold(gold: dict, half: str) -> dict:
    docs = {d["doc"] for d in gold["documents"] if half_of(d["doc"]) == half}
    out = dict(gold)
    out["documents"] = [d for d in gold["documents"] if d["doc"] in docs]
    out["entities"] = [
        {**e, "docs": [d for d in e.get("docs", []) if d in docs]}
        for e in gold["entities"]
        if set(e.get("docs", [])) & docs
    ]
    out["events"] = [
        {**e, "docs": [d for d in e["docs"] if d in docs]} for e in gold["events"] if set(e["docs"]) & docs
    ]
    out["quotes"] = [q for q in gold.get("quotes", []) if q["doc"] in docs]
    return out


def misses(warehouse: str, gold: dict) -> list[tuple]:
    """(half, canonical, gold country, predicted country, predicted name) for wrong countries."""
    con = duckdb.connect(warehouse, read_only=True)
    arts = dict(con.execute("select article_id, source_uri from curated.articles").fetchall())
    ents = {
        r[0]: r for r in con.execute("select entity_id, canonical_name, country_iso3 from curated.entities").fetchall()
    }
    by_doc: dict[str, list] = {}
    for aid, eid, surf in con.execute("select article_id, entity_id, surface from curated.mentions").fetchall():
        by_doc.setdefault(Path(arts.get(aid) or "").name, []).append((eid, surf.lower().replace("’", "'")))
    out = []
    for ent in gold["entities"]:
        aliases = {a.lower().replace("’", "'") for a in ent["aliases"]}
        got = [
            eid
            for d in ent.get("docs", [])
            for eid, s in by_doc.get(d, [])
            if s in aliases or s.removesuffix("'s") in aliases
        ]
        if not got or not ent.get("country"):
            continue
        eid = Counter(got).most_common(1)[0][0]
        row = ents.get(eid, (eid, "", None))
        if row[2] != ent["country"]:
            halves = "".join(sorted({half_of(d) for d in ent["docs"]}))
            out.append((halves, ent["canonical"], ent["type"], ent["country"], row[2], row[1]))
    return out


def main() -> None:
    warehouse, gold_path = sys.argv[1], sys.argv[2]
    gold = json.loads(Path(gold_path).read_text())
    with tempfile.TemporaryDirectory() as tmp:
        for half in "AB":
            path = Path(tmp) / f"gold_{half}.json"
            path.write_text(json.dumps(split_gold(gold, half)))
            res = subprocess.run(
                [sys.executable, str(EVALUATE), warehouse, str(path), "--json"],
                capture_output=True,
                text=True,
                check=True,
            )
            figures = json.loads(res.stdout)
            print(half, " ".join(f"{k}={figures[k]:.3f}" for k in FIGURES if k in figures))
    if "--misses" in sys.argv:
        for row in sorted(misses(warehouse, gold)):
            print(*row, sep="\t")


if __name__ == "__main__":
    main()
