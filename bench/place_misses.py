"""Subclasses of the place misses of matched gold events (counts only; safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_misses.py [--rows] WAREHOUSE:GOLD_JSON ...
    .venv/bin/python bench/place_misses.py --dir /tmp/unseen-27d tune|held-out

Replays the assembly as bench/place_sources.py does and matches each gold main event as the scorer does. For
every matched event whose place is wrong it counts:

- the kind: we give no place; the right country but a wrong / no city; a different country; (gold has none);
- for a different country (or none): which source our country is (the source state's, the target state's, the
  article's dateline, its home country, a country named in the event's sentence, the article's most mentioned
  country) and which of these the gold country is;
- for a wrong city: whether the gold city is named in the event's sentence, elsewhere in its articles, or not
  at all, and whether we gave a city at all;
- the place path (which step set the place), as place_sources.py names it.

Only counts are printed (``--rows`` prints one line of labels per miss, no text).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import duckdb
import place_sources as ps
from miss_causes import COLLECTIONS, bare


def _iso(m: dict) -> str | None:
    from sitrep.extract import places

    if m.get("label") not in {"GPE", "LOC", "FAC"}:
        return None
    if m.get("country_iso3"):
        return m["country_iso3"]
    found = places.resolve_place(m["surface"])
    return found["location_country_iso3"] if found else None


def _top_country(article_ids: set[str]) -> str | None:
    counts = Counter(i for a in article_ids for m in ps.MENTIONS.get(a, []) if (i := _iso(m)))
    top = counts.most_common(2)
    if not top or len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return top[0][0]


def _sources(iso: str | None, alts: dict, sent_isos: set, top: str | None, datelines: set) -> list[str]:
    """Which sources give the country ``iso``."""
    if not iso:
        return ["-"]
    out = []
    for name in ("source_state", "target_state", "acting_state", "home", "article_home"):
        if (alts.get(name) or {}).get("location_country_iso3") == iso:
            out.append(name)
    if iso in datelines:
        out.append("dateline")
    if iso in sent_isos:
        out.append("in sentence")
    if iso == top:
        out.append("article top")
    return out or ["other"]


def _city_facts(city: str, arts: set[str]) -> str:
    """How the gold city is tagged in the articles, and whether the gazetteer resolves it."""
    from sitrep.extract import places

    labels = sorted({m.get("label") for a in arts for m in ps.MENTIONS.get(a, []) if bare(city) in bare(m["surface"])})
    found = places.resolve_place(city)
    level = (found or {}).get("level") or "unresolved"
    TALLY["gold city tagged as"]["+".join(labels) or "no mention"] += 1
    TALLY["gold city in gazetteer"][level] += 1
    return "tag=" + ("+".join(labels) or "none") + " gaz=" + level


def classify(wh: str, gold: dict, tally: dict[str, Counter], rows: bool) -> None:
    tables, paths = ps.replay(wh)
    con = duckdb.connect(wh, read_only=True)
    bodies = dict(con.execute("select article_id, body from curated.articles").fetchall())
    con.close()
    events = {e["event_id"]: e for e in tables["events"]}
    path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
    alts_of = {e["event_id"]: a for e, a in zip(tables["events"], tables["alts"], strict=True)}
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        kind = ps._kind(ge, ev)
        tally["kind"][kind] += 1
        if kind == "right":
            continue
        loc = ge.get("location") or {}
        alts, path = alts_of[best], path_of[best]
        members = [m for m in tables["event_mentions"] if m["event_id"] == best]
        arts = {m["article_id"] for m in members}
        sents = " ".join(bare(m["sentence"]) for m in members)
        body = " ".join(bare(bodies.get(a) or "") for a in arts)
        sent_isos = {
            i
            for m in members
            for mm in ps.MENTIONS.get(m["article_id"], [])
            if (i := _iso(mm)) and mm["start_char"] >= 0 and bare(mm["surface"]) in bare(m["sentence"])
        }
        datelines = {d["location_country_iso3"] for a in arts if (d := ps.DATELINES.get(a))}
        top = _top_country(arts)
        fam = path.split(":")[0].split("->")[0].split("+")[0]
        tally["path of misses"][f"{kind}: {fam}"] += 1
        labels = [kind, fam]
        if kind in {"country", "ours none"}:
            ours = _sources(ev["location_country_iso3"], alts, sent_isos, top, datelines)
            golds = _sources(loc.get("country"), alts, sent_isos, top, datelines)
            for s in ours:
                tally["our country is"][f"{kind}: {s}"] += 1
            for s in golds:
                tally["gold country is"][f"{kind}: {s}"] += 1
            tally["gold country named"][
                f"{kind}: " + ("in sentence" if loc.get("country") in sent_isos else "elsewhere/not")
            ] += 1
            labels += ["ours=" + ",".join(ours), "gold=" + ",".join(golds)]
        if loc.get("city") and kind != "gold none":
            city = bare(loc["city"])
            where = "in sentence" if city in sents else "elsewhere in article" if city in body else "not named"
            tally["gold city named"][f"{kind}: {where}"] += 1
            ours_city = "ours city" if ev.get("latitude") is not None else "ours country only"
            tally["our city"][f"{kind}: {ours_city}"] += 1
            if kind == "city" and ev.get("latitude") is not None:
                dl_city = any(
                    (d := ps.DATELINES.get(a)) and bare(d["location_name"]) in bare(ev["location_name"]) for a in arts
                )
                seat = bare(ev["location_name"]) in {bare(x) for x in alts.get("~capital", set())}
                tally["our wrong city is"]["dateline" if dl_city else "capital" if seat else "other"] += 1
            labels += [where, ours_city, _city_facts(loc["city"], arts)]
        elif kind != "gold none":
            tally["gold city named"][f"{kind}: gold has no city"] += 1
        if rows:
            print("   ", ge["type"], " | ".join(labels), path)


TALLY: dict[str, Counter] = {}


def main(argv: list[str]) -> int:
    rows = "--rows" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    if "--dir" in argv:
        base, half = args
        args = [f"{base}/{c}/{half}.duckdb:{base}/{c}/{half}/gold.json" for c in COLLECTIONS]
        args = [a for a in args if Path(a.split(":")[0]).exists()]
    tally = TALLY
    for k in ("kind", "path of misses", "our country is", "gold country is", "gold country named"):
        tally[k] = Counter()
    for k in ("gold city named", "our city", "our wrong city is", "gold city tagged as", "gold city in gazetteer"):
        tally[k] = Counter()
    for pair in args:
        wh, gold_path = pair.split(":")
        classify(wh, json.loads(Path(gold_path).read_text(encoding="utf-8")), tally, rows)
    print_tally(tally)
    return 0


def print_tally(tally: dict[str, Counter]) -> None:
    """Each heading's counts, most first."""
    for head, c in tally.items():
        print(f"\n{head}:")
        for k, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"   {n:4d} {k}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
