"""Which source gave each matched event its date, and how often each source is right against gold (counts only).

usage (from the project root):
    .venv/bin/python bench/date_sources.py [--alts] [--show] WAREHOUSE:GOLD_JSON ...

Replays the corpus-wide assembly (``pipeline.assemble``) over the analyses a warehouse has cached, with the current
code, and matches each gold main event as the scorer does (``place_sources.matches``). For the matched event it
records the candidate-level date source of the member that holds the event's date (expression by its kind:
weekday, rel_day ('yesterday'), month_day ...; discourse, statement, told_bound, publication, collection, story)
or the merge step that set it (a date no member holds: the announced day, a story's anchor); a day carried by
the discourse names the kind of the earlier expression that set it ('discourse<expression:weekday'); and counts the date
as right, one day later / earlier than gold, further off, none where gold has one, one where gold has none.
The offset of our date and of gold's date from the lead article's publication day is counted too (is the gold
day the publication day, the day before ...?).

--offset: each source split by our day's offset from the lead report's publication day ('discourse@-1').
--alts: for each wrong date, its miss class (no date / month or year / report day vs event day / a day off by N),
which other source among the members (or the publication day) would have given the
gold date; the offsets of gold's and our day from publication; the cues ('overnight', 'yesterday', 'on Monday',
'after' ...) in their sentences; publication-dated events by the UTC offset of their country; why an undated
planned event was given no announced day.
--show prints the sentences of the misses (development warehouses only; refused for a held-out half). Only counts
are printed otherwise, so it may be run on a held-out half.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import duckdb
import place_sources
from cached_inputs import load_inputs
from miss_causes import WIDTH

from sitrep.extract import event_merge
from sitrep.extract.report_clusters import SOURCE_RANK

for _name, _fn in place_sources.ORIGINAL.items():  # its recording wrappers are not needed here
    setattr(event_merge, _name, _fn)


def replay(warehouse: str) -> tuple[dict, dict, dict]:
    """(assembled tables, (article_id, start, end) -> member candidates, article_id -> publication day)."""
    from sitrep.extract.pipeline import assemble

    con = duckdb.connect(warehouse, read_only=True)
    analyses, meta = load_inputs(con)
    doc_of = dict(con.execute("select article_id, source_uri from curated.articles").fetchall())
    con.close()
    tables = assemble(analyses, meta)
    tables["doc_of"] = {a: Path(u or "").name for a, u in doc_of.items()}
    return (tables, *member_candidates(analyses, meta))


def member_candidates(analyses: list[dict], meta: dict) -> tuple[dict, dict]:
    """((article_id, start, end) -> the candidates told there, as the merge redates them; article_id -> its
    publication day)."""
    from sitrep.extract import first_days

    cands: dict[tuple, list[dict]] = defaultdict(list)
    for a in first_days.redate_first_published(analyses, meta):
        for c in a.get("event_candidates", []):
            cands[(a["article_id"], c["start_char"], c["end_char"])].append(c)
    pub = {}
    for aid, m in meta.items():
        p = m.get("published_at")
        if p is not None:
            pub[aid] = p if type(p) is date else p.date()
    return cands, pub


def _zone(ev: dict) -> str:
    """The UTC offset band of the event's country's capital: west (<= -3 h), middle, east (>= +5 h)."""
    from datetime import datetime

    from sitrep.ingest.local_day import capital_zone

    zone = capital_zone(ev["location_country_iso3"]) if ev.get("location_country_iso3") else None
    if zone is None:
        return "no place"
    hours = datetime(2020, 1, 15, 12).replace(tzinfo=zone).utcoffset().total_seconds() / 3600
    return "west" if hours <= -3 else "east" if hours >= 5 else "middle"


#: cues counted in the sentences of events whose date is wrong (counts only)
CUES = re.compile(
    r"(?i)\b(overnight|last week|last month|yesterday|today|tonight|earlier|later|late \w+day|early \w+day|"
    r"\w+day night|\w+day morning|\w+day evening|on \w+day|after|before|since)\b"
)


def _carried_from(cand: dict, by_article: dict, mem: list) -> str:
    """The kind of the last expression-dated candidate before ``cand`` in its article that named its day."""
    aid = next(a for a, c, _m in mem if c is cand)
    before = [
        c
        for c in by_article[aid]
        if c["start_char"] < cand["start_char"]
        and c.get("date_source") == "expression"
        and c.get("event_date") == cand.get("event_date")
    ]
    return _label(max(before, key=lambda c: c["start_char"])) if before else "?"


def _label(c: dict) -> str:
    src = c.get("date_source") or "-"
    if src == "expression":
        src += ":" + ((c.get("date_hints") or {}).get("kind") or "?")
    return src


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b or len(a) != 10 or len(b) != 10:
        return None
    return (date.fromisoformat(a) - date.fromisoformat(b)).days


def _verdict(ours: str, gold: str, width: int) -> str:
    if not gold:
        return "right" if not ours else "gold none"
    if not ours:
        return "ours none"
    if ours[:width] == gold[:width]:
        return "right"
    d = _days(ours, gold)
    return {1: "+1 later", -1: "-1 earlier"}.get(d, "further") if d is not None else "further"


KINDS = ("right", "+1 later", "-1 earlier", "further", "ours none", "gold none")


def _path(ev: dict, ours: str, verdict: str, mem: list, by_article: dict, pub: dict, extra: dict) -> str:
    """The source of the event's date: the member holding it, the merge step, or none."""
    holders = [c for _a, c, _m in mem if ours and c.get("event_date") == ours]
    if not ours:
        for a, c, _m in mem:  # why the announced day was not given (counts only)
            why = f"{_label(c)} hints={bool(c.get('date_hints'))} published={a in pub} {c.get('event_status')}"
            extra["undated member: " + verdict][why] += 1
        return "none:" + "/".join(sorted({_label(c) for _a, c, _m in mem})[:3])
    if not holders:
        return "merge:" + ("announced" if ev["event_status"] == "planned" else "other")
    held = min(holders, key=lambda c: SOURCE_RANK.get(c.get("date_source") or "", 1))
    if held.get("date_source") == "discourse":  # the day carried: which earlier expression named it
        return _label(held) + "<" + _carried_from(held, by_article, mem)
    return _label(held)


def _miss_class(ge: dict, ev: dict, ours: str, day: str | None) -> str:
    """The brief's subclasses of a wrong date: no date given; a month or year (ours or gold's); our day is the lead
    report's publication day (report day against event day, with gold's offset from it); else a day off by N."""
    gd = ge.get("date") or ""
    if not ours:
        return "we give no date"
    if not gd:
        return "gold gives no date"
    if ge.get("date_precision", "day") != "day" or ev.get("date_precision") != "day":
        return f"month or year precision (gold {ge.get('date_precision', 'day')}, ours {ev.get('date_precision')})"
    if ours == day:
        return f"report day vs event day (gold {_days(gd, day):+d})"
    return f"a day off by {_days(ours, gd):+d} ({'told' if ev['event_status'] != 'planned' else 'planned'})"


def _wrong(ge: dict, ev: dict, ours: str, verdict: str, path: str, mem: list, pub: dict, day, extra: dict) -> None:
    """Tally a wrong date: gold's and our offsets from publication, cues, members that had the gold day."""
    gd = ge.get("date") or ""
    extra["gold - publication"][str(_days(gd, day))] += 1
    extra["ours - publication"][str(_days(ours, day))] += 1
    extra["miss by status"][f"{ev['event_status']}/{verdict}"] += 1
    extra["miss class"][_miss_class(ge, ev, ours, day)] += 1
    for _a, c, _m in mem:
        for cue in CUES.findall(c.get("sentence") or ""):
            extra["cues in the sentences of wrong dates"][cue.lower()] += 1
    alts = {_label(c) for _a, c, _m in mem if gd and c.get("event_date") == gd}
    if gd and any(pub.get(a) and pub[a].isoformat() == gd for a, _c, _m in mem):
        alts.add("publication day of a member")
    for a in sorted(alts) or ["(none)"]:
        extra["member with gold date: " + path][a] += 1
    if SHOW:
        print(f"\n## {ge['type']} gold {gd} ours {ours} [{verdict}] path {path} pub {day} {ev['event_type']}")
        for a, c, m in mem:
            print(f"    {_label(c):24} {c.get('event_date')} {a}: {m['sentence'][:300]!r}")


def matched_dates(tables: dict, cands: dict, gold: dict):
    """For each gold main event the scorer matches: (gold event, our event, our day, gold day, verdict, our
    event's reports of its type as (article, candidate, mention), every candidate by article)."""
    events = {e["event_id"]: e for e in tables["events"]}
    members = defaultdict(list)
    for m in tables["event_mentions"]:
        for c in cands.get((m["article_id"], m["start_char"], m["end_char"]), []):
            members[m["event_id"]].append((m["article_id"], c, m))
    by_article = defaultdict(list)
    for (aid, _s, _e), cs in cands.items():
        by_article[aid].extend(cs)
    for ge, best in place_sources.matches(tables, gold):
        ev = events[best]
        ours = str(ev["event_date"]) if ev["event_date"] else ""
        gd = ge.get("date") or ""
        verdict = _verdict(ours, gd, WIDTH.get(ge.get("date_precision"), 10))
        mem = [x for x in members[best] if x[1].get("event_type") == ev["event_type"]] or members[best]
        yield ge, ev, ours, gd, verdict, mem, by_article


def score(tables: dict, cands: dict, pub: dict, gold: dict, out: dict, extra: dict) -> None:
    for ge, ev, ours, gd, verdict, mem, by_article in matched_dates(tables, cands, gold):
        path = _path(ev, ours, verdict, mem, by_article, pub, extra)
        lead = min(mem, key=lambda x: (x[0], x[1]["start_char"]))[0] if mem else None
        day = pub.get(lead).isoformat() if lead in pub else None
        if OFFSET:  # our day against the lead report's publication day
            path += f"@{_days(ours, day)}"
        out[path][verdict] += 1
        if ours and ours == day and not path.startswith("expression"):
            extra["publication-day events by the place's UTC offset"][f"{_zone(ev)} {verdict}"] += 1
        if verdict != "right":
            _wrong(ge, ev, ours, verdict, path, mem, pub, day, extra)
        else:
            extra["right: gold - publication"][str(_days(gd, day))] += 1


SHOW = False
OFFSET = False


def main(argv: list[str]) -> int:
    global SHOW, OFFSET
    OFFSET = "--offset" in argv
    totals: dict[str, Counter] = defaultdict(Counter)
    extra: dict[str, Counter] = defaultdict(Counter)
    for pair in (a for a in argv[1:] if not a.startswith("--")):
        wh, gold_path = pair.split(":")
        SHOW = "--show" in argv and "held-out" not in wh  # texts only for development data
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
        tables, cands, pub = replay(wh)
        mine: dict[str, Counter] = defaultdict(Counter)
        score(tables, cands, pub, gold, mine, extra)
        n = sum(sum(c.values()) for c in mine.values())
        print(f"{wh}: matched {n}, date right {sum(c['right'] for c in mine.values())}")
        for k, c in mine.items():
            totals[k].update(c)
    place_sources.print_tally("date source", totals, KINDS, 32, 10)
    if "--alts" in argv:
        for name, c in sorted(extra.items()):
            print(f"\n{name}: " + ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
