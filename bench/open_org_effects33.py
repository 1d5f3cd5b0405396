"""How many events the last step of actor countries (``open_org_places``) changes (counts only, so it may be run
on a held-out half).

usage (from the project root):
    .venv/bin/python bench/open_org_effects33.py WAREHOUSE ...

Replays the corpus assembly over each warehouse's cached analyses twice, with and without the step, and counts
the events of one run whose (type, date, place country) no event of the other run with the same evidence
sentences has, and the organisations the step gave a country.
"""

from __future__ import annotations

import sys
from collections import Counter

import duckdb
from cached_inputs import load_inputs

from sitrep.extract import actor_countries
from sitrep.extract.pipeline import assemble


def _events(tables: dict) -> Counter:
    where = {}
    for m in tables["event_mentions"]:
        where.setdefault(m["event_id"], set()).add((m["article_id"], m.get("sent_idx")))
    return Counter(
        (frozenset(where.get(e["event_id"], ())), e["event_type"], e.get("event_date"), e.get("location_country_iso3"))
        for e in tables["events"]
    )


def main(argv: list[str]) -> int:
    tally: Counter = Counter()
    original = actor_countries.open_org_country
    for wh in argv:
        con = duckdb.connect(wh, read_only=True)
        analyses, meta = load_inputs(con)
        con.close()
        with_step = assemble(analyses, meta)
        actor_countries.open_org_country = lambda *a, **k: None
        try:
            without = assemble(analyses, meta)
        finally:
            actor_countries.open_org_country = original
        a, b = _events(with_step), _events(without)
        tally["events changed"] += sum((a - b).values())
        tally["events"] += sum(a.values())
        given = {e["entity_id"] for e in with_step["entities"] if e["country_iso3"]}
        given -= {e["entity_id"] for e in without["entities"] if e["country_iso3"]}
        tally["organisations given a country"] += len(given)
    for k in sorted(tally):
        print(k, tally[k], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
