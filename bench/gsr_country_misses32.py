"""Print the GSR TUNING-half sentences whose source or target country is missed (the held-out half is only counted).

usage (from the project root, after `evaluate_gsr.py build` and `sitrep run` on the built JSONL):
    .venv/bin/python bench/gsr_country_misses32.py ../shared/devset/plover/gsr_dev.json WAREHOUSE

For each tuning sentence with an event of the gold type but no source- (target-) side entity of a gold country,
prints the gold codes and the coded events' (type, role, entity, country). Held-out sentences are counted per
class (source missing/wrong, target missing/wrong, no event of the gold type) and never printed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
import pycountry

sys.path.insert(0, str(Path(__file__).parent))
from gsr_split import half  # noqa: E402

PLANNED_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def codes(actors) -> set:
    if not isinstance(actors, list):
        return set()
    return {a["code"] for a in actors if isinstance(a, dict) and a.get("code") and a["code"] != "IGO"}


def main(argv: list[str]) -> int:
    gold = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    con = duckdb.connect(argv[2], read_only=True)
    rows = con.execute("select article_id, title from curated.articles").fetchall()
    art = {t.replace("Report ", "", 1): a for a, t in rows}
    evs = defaultdict(set)
    for eid, aid, typ, st in con.execute(
        "select distinct m.event_id, m.article_id, e.event_type, e.event_status "
        "from curated.event_mentions m join curated.events e using (event_id)"
    ).fetchall():
        evs[aid].add((eid, "AGREE" if typ in PLANNED_AS_AGREE and st == "planned" else typ))
    parts = defaultdict(list)
    for eid, role, name, c in con.execute(
        "select p.event_id, p.role, n.canonical_name, n.country_iso3 from curated.event_participants p "
        "join curated.entities n using (entity_id)"
    ).fetchall():
        parts[eid].append((role, name, c))
    counts = {"tune": Counter(), "held-out": Counter()}
    for r in gold:
        h = half(r["id"])
        e = evs.get(art.get(r["id"]), set())
        hit = [eid for eid, t in e if t == r["type"]]
        wrong = []
        for side, want, roles in (
            ("source", codes(r.get("source")), ("source", "participant")),
            ("target", codes(r.get("target")), ("target", "participant")),
        ):
            if not want:
                continue
            if not hit:
                counts[h][f"{side} no-type"] += 1
                continue
            got = {c for eid in hit for role, _, c in parts[eid] if role in roles and c}
            if not want & got:
                kind = ("wrong" if got else "missing") + ("" if want & ISO3 else " (gold code not ISO)")
                counts[h][f"{side} {kind}"] += 1
                wrong.append(f"{side}-{kind} want {sorted(want)}")
        if wrong and h == "tune":
            print(f"{r['id']} {r['type']} {'; '.join(wrong)}\n  {r['text'][:300]}")
            for eid in hit:
                print("   ", r["type"], sorted(parts[eid]))
    for h, c in counts.items():
        print(h, " ".join(f"{k}={v}" for k, v in sorted(c.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
