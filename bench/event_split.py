"""Score sitrep's events on a news collection split into a tuning half and a held-out half.

usage (from the project root):
    .venv/bin/python bench/event_split.py DOCS_DIR GOLD_JSON WORKDIR [--no-run] [--misses]

The documents are split by a stable hash of their story: a gold story (and so every outlet's report of it) falls
wholly into one half, so cross-article merging and dating can be measured inside a half, and no report of a
tuning story leaks into the held-out half. A document without a story (a distractor) is hashed by its file name.
A story belongs to the tuning half when the first byte of sha256(key) is even, else to the held-out half.

For each half the script links that half's documents into WORKDIR/<half>/docs, writes the gold restricted to them
(documents, entities with their docs in the half, events of the half's stories, quotes), runs `sitrep run` into
WORKDIR/<half>.duckdb (skipped with --no-run) and scores it with ../shared/bin/evaluate.py, the acceptance scorer.
Each half also gets a line of miss causes (bench/miss_causes.py: counts only, no text).
--misses prints, for the tuning half only, each gold event (with its miss cause) next to the predicted events
found in its documents: rules are designed from those misses only; both halves' figures are reported.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
from miss_causes import causes, event_causes, line

HALVES = ("tune", "held-out")
SHOWN = (
    "event_found",
    "event_full",
    "event_type_acc",
    "event_date_acc",
    "event_place_acc",
    "entity_country_acc",
    "event_duplicates",
    "event_status_acc",
    "story_F1",
)


def half_of(key: str) -> str:
    return "tune" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "held-out"


def split_gold(gold: dict, name: str) -> dict:
    """The gold restricted to the documents whose story (or file name) hashes into half `name`."""
    docs = {d["doc"] for d in gold["documents"] if half_of(d.get("story") or d["doc"]) == name}
    stories = {d.get("story") for d in gold["documents"] if d["doc"] in docs}
    part = {k: v for k, v in gold.items() if k not in ("documents", "entities", "events", "quotes")}
    part["documents"] = [d for d in gold["documents"] if d["doc"] in docs]
    part["entities"] = []
    for ent in gold["entities"]:
        kept = [d for d in ent.get("docs", []) if d in docs]
        if kept:
            part["entities"].append({**ent, "docs": kept})
    part["events"] = []
    for ev in gold["events"]:
        kept = [d for d in ev.get("docs", []) if d in docs]
        if kept and ev.get("story", next(iter(stories), None)) in stories:
            row = {**ev, "docs": kept}
            if "mention_docs" in ev:
                row["mention_docs"] = [d for d in ev["mention_docs"] if d in docs]
            part["events"].append(row)
    if "quotes" in gold:
        part["quotes"] = [q for q in gold["quotes"] if q["doc"] in docs]
    return part


def run_sitrep(docs_dir: Path, warehouse: Path) -> None:
    if warehouse.exists():
        warehouse.unlink()
    sitrep = Path(sys.executable).parent / "sitrep"
    subprocess.run(
        [str(sitrep), "run", "--source", str(docs_dir), "--warehouse", str(warehouse)],
        check=True,
        capture_output=True,
        text=True,
    )


def print_misses(warehouse: Path, gold: dict) -> None:
    """Gold main events next to the predicted events with evidence in their documents."""
    con = duckdb.connect(str(warehouse), read_only=True)
    doc_of = {
        a: os.path.basename(u or "")
        for a, u in con.execute("select article_id, source_uri from curated.articles").fetchall()
    }
    names = dict(
        con.execute(
            "select entity_id, canonical_name || '/' || coalesce(country_iso3, '-') from curated.entities"
        ).fetchall()
    )
    events = con.execute(
        "select event_id, event_type, event_status, cast(event_date as varchar), date_precision, "
        "location_name, location_country_iso3 from curated.events"
    ).fetchall()
    parts: dict[str, list[str]] = {}
    for eid, ent, role in con.execute(
        "select event_id, entity_id, role from curated.event_participants order by role, entity_id"
    ).fetchall():
        parts.setdefault(eid, []).append(f"{role[:3]}:{names.get(ent, ent)}")
    docs: dict[str, set[str]] = {}
    for eid, aid in con.execute("select event_id, article_id from curated.event_mentions").fetchall():
        docs.setdefault(eid, set()).add(doc_of.get(aid, aid))
    why = iter(event_causes(warehouse, gold))  # (the warehouse is opened read-only twice)
    for ev in gold["events"]:
        if ev.get("background"):
            continue
        loc = ev.get("location") or {}
        print(
            f"\n## {ev['event']} {ev['type']} {ev.get('date')} {loc.get('city')}/{loc.get('country')} "
            f"{ev.get('modality', '')} actors={ev['actors']} docs={ev['docs']} cause={next(why)[1]}"
        )
        for eid, typ, status, date, prec, place, cc in events:
            if docs.get(eid, set()) & set(ev["docs"]):
                print(f"   {typ:9} {status:8} {date} {prec} {place}/{cc} {sorted(docs[eid])} {parts.get(eid, [])}")
    con.close()


def main(argv: list[str]) -> int:
    docs_dir, gold_path, work = Path(argv[1]).resolve(), Path(argv[2]), Path(argv[3])
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scorer = gold_path.resolve().parents[1] / "bin" / "evaluate.py"
    if not scorer.exists():  # a gold kept in the repository (bench/unseen/): the shared scorer beside the project
        scorer = Path(__file__).resolve().parents[2] / "shared" / "bin" / "evaluate.py"
    for name in HALVES:
        part = split_gold(gold, name)
        home = work / name
        (home / "docs").mkdir(parents=True, exist_ok=True)
        for old in (home / "docs").iterdir():
            old.unlink()
        for d in part["documents"]:
            (home / "docs" / d["doc"]).symlink_to(docs_dir / d["doc"])
        (home / "gold.json").write_text(json.dumps(part, ensure_ascii=False, indent=1), encoding="utf-8")
        warehouse = work / f"{name}.duckdb"
        if "--no-run" not in argv:
            run_sitrep(home / "docs", warehouse)
        out = subprocess.run(
            [sys.executable, str(scorer), str(warehouse), str(home / "gold.json"), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        fig = json.loads(out)
        main_events = sum(1 for e in part["events"] if not e.get("background"))
        shown = " ".join(
            f"{k}={fig[k]:.3f}" if isinstance(fig[k], float) else f"{k}={fig[k]}" for k in SHOWN if k in fig
        )
        print(f"== {name}: {len(part['documents'])} docs, {main_events} main events\n{shown}")
        print(f"causes: {line(causes(warehouse, part))}")
        if "--misses" in argv and name == "tune":
            print_misses(warehouse, part)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
