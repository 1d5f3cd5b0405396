"""Which step of the place (and date) resolution set each matched event's place (and date), and its precision per
half; and how gold's place relates to the articles (counts only; safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_sources32.py [--dir /tmp/unseen-base] [--eval /tmp/eval-base] [--per-half]

For every gold main event of the 24 unseen halves (tune, held-out of bench/miss_causes.COLLECTIONS) and of devset
and devset2 that the scorer matches (``place_sources.matches``), the assembly is replayed with the recording
wrappers of bench/place_sources.py and the event's place is split in two:

- the COUNTRY step: the step that gave the country -- the candidate-level source and way of the reports' place
  (``sentence/clause``, ``sentence/capital``, ``sentence/speaker_venue``, ``dateline``, ``discourse`` (carried from
  an earlier sentence), ``story`` (another article of the story) ...) or the merge's decision (``fill:acting_state``,
  ``X->home`` ...); its precision: the country is gold's;
- the CITY step: the step that made it a city -- the same candidate step (the city was stated with it), the
  country's one city (``city_of_country``), the same-day venue, the story city or the seat of government (the
  capital default); its precision, over events whose gold place has a city and whose country is right.

Gold's place is related to the event's articles (the articles of its matched event): its city is named in the
event's own sentences (S), is a report's dateline city (D), is the first city a report names (F), is named
elsewhere in a report (A), is the capital of its country (C); its country is the acting state's (one source
state, s), the target state's (t), a dateline's country (d), named in the event's sentences (n).

The date is split the same way (bench/date_sources.py's path: the member expression's kind, a day carried from an
earlier sentence, the publication day, the story, the announced day); its precision: the day is gold's (at the
gold precision). Only counts are printed. ``--per-half`` adds each half's r/n per step.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import date_sources as ds
import duckdb
import place_sources as ps
from cached_inputs import load_inputs
from miss_causes import COLLECTIONS, bare

from sitrep.extract import event_merge, government_seats, place_order, places, story_cities

#: the later steps that make a country-level place a city (place_sources' path labels)
CITY_STEPS = ("venue", "seat", "story_city")


#: per cluster (by id) the branch of the story city that changed its place, and the seat it would have had
BRANCH: dict[int, str] = {}


def _story_city(place, c, cities, acts=None):
    """``story_cities.story_city`` with the branch that gave the city recorded (dateline, acts, named)."""
    got = story_cities.story_city(place, c, cities, acts)
    if got is not place:
        iso3 = place.get("location_country_iso3")
        found = [p for a in {m.article_id for m in c.members} for p in cities.get(a, ([], []))[0]]
        found = [p for p in found if p["location_country_iso3"] == iso3]
        if any(p["place_source"] == "dateline" for p in found):
            BRANCH[id(c)] = "dateline"
        elif any(acts is None or p.get("event_type") in acts for p in found):
            BRANCH[id(c)] = "acts" + ("(state)" if acts is not None else "")
        else:
            BRANCH[id(c)] = "named" + ("(state)" if acts is not None else "")
    return got


def _settled(clusters, all_roles, places_of, country_of, analyses):
    out = ps._settled(clusters, all_roles, places_of, country_of, analyses)
    for i, c in enumerate(clusters):
        if ps.PATHS[i][-1] == "story_city":
            seat = place_order.seat_of_government(c, places_of[i], all_roles[i], country_of)
            alt = "no seat" if seat is places_of[i] else bare(seat.get("location_name") or "")
            ps.PATHS[i][-1] = f"story_city:{BRANCH.get(id(c), '?')}|seat={alt}"
    return out


def _patch(on: bool = True) -> None:
    """Record the place path while replaying (bench/date_sources.py restores the merge functions on import);
    ``on=False`` puts the project's functions back."""
    event_merge.event_place = ps._merge_step if on else ps.ORIGINAL["event_place"]
    event_merge.venue_places = ps._venues if on else ps.ORIGINAL["venue_places"]
    event_merge.settled_places = _settled if on else ps.ORIGINAL["settled_places"]
    place_order.story_city = _story_city if on else story_cities.story_city


def replay(warehouse: str) -> tuple[dict, list[list[str]], dict, dict, dict]:
    """(tables, place path per event, candidates by span, publication days, article bodies)."""
    from sitrep.extract.pipeline import assemble

    _patch()
    con = duckdb.connect(warehouse, read_only=True)
    analyses, meta = load_inputs(con)
    doc_of = dict(con.execute("select article_id, source_uri from curated.articles").fetchall())
    bodies = dict(con.execute("select article_id, body from curated.articles").fetchall())
    con.close()
    ps.PATHS.clear()
    ps.ALTS.clear()
    ps._article_places(analyses, bodies)
    try:
        tables = assemble(analyses, meta)
    finally:
        _patch(on=False)
    tables["doc_of"] = {a: Path(u or "").name for a, u in doc_of.items()}
    tables["alts"] = list(ps.ALTS)
    paths = [list(p) for p in ps.PATHS]
    cands, pub = ds.member_candidates(analyses, meta)
    return tables, paths, cands, pub, bodies


def steps(path: list[str], ev: dict) -> tuple[str, str]:
    """(country step, city step) of an event's place path."""
    head = path[0]
    country = head.split(":", 1)[1] if head.startswith("reports:") else head
    country = country.replace("+city_of_country", "").replace("+town", "")
    later = [p.split("|")[0] for p in path[1:] if p.split(":")[0] in CITY_STEPS]
    if later and (country == "none" or country.startswith("dropped")):  # the later step gave the country too
        country += "+" + later[-1]
    if later:
        city = later[-1] + ("(default)" if later[-1] == "seat" else "")
    elif "+city_of_country" in head:
        city = "city_of_country"
    elif ev.get("latitude") is not None:
        city = "with country: " + country
    else:
        city = "(no city)"
    return country, city


def _city_named(city: str, surfaces: list[str]) -> bool:
    return any(city in bare(s) or bare(s) in city for s in surfaces if bare(s))


def relation(ge: dict, ev_id: str, tables: dict, alts: dict) -> str:
    """Flags of how gold's place relates to the event's articles (see module)."""
    loc = ge.get("location") or {}
    gc, city = loc.get("country"), bare(loc.get("city") or "")
    if not gc:
        return "gold none"
    ments = [m for m in tables["event_mentions"] if m["event_id"] == ev_id]
    arts = {m["article_id"] for m in ments}
    flags = ""
    if city:
        sent = [
            mm["surface"]
            for m in ments
            for mm in ps.MENTIONS.get(m["article_id"], [])
            if m["start_char"] <= mm["start_char"] < m["end_char"] and mm.get("label") in {"GPE", "LOC", "FAC"}
        ]
        flags += "S" * _city_named(city, sent)
        flags += "D" * any((d := ps.DATELINES.get(a)) and city in bare(d["location_name"]) for a in arts)
        firsts = []
        for a in arts:
            for mm in sorted(ps.MENTIONS.get(a, []), key=lambda m: m["start_char"]):
                got = places.resolve_place(mm["surface"]) if mm.get("label") in {"GPE", "LOC", "FAC"} else None
                if got and got.get("level") == "city":
                    firsts.append(mm["surface"])
                    break
        flags += "F" * _city_named(city, firsts)
        every = [
            mm["surface"] for a in arts for mm in ps.MENTIONS.get(a, []) if mm.get("label") in {"GPE", "LOC", "FAC"}
        ]
        flags += "A" * (not flags and _city_named(city, every))
        seat = government_seats.seat_of_government(gc)
        flags += "C" * bool(seat and city in bare(seat["location_name"]))
        flags = "city:" + (flags or "-")
    cflags = "s" * bool((alts.get("source_state") or {}).get("location_country_iso3") == gc)
    cflags += "t" * bool((alts.get("target_state") or {}).get("location_country_iso3") == gc)
    cflags += "d" * any((d := ps.DATELINES.get(a)) and d["location_country_iso3"] == gc for a in arts)
    cflags += "n" * (gc in alts.get("_sentence_countries", set()))
    return (flags + " " if flags else "country-only ") + "country:" + (cflags or "-")


def _cities_of(surfaces: list[str], iso3: str) -> list[str]:
    """The bare names of the cities of ``iso3`` the surfaces read as, in order, once each."""
    out: list[str] = []
    for name in surfaces:
        got = places.resolve_place(name, iso3)
        city = bare(got["location_name"]) if got and got.get("level") == "city" else None
        if city and got["location_country_iso3"] == iso3 and city not in out:
            out.append(city)
    return out


def city_alternatives(ev_id: str, iso3: str, tables: dict) -> dict[str, str | None]:
    """The city each simple source would give an event placed in ``iso3``: the one city of that country its own
    sentences name, its lead report's dateline city there, the first city of that country its reports name, the
    capital (None where the source gives none, or several)."""
    ments = sorted(
        (m for m in tables["event_mentions"] if m["event_id"] == ev_id),
        key=lambda m: (m["article_id"], m["start_char"]),
    )
    arts = sorted({m["article_id"] for m in ments})
    place_labels = {"GPE", "LOC", "FAC"}
    sent = _cities_of(
        [
            mm["surface"]
            for m in ments
            for mm in ps.MENTIONS.get(m["article_id"], [])
            if m["start_char"] <= mm["start_char"] < m["end_char"] and mm.get("label") in place_labels
        ],
        iso3,
    )
    dls = [
        d
        for a in arts
        if (d := ps.DATELINES.get(a)) and d["location_country_iso3"] == iso3 and d.get("level") == "city"
    ]
    first = [
        c
        for a in arts[:1]
        for c in _cities_of(
            [
                mm["surface"]
                for mm in sorted(ps.MENTIONS.get(a, []), key=lambda m: m["start_char"])
                if mm.get("label") in place_labels
            ],
            iso3,
        )[:1]
    ]
    seat = government_seats.seat_of_government(iso3)
    return {
        "one city of its sentences": sent[0] if len(sent) == 1 else None,
        "dateline city": bare(dls[0]["location_name"]) if dls else None,
        "first city of the lead report": first[0] if first else None,
        "capital": bare(seat["location_name"]) if seat else None,
    }


def verdicts(ge: dict, ev: dict) -> tuple[bool, str]:
    """(country right, city verdict: right / wrong / n/a where gold has no city or the country is wrong)."""
    loc = ge.get("location") or {}
    c_ok = ev["location_country_iso3"] == loc.get("country")
    if not loc.get("city") or not c_ok:
        return c_ok, "n/a"
    return c_ok, "right" if bare(loc["city"]) in bare(ev["location_name"] or "") else "wrong"


def by_event(tables: dict, paths: list) -> tuple[dict, dict, dict]:
    """The replayed events, their place paths and their alternative places, each by event id."""
    events = {e["event_id"]: e for e in tables["events"]}
    path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
    alts_of = {e["event_id"]: a for e, a in zip(tables["events"], tables["alts"], strict=True)}
    return events, path_of, alts_of


def half(wh: str, gold_path: str, out: dict[str, dict[str, Counter]], name: str) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tables, paths, cands, pub, _bodies = replay(wh)
    events, path_of, alts_of = by_event(tables, paths)
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        if not (ge.get("location") or {}).get("country") and not ev["location_country_iso3"]:
            out["country step"][name]["(no place; gold none)=right"] += 1
            continue
        country, city = steps(path_of[best], ev)
        c_ok, city_v = verdicts(ge, ev)
        out["country step"][name][f"{country}={'right' if c_ok else 'wrong'}"] += 1
        out["country step by our type"][name][f"{country} {ev['event_type']}={'right' if c_ok else 'wrong'}"] += 1
        if city_v != "n/a":
            out["city step"][name][f"{city}={city_v}"] += 1
        rel = relation(ge, best, tables, alts_of[best])
        full = "right" if c_ok and city_v != "wrong" else "wrong"
        out["gold relation"][name][f"{rel}={full}"] += 1
        seat = next((p.split("|seat=")[1] for p in path_of[best] if "|seat=" in p), None)
        if seat is not None and city_v != "n/a":
            alt = "no seat" if seat == "no seat" else "right" if bare(ge["location"]["city"]) in seat else "wrong"
            key = f"story city {city_v}; the seat would be {alt}={city_v}"
            out["story city vs the seat it replaced"][name][key] += 1
        if city_v != "n/a":
            gcity = bare(ge["location"]["city"])
            for alt, got in city_alternatives(best, ev["location_country_iso3"], tables).items():
                if got is None:
                    verdict = "gives none"
                elif (gcity in got or got in gcity) == (city_v == "right"):
                    verdict = "same verdict"
                else:
                    verdict = "fixes" if city_v == "wrong" else "breaks"
                out["alternative city sources (country right): fixes/breaks"][name][
                    f"{alt}: {verdict} [{city.split(':')[0]}]=" + ("right" if verdict == "fixes" else "x")
                ] += 1
            out["gold city vs city step"][name][f"{rel.split()[0]} <- {city}={city_v}"] += 1
    for _ge, ev, ours, _gd, verdict, mem, by_article in ds.matched_dates(tables, cands, gold):
        extra: dict[str, Counter] = defaultdict(Counter)
        path = ds._path(ev, ours, verdict, mem, by_article, pub, extra)
        ok = "right" if verdict == "right" else "wrong"
        if "<" in path:  # a day carried from an earlier sentence: from which expression, how far back
            out["carried date: from, distance"][name][
                f"{path.split('<')[1]} {_distance(ev, ours, mem, by_article)}={ok}"
            ] += 1
        path = path.split("<")[0] + ("(carried)" if "<" in path else "")
        if path.startswith("none:"):
            path = "none"
        out["date step"][name][f"{path}={ok}"] += 1


def _distance(ev: dict, ours: str, mem: list, by_article: dict) -> str:
    """How far back the expression that named a carried day stands: the number of candidates of other days between
    it and the event's first report ('other day between' when the discourse passed over another day)."""
    aid, cand, _m = min(mem, key=lambda x: (x[0], x[1]["start_char"]))
    before = sorted((c for c in by_article[aid] if c["start_char"] < cand["start_char"]), key=lambda c: c["start_char"])
    named = [i for i, c in enumerate(before) if c.get("date_source") == "expression" and c.get("event_date") == ours]
    if not named:  # the lead's day handed forward, or a day an expression of no event candidate named
        later = any(
            c["start_char"] > cand["start_char"]
            and c.get("date_source") == "expression"
            and c.get("event_date") == ours
            for c in by_article[aid]
        )
        return "named later (lead forward)" if later else "named by no event's expression"
    between = before[named[-1] + 1 :]
    other = sum(1 for c in between if c.get("event_date") and c.get("event_date") != ours)
    gap = cand["start_char"] - before[named[-1]]["start_char"]
    return f"{'near' if gap < 400 else 'far'}{' other-day-between' if other else ''}"


def report(out: dict[str, dict[str, Counter]], per_half: bool) -> None:
    groups = {
        "tune": [n for n in out["country step"] if n.endswith("/tune")],
        "held": [n for n in out["country step"] if n.endswith("/held-out")],
        "dev": [n for n in out["country step"] if n.startswith("devset")],
    }
    for table, by_half in out.items():
        rows: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
        for name, c in by_half.items():
            for key, n in c.items():
                step, v = key.rsplit("=", 1)
                rows[step][name][v] += n
        print(f"\n== {table}: right/total (precision) per group" + (", then per half r/n" if per_half else ""))
        print(f"{'step':58} {'tune':>12} {'held':>12} {'dev':>12}")
        for step in sorted(rows, key=lambda s: -sum(sum(c.values()) for c in rows[s].values())):
            cells = []
            for g in ("tune", "held", "dev"):
                tot = sum((rows[step].get(n, Counter()) for n in groups[g]), Counter())
                n = sum(tot.values())
                cells.append(f"{tot['right']}/{n}" + (f" {tot['right'] / n:.2f}" if n else "     "))
            line = f"{step[:58]:58} " + " ".join(f"{c:>12}" for c in cells)
            if per_half:
                line += "  " + " ".join(
                    f"{h.replace('/held-out', '/H').replace('/tune', '/T')}:{c['right']}/{sum(c.values())}"
                    for h, c in sorted(rows[step].items())
                    if sum(c.values())
                )
            print(line)


def every_half(argv: list[str], half) -> dict[str, dict[str, Counter]]:
    """``half(warehouse, gold, out, tag)`` over each unseen half (``--dir``, default /tmp/unseen-base) and the two
    devsets (``--eval``, default /tmp/eval-base) that have a warehouse; the counts it filled."""
    base = next((argv[i + 1] for i, a in enumerate(argv) if a == "--dir"), "/tmp/unseen-base")
    ev_base = next((argv[i + 1] for i, a in enumerate(argv) if a == "--eval"), "/tmp/eval-base")
    out: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for c in COLLECTIONS:
        for h in ("tune", "held-out"):
            wh = Path(f"{base}/{c}/{h}.duckdb")
            if wh.exists():
                half(str(wh), f"{base}/{c}/{h}/gold.json", out, f"{c}/{h}")
    root = Path(__file__).resolve().parents[2] / "shared"
    for d in ("devset", "devset2"):
        wh = Path(f"{ev_base}/{d}.duckdb")
        if wh.exists():
            half(str(wh), str(root / d / "gold.json"), out, d)
    return out


def main(argv: list[str]) -> int:
    report(every_half(argv, half), "--per-half" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
