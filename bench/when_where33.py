"""Classes of wrong dates and wrong places of matched events, with the step that chose the value (counts only;
safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/when_where33.py [--dir /tmp/unseen-base] [--eval /tmp/eval-base] [--show] [--signals]

For every gold main event of the 24 unseen halves (tune, held-out of bench/miss_causes.COLLECTIONS) and of devset and
devset2 that the scorer matches, the assembly is replayed as bench/place_sources32.py replays it (recording the step
that gave the country and the city) and bench/date_sources.py's date path is taken (the member expression's kind,
a day carried from an earlier sentence, the publication day, the merge). A wrong date or a wrong place is put in
one class:

dates
- ``no date`` / ``gold no date`` / ``month or year``;
- ``report day, act earlier (gold -N)``: our day is the lead report's publication day and gold's is before it
  (a past act told with "last week", "on Sunday" ... dated by the report);
- ``merged: report's day, act later``: our day is a member's day and gold's is after it while a later member
  holds gold's day (a merged event taking the earliest report's date);
- ``relative day off by N``: a weekday or relative day ("yesterday") resolved against the wrong anchor;
- ``off by N``: any other day; with ``; a member holds gold's day`` where another member of the event tells it.

places
- ``gold no place`` / ``we give none`` (with the country relation: s source state, t target state, d a dateline's
  country, n named in the event's sentences);
- ``dateline country, act elsewhere``: our country is a report's dateline country, gold's is not;
- ``doer's state, gold the target's`` / ``target's state, gold the doer's`` (a meeting's host against the visitor);
- ``other country``;
- country right, city wrong: ``gold city in the sentence`` (S), ``gold the dateline city`` (D), ``gold the
  capital`` (C), ``gold city elsewhere`` (A), ``gold city not named``; ``we give no city``.

Every class is printed with the step that chose the value ([country step], [city step] or [date step]) and
per group (tune, held, dev) as counts. --signals adds, for each date step, right/wrong by the cues of the member
sentences (development and held counts alike); --show prints the sentences of the tune and dev misses (refused for a
held-out half).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import date_sources as ds
import place_sources as ps
import place_sources32 as ps32

SHOW = False

#: tables printed as right/total per group (the others as counts of misses)
RATIO_TABLES = ("place right by country step", "date step by cue", "report-day events")

#: cues of a past act in a member sentence (the --signals table)
CUES = {
    "last week/month": re.compile(r"(?i)\blast (week|month|weekend)\b"),
    "earlier": re.compile(r"(?i)\bearlier (this|in the|last)\b"),
    "on <weekday>": re.compile(r"(?i)\bon (monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    "weekday bare": re.compile(r"(?i)\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"),
    "yesterday/today": re.compile(r"(?i)\b(yesterday|today|tonight)\b"),
    "since/after": re.compile(r"(?i)\b(since|after)\b"),
    "has/have + pp": re.compile(r"(?i)\b(has|have|had) (been |)\w+ed\b"),
}


def _day(mem: list, pub: dict) -> str | None:
    """The lead report's publication day (ISO), or None."""
    lead = min(mem, key=lambda x: (x[0], x[1]["start_char"]))[0] if mem else None
    return pub[lead].isoformat() if lead in pub else None


def date_class(ge: dict, ev: dict, ours: str, day: str | None, holders: set[str], reports: int, step: str) -> str:
    """The class of a wrong date (see module): ``day`` is the lead report's publication day, ``holders`` the
    reports whose member tells gold's day, ``reports`` how many reports the event merges."""
    gd = ge.get("date") or ""
    if not ours:
        return "no date"
    if not gd:
        return "gold no date"
    if ge.get("date_precision", "day") != "day" or ev.get("date_precision") != "day":
        return "month or year"
    off = ds._days(ours, gd)
    other = "; a member holds gold's day" if holders else ""
    if ours == day and ds._days(gd, day) < 0:
        return f"report day, act earlier (gold {ds._days(gd, day):+d}){other}"
    if off < 0 and reports > 1 and holders:
        return "merged: report's day, act later"
    if step.startswith(("expression:weekday", "expression:rel_day")) or "<expression:weekday" in step:
        return f"relative day off by {off:+d}{other}"
    return f"off by {off:+d}{other}"


def place_class(ge: dict, ev: dict, rel: str, states: tuple[str | None, str | None], datelines: set[str]) -> str:
    """The class of a wrong place (see module): ``rel`` is place_sources32.relation's flags, ``states`` the one
    source and the one target state (or None), ``datelines`` the countries of the event's reports' datelines."""
    gc = (ge.get("location") or {}).get("country")
    ours = ev["location_country_iso3"]
    if not gc:
        return "gold no place"
    if not ours:
        return "we give none; gold " + rel.split(" ")[-1]
    if ours != gc:
        if states == (ours, gc):
            return "doer's state, gold the target's"
        if states == (gc, ours):
            return "target's state, gold the doer's"
        if ours in datelines:
            return "dateline country, act elsewhere; gold " + rel.split(" ")[-1]
        return "other country; gold " + rel.split(" ")[-1]
    if ev.get("latitude") is None:
        return "we give no city; gold " + rel.split(" ")[0]
    flags = rel.split(" ")[0].split(":")[-1] if rel.startswith("city:") else "-"
    for flag, cls in (("S", "in the sentence"), ("D", "the dateline city"), ("C", "the capital")):
        if flag in flags:
            return "gold city " + cls if flag == "S" else "gold " + cls
    if "A" in flags or "F" in flags:
        return "gold city elsewhere in the reports"
    return "gold city not named"


def _alt_verdict(alt: dict | None, gc: str | None, now_ok: bool) -> str:
    got = (alt or {}).get("location_country_iso3")
    if not got:
        return "gives none"
    if (got == gc) == now_ok:
        return "same verdict"
    return "fixes" if got == gc else "breaks"


def _alternatives(out: dict, name: str, ge: dict, ev: dict, country: str, alts: dict, place_ok: bool) -> None:
    """For events placed by no step, and by the acting state or the story: the country each simple source would
    give (fixes / breaks / same verdict / gives none), judged on the country only."""
    from sitrep.extract import places

    gc = (ge.get("location") or {}).get("country")
    c_ok = ev["location_country_iso3"] == gc
    if country == "none" or country.startswith("fill:") or country.startswith("story"):
        sent = alts.get("_sentence_countries") or set()
        art = alts.get("_article_countries") or set()
        options = {
            "dateline": alts.get("article_dateline"),
            "home": alts.get("article_home"),
            "source state": alts.get("source_state"),
            "target state": alts.get("target_state"),
            "sole sentence country": places.country_place(next(iter(sent))) if len(sent) == 1 else None,
            "sole article country": places.country_place(next(iter(art))) if len(art) == 1 else None,
        }
        step = "none" if country == "none" else country.split("+")[0]
        for k, alt in options.items():
            v = _alt_verdict(alt, gc, c_ok)
            out["alternative countries"][name][f"{step}: {k}: {v}=x"] += 1


def _ok(flag: bool) -> str:
    return "right" if flag else "wrong"


def _report_day_signals(out, name, step, ours, ok, mem, by_article, pub, ev) -> None:
    """Events dated by the report's own day (the publication step, or a carried day no expression named): right /
    wrong by the days the lead article's expressions name (none, only the report's day, only earlier days, both),
    by the event's status and by whether the lead article is the only report."""
    if not ours or ours != _day(mem, pub) or not (step == "publication" or step == "discourse<?"):
        return
    lead = min(mem, key=lambda x: (x[0], x[1]["start_char"]))[0]
    days = [c.get("event_date") for c in by_article[lead] if c.get("date_source") == "expression"]
    before = sum(1 for d in days if d and d < ours)
    same = sum(1 for d in days if d == ours)
    kind = "no expression day" if not days else f"before {min(before, 3)} / same {min(same, 3)}"
    out["report-day events"][name][f"{kind}={ok}"] += 1
    majority = "no expression" if not days else ("mostly earlier" if before > same else "mostly report day")
    out["report-day events"][name][f"(majority) {majority}={ok}"] += 1
    out["report-day events"][name][f"(status) {ev['event_status']} reports={len({a for a, _c, _m in mem})}={ok}"] += 1
    for _a, c, _m in mem[:1]:
        out["report-day events"][name][f"(form) {_form(c)}={ok}"] += 1


def _form(c: dict) -> str:
    """The verb form of a candidate's trigger in its sentence: perfect, passive, past, present/other."""
    sent, trig = c.get("sentence") or "", (c.get("trigger") or "").split()
    if not trig:
        return "no trigger"
    word = trig[0]
    m = re.search(r"(?i)\b(\w+)\s+(?:\w+ly\s+)?" + re.escape(word) + r"\b", sent)
    aux = m.group(1).lower() if m else ""
    if aux in {"has", "have", "had"}:
        return "perfect"
    if aux in {"was", "were", "been", "is", "are"}:
        return "passive/progressive"
    if aux in {"will", "would", "to", "could", "may", "might", "should", "can"}:
        return "modal/infinitive"
    if word.lower().endswith("ed"):
        return "past -ed"
    return "other"


def _signals(out: dict, name: str, step: str, ok: str, mem: list) -> None:
    text = " ".join(c.get("sentence") or "" for _a, c, _m in mem)
    hits = [k for k, rx in CUES.items() if rx.search(text)] or ["(no cue)"]
    for k in hits:
        out["date step by cue"][name][f"{step} | {k}={ok}"] += 1


def half(wh: str, gold_path: str, out: dict[str, dict[str, Counter]], name: str) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tables, paths, cands, pub, _bodies = ps32.replay(wh)
    events = {e["event_id"]: e for e in tables["events"]}
    path_of = {e["event_id"]: p for e, p in zip(tables["events"], paths, strict=True)}
    alts_of = {e["event_id"]: a for e, a in zip(tables["events"], tables["alts"], strict=True)}
    show = SHOW and "held-out" not in name
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        type_ok, _d, place_ok = ps._score(ge, ev)
        country, city = ps32.steps(path_of[best], ev)
        _alternatives(out, name, ge, ev, country, alts_of[best], place_ok)
        if place_ok:
            out["place right by country step"][name][f"{country}=right"] += 1
            continue
        alts = alts_of[best]
        arts = {m["article_id"] for m in tables["event_mentions"] if m["event_id"] == best}
        states = tuple((alts.get(k) or {}).get("location_country_iso3") for k in ("source_state", "target_state"))
        dls = {d["location_country_iso3"] for a in arts if (d := ps.DATELINES.get(a))}
        cls = place_class(ge, ev, ps32.relation(ge, best, tables, alts), states, dls)
        step = country if not cls.startswith("gold city") and not cls.startswith("we give no city") else city
        out["wrong place: class [step]"][name][f"{cls} [{step}]=x"] += 1
        out["wrong place: class"][name][f"{cls.split(';')[0]}=x"] += 1
        out["wrong place: class, type right or wrong"][name][f"{cls.split(';')[0]} / type {_ok(type_ok)}=x"] += 1
        out["place right by country step"][name][f"{country}=wrong"] += 1
        if show:
            loc = ge.get("location") or {}
            print(
                f"\n## {name} PLACE {cls} [{step}] gold {loc.get('city')}/{loc.get('country')} ours "
                f"{ev['location_name']}/{ev['location_country_iso3']} {ge['type']} {ev['event_type']}"
            )
    for ge, ev, ours, gd, verdict, mem, by_article in ds.matched_dates(tables, cands, gold):
        extra: dict[str, Counter] = defaultdict(Counter)
        step = ds._path(ev, ours, verdict, mem, by_article, pub, extra)
        step = "none" if step.startswith("none:") else step
        ok = "right" if verdict == "right" else "wrong"
        _signals(out, name, step.split("<")[0], ok, mem)
        _report_day_signals(out, name, step, ours, ok, mem, by_article, pub, ev)
        if ok == "right":
            continue
        holders = {a for a, c, _m in mem if ge.get("date") and c.get("event_date") == ge["date"]}
        cls = date_class(ge, ev, ours, _day(mem, pub), holders, len({a for a, _c, _m in mem}), step)
        out["wrong date: class [step]"][name][f"{cls} [{step}]=x"] += 1
        short = cls.split(" (")[0].split(";")[0]
        out["wrong date: class"][name][f"{short}=x"] += 1
        out["wrong date: class, type right or wrong"][name][f"{short} / type {_ok(ps._score(ge, ev)[0])}=x"] += 1
        if show:
            print(
                f"\n## {name} DATE {cls} [{step}] gold {gd} ours {ours} pub {_day(mem, pub)} "
                f"{ge['type']} {ev['event_type']} {ev['event_status']}"
            )
            for a, c, m in mem:
                print(f"    {ds._label(c):24} {c.get('event_date')} {a[:8]}: {m['sentence'][:260]!r}")


def report(out: dict[str, dict[str, Counter]], tables_wanted: list[str]) -> None:
    names = {n for by in out.values() for n in by}
    groups = {
        "tune": [n for n in names if n.endswith("/tune")],
        "held": [n for n in names if n.endswith("/held-out")],
        "dev": [n for n in names if n.startswith("devset")],
    }
    for table in tables_wanted:
        rows: dict[str, Counter] = defaultdict(Counter)
        for g, members in groups.items():
            for n in members:
                for key, k in out[table].get(n, Counter()).items():
                    step, v = key.rsplit("=", 1)
                    rows[step][(g, v)] += k
        ratio = table in RATIO_TABLES
        print(f"\n== {table}: count per group" + (" (right/total)" if ratio else ""))
        print(f"{'class':78} {'tune':>7} {'held':>7} {'dev':>7}")
        for step in sorted(rows, key=lambda s: (-sum(rows[s].values()), s)):
            c = rows[step]
            if ratio:
                cells = [f"{c[(g, 'right')]}/{c[(g, 'right')] + c[(g, 'wrong')]}" for g in groups]
            else:
                cells = [str(c[(g, "x")]) for g in groups]
            print(f"{step[:78]:78} " + " ".join(f"{x:>7}" for x in cells))


def main(argv: list[str]) -> int:
    global SHOW
    SHOW = "--show" in argv
    out = ps32.every_half(argv, half)
    wanted = [
        f"wrong {what}: class{how}" for what in ("date", "place") for how in ("", ", type right or wrong", " [step]")
    ]
    if "--signals" in argv:
        wanted += ["place right by country step", "date step by cue", "alternative countries", "report-day events"]
    report(out, wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
