"""Entity-level check on the PLOVER gold-standard sentences: do the gold source/target actors get their country?

usage: .venv/bin/python scripts/gsr_actor_countries.py GSR_GOLD.json WAREHOUSE [--misses]
For every gold actor with a country code, finds the mentions of its sentence whose surface overlaps the actor
text (either contains the other, case-folded) and counts the actor right when one of their entities has the
gold country. Independent of event coding: it measures what entities give the events to work with.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict

import duckdb


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        gold = json.load(fh)
    con = duckdb.connect(sys.argv[2], read_only=True)
    title_of = dict(con.execute("select article_id, title from curated.articles").fetchall())
    country = dict(con.execute("select entity_id, country_iso3 from curated.entities").fetchall())
    by_article = defaultdict(list)
    for aid, eid, surface in con.execute("select article_id, entity_id, surface from curated.mentions").fetchall():
        by_article[title_of.get(aid)].append((surface.lower(), eid))
    right = total = found = 0
    misses = []
    for rec in gold:
        for role in ("source", "target"):
            for actor in [a for a in (rec.get(role) or []) if isinstance(a, dict)]:
                code, text = actor.get("code"), (actor.get("actorText") or "").lower()
                if not code or code == "IGO" or not text:
                    continue
                total += 1
                ments = [(s, e) for s, e in by_article.get(f"Report {rec['id']}", []) if s in text or text in s]
                found += bool(ments)
                if any(country.get(e) == code for _, e in ments):
                    right += 1
                else:
                    misses.append((rec["id"], role, actor["actorText"], code, [(s, country.get(e)) for s, e in ments]))
    print(f"actors={total} with_mention={found / total:.3f} right_country={right / total:.3f}")
    if "--misses" in sys.argv:
        for m in misses:
            print(*m, sep="\t")


if __name__ == "__main__":
    main()
