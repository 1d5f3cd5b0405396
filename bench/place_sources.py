"""Which source gave each merged event its place, and how often each source is right against gold (counts only).

usage (from the project root):
    .venv/bin/python bench/place_sources.py [--events] WAREHOUSE:GOLD_JSON ...

Replays the corpus-wide assembly (``pipeline.assemble``) over the analyses a warehouse has cached
(ops.article_analyses), with the current code, and records for every merged event the path its place took:

- the reports' own place (``Cluster.place``) and the candidate-level source of the member it came from
  (sentence, discourse, story, dateline, at sea);
- the merge's decision (``merged_places.event_place``): kept the reports' place, dropped it (a call), replaced a
  borrowed place by the acting state's country, the reporter-abroad rule, or filled an empty place with the
  acting state's / home / compatriots' country;
- the later steps that changed it: the same-day venue (``event_venues``), the seat of government, the story city.

Each gold main event is matched as the acceptance scorer and bench/miss_causes.py match it (the best event with
evidence in its documents that carries every resolved gold actor); the path of that event's place is counted
as right or wrong. Only counts are printed (never a text), so it may be run on a held-out half. Since the
assembly is replayed, a change to the merge-level place rules is measured without re-running spaCy (the
analyses must come from the same candidate-level code).

Flags: --events (every predicted event's path), --alts (what each other source would have given the matched
events: the acting / source / target state, the home of the acting persons, compatriots, the majority of the
members' places, per candidate source, the articles' datelines and home countries; for events whose country is
wrong, whether the gold country is named in their sentences or articles; for events whose city is wrong, whether
the gold city is named), --by-type (the same, per gold type and path), --members (each member candidate's own
place by its source and way, and against a dateline of another country), --cross (per path and type: is the
final / source state's / target state's / home country right), --variant=NAME (a counterfactual replayed: a
candidate-level change of borrowed places, 'discourse->dateline', 'story->none', 'none->dateline',
'dateline->none', 'discourse->none', 'story-foreign-doer'; or a merge step left out: 'no-story-city',
'no-seat', 'no-venue'), --show (development warehouses only: the texts of the misses; refused for a held-out
half).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import duckdb
from cached_inputs import load_inputs
from miss_causes import bare, fold

from sitrep.extract import event_merge, merged_places, place_order
from sitrep.extract.story_cities import article_cities

PATHS: list[list[str]] = []  # one path per cluster, in the merge's order
ALTS: list[dict[str, dict | None]] = []  # per cluster: the place each source would give it


def _who(place: dict | None) -> str:
    if not place:
        return "none"
    return f"{place.get('location_name')}/{place.get('location_country_iso3')}/{place.get('latitude') is not None}"


def _merge_step(c, roles, country_of, party_country=None) -> dict | None:
    """``merged_places.event_place`` with the branch it took recorded."""
    reports = c.place()
    out = ORIGINAL["event_place"](c, roles, country_of, party_country)
    src = (reports or {}).get("place_source") or "-"
    if (reports or {}).get("place_how"):
        src += "/" + reports["place_how"]
    if out is None:
        path = ["none" if reports is None else f"dropped({src})"]
    elif reports is not None and _who(out) == _who(reports):
        path = [f"reports:{src}"]
    elif reports is not None:
        acting = merged_places._acting_state_place(c, roles, country_of)
        home = merged_places._home_place(c)
        if acting and out["location_country_iso3"] == acting["location_country_iso3"]:
            path = [f"{src}->acting_state"]
        elif home and out["location_country_iso3"] == home["location_country_iso3"]:
            path = [f"{src}->home"]
        else:
            path = [f"{src}->reporter_abroad"]
    else:
        acting = merged_places._acting_state_place(c, roles, country_of)
        home = merged_places._home_place(c)
        if acting and _who(out) == _who(acting):
            path = ["fill:acting_state"]
        elif home and _who(out) == _who(home):
            path = ["fill:home"]
        else:
            path = ["fill:domestic"]
    PATHS.append(path)
    ALTS.append(_alternatives(c, roles, country_of, party_country or {}, reports, out))
    return out


def _majority(cands: list[dict]) -> dict | None:
    if not cands:
        return None
    top = Counter(p["location_country_iso3"] for p in cands).most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return next(p for p in cands if p["location_country_iso3"] == top[0][0])


def _alternatives(c, roles, country_of, party_country, reports, out) -> dict[str, dict | None]:
    """The place each source would give the cluster (for the counterfactual counts)."""
    from sitrep.extract import places

    cands = [m.cand for m in c.members if m.cand.get("location_country_iso3")]
    alts = {
        "final(merge)": out,
        "reports": reports,
        "acting_state": merged_places._acting_state_place(c, roles, country_of),
        "source_state": (
            places.country_place(next(iter(s)))
            if len(s := merged_places._states_in_role(c, roles, country_of, "source")) == 1
            else None
        ),
        "target_state": (
            places.country_place(next(iter(s)))
            if len(s := merged_places._states_in_role(c, roles, country_of, "target")) == 1
            else None
        ),
        "home": merged_places._home_place(c),
        "domestic": merged_places._domestic_place(roles, party_country),
        "majority_all": _majority(cands),
        "first_report": min(c.members, key=lambda m: (m.article_id, m.cand["start_char"])).cand if cands else None,
    }
    for src in ("sentence", "discourse", "dateline", "story"):
        alts["maj_" + src] = _majority([p for p in cands if p.get("place_source") == src])
    datelines = [DATELINES.get(m.article_id) for m in c.members]
    alts["article_dateline"] = _majority([d for d in datelines if d])
    alts["article_home"] = _majority([HOMES[m.article_id] for m in c.members if HOMES.get(m.article_id)])
    sent, art = set(), set()
    scity, acity = set(), set()
    for m in c.members:
        for mm in MENTIONS.get(m.article_id, []):
            cty = places.resolve_place(mm["surface"]) if mm.get("label") in {"GPE", "LOC", "FAC"} else None
            if cty and cty.get("level") == "city":
                acity.add(bare(cty["location_name"]))
                if m.cand["start_char"] <= mm["start_char"] < m.cand["end_char"]:
                    scity.add(bare(cty["location_name"]))
            iso3 = mm.get("country_iso3") if mm.get("label") in {"GPE", "LOC", "FAC"} else None
            if iso3 is None and mm.get("label") in {"GPE", "LOC", "FAC"}:
                found = places.resolve_place(mm["surface"])
                iso3 = found["location_country_iso3"] if found else None
            if iso3:
                art.add(iso3)
                if m.cand["start_char"] <= mm["start_char"] < m.cand["end_char"]:
                    sent.add(iso3)
    alts["~any_mention"] = {bare(mm["surface"]) for m in c.members for mm in MENTIONS.get(m.article_id, [])}
    alts["~sentence_mention"] = {
        bare(mm["surface"])
        for m in c.members
        for mm in MENTIONS.get(m.article_id, [])
        if m.cand["start_char"] <= mm["start_char"] < m.cand["end_char"]
    }
    alts["~sentence_cities"] = scity
    alts["~article_cities"] = acity
    alts["~member_cities"] = {
        bare(m.cand.get("location_written") or m.cand["location_name"])
        for m in c.members
        if m.cand.get("latitude") is not None
    }
    alts["~dateline_cities"] = {
        bare(d["location_name"]) for m in c.members if (d := DATELINES.get(m.article_id)) and d.get("level") == "city"
    }
    from sitrep.extract import government_seats

    iso = (out or {}).get("location_country_iso3")
    seat = government_seats.seat_of_government(iso) if iso else None
    alts["~capital"] = {bare(seat["location_name"])} if seat else set()
    alts["=members"] = [
        (f"{m.cand.get('place_source')}/{m.cand.get('place_how')}", {**m.cand, "dl": DATELINES.get(m.article_id)})
        for m in c.members
        if m.cand.get("location_country_iso3")
    ]
    alts["_sentence_countries"] = sent
    alts["_article_countries"] = art
    return alts


DATELINES: dict[str, dict | None] = {}
MENTIONS: dict[str, list[dict]] = {}
HOMES: dict[str, dict | None] = {}


def _venues(happenings, states=None):
    out = [h.place for h in happenings] if VARIANT == "no-venue" else ORIGINAL["venue_places"](happenings, states)
    for i, (h, p) in enumerate(zip(happenings, out, strict=True)):
        if _who(h.place) != _who(p):
            PATHS[i].append("venue")
    return out


def _settled(clusters, all_roles, places_of, country_of, analyses):
    """``place_order.settled_places`` with the step that made each place a city recorded (seat or story_city)."""
    cities = article_cities(analyses)
    out = []
    for i, (c, roles, place) in enumerate(zip(clusters, all_roles, places_of, strict=True)):
        if VARIANT == "no-seat":
            got = place_order.story_city(place, c, cities)
        elif VARIANT == "no-story-city":
            got = place_order.seat_of_government(c, place, roles, country_of)
        else:
            got = place_order.settled_place(c, place, roles, country_of, cities)
        if _who(got) != _who(place):
            seat = place_order.seat_of_government(c, place, roles, country_of)
            PATHS[i].append("seat" if _who(got) == _who(seat) else "story_city")
        out.append(got)
    return out


ORIGINAL = {
    "event_place": event_merge.event_place,
    "venue_places": event_merge.venue_places,
    "settled_places": event_merge.settled_places,
}
event_merge.event_place = _merge_step
event_merge.venue_places = _venues
event_merge.settled_places = _settled


def replay(warehouse: str) -> tuple[dict, list[str]]:
    """The assembled tables of a warehouse's cached analyses, and each event's place path."""
    from sitrep.extract.pipeline import assemble

    con = duckdb.connect(warehouse, read_only=True)
    analyses, meta = load_inputs(con)
    doc_of = dict(con.execute("select article_id, source_uri from curated.articles").fetchall())
    bodies = dict(con.execute("select article_id, body from curated.articles").fetchall())
    con.close()
    PATHS.clear()
    ALTS.clear()
    _article_places(analyses, bodies)
    if VARIANT:
        _vary(analyses, bodies)
    tables = assemble(analyses, meta)
    tables["doc_of"] = {a: Path(u or "").name for a, u in doc_of.items()}
    tables["alts"] = list(ALTS)
    return tables, ["+".join(p) for p in PATHS]


VARIANT = ""
CHANGED: Counter = Counter()
FIELDS = ("location_name", "location_written", "location_country_iso3", "latitude", "longitude", "place_source")


def _vary(analyses: list[dict], bodies: dict) -> None:
    """A candidate-level counterfactual: change the places of some candidates before the merge."""
    from sitrep.extract import places

    for a in analyses:
        text = bodies.get(a["article_id"]) or ""
        dl = places.dateline_place(text) if text else None
        for c in a.get("event_candidates", []):
            src = c.get("place_source")
            if VARIANT == "discourse->dateline" and src == "discourse" and dl:
                if dl["location_country_iso3"] != c["location_country_iso3"]:
                    _set(c, dl, "dateline")
            elif VARIANT == "story->none" and src == "story":
                _set(c, None, None)
            elif VARIANT == "none->dateline" and not src and dl:
                _set(c, dl, "dateline")
            elif (
                VARIANT == "dateline->none" and src == "dateline" or VARIANT == "discourse->none" and src == "discourse"
            ):
                _set(c, None, None)
            elif VARIANT == "story-foreign-doer" and src == "story":
                by_idx = {m["idx"]: m for m in a["mentions"]}
                doers = {
                    p.get("country_iso3")
                    or (by_idx.get(p["mention_idx"]) or {}).get("country_iso3")
                    or (by_idx.get(p["mention_idx"]) or {}).get("context_country")
                    for p in c["participants"]
                    if p["role"] == "source"
                } - {None}
                CHANGED[("doers" if doers else "no doers", c["location_country_iso3"] in doers)] += 1
                if doers and c["location_country_iso3"] not in doers:
                    _set(c, None, None)
            elif VARIANT == "discourse->dateline_any" and src == "discourse" and dl:
                _set(c, dl, "dateline")


def _set(c: dict, place: dict | None, src: str | None) -> None:
    for f in FIELDS[:-1]:
        key = "written" if f == "location_written" else f
        c[f] = place.get(key) if place else None
    c["place_source"] = src


def _article_places(analyses: list[dict], bodies: dict) -> None:
    """Each article's dateline place and its home country (``article_setting``)."""
    from sitrep.extract import article_setting, places

    DATELINES.clear()
    HOMES.clear()
    for a in analyses:
        MENTIONS[a["article_id"]] = a.get("mentions", [])
        text = bodies.get(a["article_id"]) or ""
        DATELINES[a["article_id"]] = places.dateline_place(text) if text else None
        named = [
            (m["start_char"], m.get("country_iso3")) for m in a.get("mentions", []) if m.get("label") in {"GPE", "NORP"}
        ]
        home = article_setting.home_country(text, named) if text else None
        HOMES[a["article_id"]] = places.country_place(home) if home else None


def matches(tables: dict, gold: dict) -> list[tuple[dict, str]]:
    """(gold main event, the event it is matched with), as the scorer matches them (bench/miss_causes.py)."""
    doc_of = tables["doc_of"]
    events = {e["event_id"]: e for e in tables["events"]}
    parts, docs = defaultdict(set), defaultdict(set)
    for p in tables["event_participants"]:
        parts[p["event_id"]].add(p["entity_id"])
    for m in tables["event_mentions"]:
        docs[m["event_id"]].add(doc_of.get(m["article_id"]))
    mentions = defaultdict(Counter)
    for m in tables["mentions"]:
        mentions[(doc_of.get(m["article_id"]), fold(m["surface"]))][m["entity_id"]] += 1
    entities = {e["canonical"]: e for e in gold["entities"]}
    out = []
    for ge in gold["events"]:
        if ge.get("background"):
            continue
        actors = []
        for a in ge["actors"]:
            aliases = {fold(s) for s in entities[a]["aliases"]}
            got = Counter()
            for d in entities[a].get("docs", []):
                for alias in aliases:
                    got.update(mentions.get((d, alias), Counter()))
            actors.append(got.most_common(1)[0][0] if got else None)
        if None in actors:
            continue
        gdocs = set(ge["docs"])
        cands = [eid for eid in events if set(actors) <= parts[eid] and docs[eid] & gdocs]
        if cands:
            out.append((ge, max(cands, key=lambda e: sum(_score(ge, events[e])))))
    return out


def _kind(ge: dict, ev: dict) -> str:
    loc = ge.get("location") or {}
    if _score(ge, ev)[2]:
        return "right"
    if not loc.get("country"):
        return "gold none"
    if not ev["location_country_iso3"]:
        return "ours none"
    return "country" if ev["location_country_iso3"] != loc["country"] else "city"


def score(tables: dict, paths: list[str], gold: dict, out: dict[str, Counter]) -> None:
    """Count, per place path, the matched gold events whose place is right and wrong; and the alternatives."""
    events = {e["event_id"]: e for e in tables["events"]}
    path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
    alts_of = {e["event_id"]: a for e, a in zip(tables["events"], tables["alts"], strict=True)}
    for ge, best in matches(tables, gold):
        ev, path = events[best], path_of[best]
        kind = _kind(ge, ev)
        out[path][kind] += 1
        if SHOW and kind != "right" and "held-out" not in SHOW:  # texts only for development data
            loc = ge.get("location") or {}
            print(
                f"\n## {ge['type']} gold {loc.get('city')}/{loc.get('country')} ours {ev['location_name']}/"
                f"{ev['location_country_iso3']} [{kind}] path {path} type {ev['event_type']}"
            )
            for m in tables["event_mentions"]:
                if m["event_id"] == best:
                    print("    ", m["sentence"][:400])
        _cross(ge, ev, path, alts_of[best])
        for name, alt in alts_of[best].items():
            _alternative(ge, ev, path, name, alt, kind == "right")


def _ok(place: dict | None, country: str | None) -> str:
    return "-" if place is None else "Y" if place["location_country_iso3"] == country else "n"


def _cross(ge: dict, ev: dict, path: str, alts: dict) -> None:
    """(path, type, is the final / source state's / target state's / home country right)."""
    country = (ge.get("location") or {}).get("country")
    final = {"location_country_iso3": ev["location_country_iso3"]} if ev["location_country_iso3"] else None
    key = (
        path.split(":")[0].split("->")[0].split("+")[0],
        ev["event_type"],
        "final" + _ok(final, country),
        "src" + _ok(alts["source_state"], country),
        "tgt" + _ok(alts["target_state"], country),
        "home" + _ok(alts["home"], country),
    )
    CROSS[key] += 1


def _alternative(ge: dict, ev: dict, path: str, name: str, alt, right: bool) -> None:
    """Count whether the alternative source ``name`` would have given the gold country (or city)."""
    loc = ge.get("location") or {}
    final_country = ev["location_country_iso3"] == loc.get("country")
    if name.startswith("="):  # each member candidate's own place
        for how, cand in alt:
            ok_country = cand["location_country_iso3"] == loc.get("country")
            written = cand.get("location_written") or cand.get("location_name") or ""
            ok = ok_country and (not loc.get("city") or bare(loc["city"]) in bare(written))
            MEMBERS[how]["right" if ok else "city" if ok_country else "country"] += 1
            dl = cand.get("dl")
            if dl and dl["location_country_iso3"] != cand["location_country_iso3"]:
                dl_ok = dl["location_country_iso3"] == loc.get("country")
                side = "right" if ok_country and not dl_ok else "city" if dl_ok and not ok_country else "country"
                MEMBERS["vs dateline: " + how][side] += 1
            if SHOW and not ok and "held-out" not in SHOW:  # texts only for development data
                print(f"  member {how} {written}/{cand['location_country_iso3']} gold {loc}: {cand['sentence'][:300]}")
        return
    if name.startswith("~"):  # city names: for events whose country is right and city wrong
        if final_country and loc.get("city") and not right:
            ALT_COUNTS[name]["ok where final wrong"] += any(bare(loc["city"]) in x for x in alt)
            ALT_COUNTS[name]["none"] += not alt
            ALT_COUNTS[name]["country wrong"] += 1
        return
    if name.startswith("_"):  # country sets: for events whose country is wrong
        if not final_country:
            ALT_COUNTS[name]["ok where final wrong"] += loc.get("country") in alt
            BY_TYPE[(name, ge["type"], path)]["fixes"] += loc.get("country") in alt
            BY_TYPE[(name, ge["type"], path)]["breaks"] += loc.get("country") not in alt
            ALT_COUNTS[name]["none"] += not alt
            ALT_COUNTS[name]["country wrong"] += 1
        return
    if alt is None:
        ALT_COUNTS[name]["none"] += 1
        return
    ok_country = alt["location_country_iso3"] == loc.get("country")
    written = alt.get("location_written") or alt.get("location_name") or ""
    ALT_COUNTS[name]["country ok" if ok_country else "country wrong"] += 1
    ALT_COUNTS[name]["full ok"] += ok_country and (not loc.get("city") or bare(loc["city"]) in bare(written))
    if not final_country:
        ALT_COUNTS[name]["ok where final wrong"] += ok_country
        BY_TYPE[(name, ge["type"], path)]["fixes"] += ok_country
    else:
        ALT_COUNTS[name]["wrong where final right"] += not ok_country
        BY_TYPE[(name, ge["type"], path)]["breaks"] += not ok_country


ALT_COUNTS: dict[str, Counter] = defaultdict(Counter)
SHOW = ""
CROSS: Counter = Counter()
MEMBERS: dict[str, Counter] = defaultdict(Counter)
BY_TYPE: dict[tuple, Counter] = defaultdict(Counter)


def _score(ge: dict, ev: dict) -> tuple[bool, bool, bool]:
    from miss_causes import PLANNED_AS_AGREE, WIDTH

    want = ge["type"]
    typ, status = ev["event_type"], ev["event_status"]
    type_ok = typ == want or (want == "AGREE" and typ in PLANNED_AS_AGREE and status == "planned")
    date = str(ev["event_date"]) if ev["event_date"] else ""
    gold_date = ge.get("date") or ""
    width = WIDTH.get(ge.get("date_precision"), 10)
    date_ok = (not date) if not gold_date else bool(date) and date[:width] == gold_date[:width]
    loc = ge.get("location") or {}
    country, place = ev["location_country_iso3"], ev["location_name"]
    place_ok = country == loc.get("country") and (not loc.get("city") or bare(loc["city"]) in bare(place))
    return type_ok, date_ok, place_ok


KINDS = ("right", "country", "city", "ours none", "gold none")


def main(argv: list[str]) -> int:
    global VARIANT, SHOW
    totals: dict[str, Counter] = defaultdict(Counter)
    all_paths: Counter = Counter()
    VARIANT = next((a.split("=", 1)[1] for a in argv if a.startswith("--variant=")), "")
    for pair in (a for a in argv[1:] if not a.startswith("--")):
        wh, gold_path = pair.split(":")
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        SHOW = wh if "--show" in argv else ""
        tables, paths = replay(wh)
        all_paths.update(paths)
        mine: dict[str, Counter] = defaultdict(Counter)
        score(tables, paths, gold, mine)
        n = sum(sum(c.values()) for c in mine.values())
        right = sum(c["right"] for c in mine.values())
        print(f"{wh}: matched {n}, place right {right}")
        for k, c in mine.items():
            totals[k].update(c)
    _report(argv, totals, all_paths)
    return 0


def print_tally(head: str, totals: dict[str, Counter], kinds: tuple[str, ...], label: int, cell: int) -> None:
    """One row per path (most counted first) and an ALL row, a column per verdict kind."""
    print(f"\n{head:{label}} " + " ".join(f"{k:>{cell}}" for k in kinds))
    for path, c in sorted(totals.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{path:{label}} " + " ".join(f"{c[k]:{cell}d}" for k in kinds))
    tot = sum(totals.values(), Counter())
    print(f"{'ALL':{label}} " + " ".join(f"{tot[k]:{cell}d}" for k in kinds))


def _report(argv: list[str], totals: dict[str, Counter], all_paths: Counter) -> None:
    print_tally("path", totals, KINDS, 48, 9)
    if "--alts" in argv:
        keys = ("country ok", "country wrong", "none", "full ok", "ok where final wrong", "wrong where final right")
        print(f"\n{'source (counterfactual)':24} " + " ".join(f"{k[:12]:>12}" for k in keys))
        for name, c in ALT_COUNTS.items():
            print(f"{name:24} " + " ".join(f"{c[k]:12d}" for k in keys))
    if "--by-type" in argv:
        print("\n(alternative, gold type, final path): fixes / breaks (country level)")
        for k, c in sorted(BY_TYPE.items()):
            if c["fixes"] or c["breaks"]:
                print(f"   {k[0]:16} {k[1]:10} {k[2]:36} {c['fixes']:3d} {c['breaks']:3d}")
    if CHANGED:
        print("candidates the variant looked at:", dict(CHANGED))
    if "--members" in argv:
        print("\nmember candidates of matched events, by source/way: right, city wrong, country wrong")
        print("('vs dateline': member right and dateline wrong, dateline right and member wrong, both wrong)")
        for how, c in sorted(MEMBERS.items(), key=lambda kv: -sum(kv[1].values())):
            print(f"   {how:40} {c['right']:5d} {c['city']:5d} {c['country']:5d}")
    if "--cross" in argv:
        print("\n(path, our type, is the country right: final, one source state, one target state, home)")
        for k, n in sorted(CROSS.items()):
            print("   ", n, *k)
    if "--events" in argv:
        print("\nevery predicted event's path:")
        for p, n in all_paths.most_common():
            print(f"   {n:5d} {p}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
