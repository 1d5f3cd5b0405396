"""Draw a reproducible random sample of coded events from a warehouse for judging by hand.

usage: .venv/bin/python bench/sample_events.py WAREHOUSE N OUT.tsv   (seeded: the same warehouse gives the same sample)
Writes one row per sampled event: event_id, type, mode, status, source names, target names, evidence sentence, and
an empty `verdict` column (right / wrong type / wrong source / wrong target) to fill in by hand.
"""

from __future__ import annotations

import csv
import random
import sys

import duckdb


def main(argv: list[str]) -> int:
    warehouse, n, out = argv[1], int(argv[2]), argv[3]
    con = duckdb.connect(warehouse, read_only=True)
    rows = con.execute(
        """select e.event_id, e.event_type, coalesce(e.event_mode, ''), e.event_status,
                  string_agg(case when p.role = 'source' then n.canonical_name end, '; ' order by n.canonical_name),
                  string_agg(case when p.role <> 'source' then n.canonical_name end, '; ' order by n.canonical_name),
                  (select min(m.sentence) from curated.event_mentions m where m.event_id = e.event_id)
           from curated.events e join curated.event_participants p using (event_id)
           join curated.entities n using (entity_id)
           group by all order by e.event_id"""
    ).fetchall()
    sample = random.Random(2026).sample(rows, min(n, len(rows)))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["event_id", "type", "mode", "status", "source", "target", "sentence", "verdict"])
        for r in sample:
            w.writerow([*(x or "" for x in r[:6]), " ".join((r[6] or "").split()), ""])
    print(f"{len(sample)} of {len(rows)} events -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
