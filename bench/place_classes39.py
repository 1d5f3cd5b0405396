"""Round 39's classes of wrong event places: what ours is (none, another country, another city, a place where gold
gives none) and the cue that tells the case apart, with how often each cue would be right as a rule (counts only;
safe on a held-out half).

usage (from the project root):
    .venv/bin/python bench/place_classes39.py [--dir /tmp/unseen-base] [--eval /tmp/eval-base] [--rows]

For every gold main event of the 24 unseen halves and of devset and devset2 that the scorer matches, the assembly is
replayed with the current code as bench/place_sources32.py replays it. A wrong place is put in one class by what
ours is and by a cue:

- ``ours none``: the acting state of the merged roles (``merged_places``' one source state) is gold's country or
  not; the target state's; none of them;
- ``other country``: gold's country is the host of a visit the event's parties are on (a predicted CONSULT of the
  same reports, placed in gold's country, with one of the event's parties as its source), the target state's, a
  country the event's sentences name, a report's dateline country; else ``other``;
- ``other city`` (the country right) and ``gold none`` (we give a place).

Second table: the visit cue as a rule over every matched event placed in another country than the host of a visit
its parties are on, right or wrong (gold's country is the host: the rule would mend it; is ours: it would break it).
``--rows`` adds one line per wrong place of a tuning half (collection, gold event id, types, class; no text).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import place_sources as ps
import place_sources32 as ps32
import when_where33 as ww


def _parties(tables: dict) -> dict[str, dict[str, set[str]]]:
    """Event id -> role -> entity ids."""
    out: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in tables["event_participants"]:
        out[p["event_id"]][p["role"]].add(p["entity_id"])
    return out


def visit_hosts(ev_id: str, tables: dict, parties: dict, arts_of: dict[str, set[str]]) -> set[str]:
    """Countries of the predicted visits (CONSULT) told in the event's reports whose source is one of its parties."""
    mine = set().union(*parties[ev_id].values()) if parties[ev_id] else set()
    return {
        e["location_country_iso3"]
        for e in tables["events"]
        if e["event_type"] == "CONSULT"
        and e["event_id"] != ev_id
        and e["location_country_iso3"]
        and arts_of[e["event_id"]] & arts_of[ev_id]
        and parties[e["event_id"]]["source"] & mine
    }


def wrong_class(ge: dict, ev: dict, alts: dict, hosts: set[str], datelines: set[str]) -> str:
    gc = (ge.get("location") or {}).get("country")
    ours = ev["location_country_iso3"]
    if not gc:
        return "gold none / we place"
    if not ours:
        for name in ("acting_state", "target_state"):
            if (alts.get(name) or {}).get("location_country_iso3") == gc:
                return f"ours none / gold the {name.replace('_', ' ')}"
        return "ours none / gold none of the states"
    if ours == gc:
        return "other city"
    cues = (
        ("host of a visit of its parties", gc in hosts),
        ("the target state", (alts.get("target_state") or {}).get("location_country_iso3") == gc),
        ("named in its sentences", gc in alts.get("_sentence_countries", set())),
        ("a dateline's country", gc in datelines),
    )
    return "other country / gold " + next((name for name, hit in cues if hit), "other")


def half(wh: str, gold_path: str, out: dict[str, dict[str, Counter]], name: str) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tables, paths, _cands, _pub, _bodies = ps32.replay(wh)
    events, path_of, alts_of = ps32.by_event(tables, paths)
    arts_of: dict[str, set[str]] = defaultdict(set)
    for m in tables["event_mentions"]:
        arts_of[m["event_id"]].add(m["article_id"])
    parties = _parties(tables)
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        _t, _d, place_ok = ps._score(ge, ev)
        hosts = visit_hosts(best, tables, parties, arts_of)
        gc, ours = (ge.get("location") or {}).get("country"), ev["location_country_iso3"]
        if ours and hosts and ours not in hosts and len(hosts) == 1:
            verdict = "right" if gc in hosts else "wrong"
            out["visit cue as a rule (mends/breaks)"][name][f"{ps32.steps(path_of[best], ev)[0]}={verdict}"] += 1
        if place_ok:
            continue
        datelines = {d["location_country_iso3"] for a in arts_of[best] if (d := ps.DATELINES.get(a))}
        cls = wrong_class(ge, ev, alts_of[best], hosts, datelines)
        out["wrong place by cue"][name][f"{cls}=x"] += 1
        out["wrong place by cue [country step]"][name][f"{cls} [{ps32.steps(path_of[best], ev)[0]}]=x"] += 1
        if ROWS and "held-out" not in name:  # tuning halves only: the gold event's id, no text
            print(f"   {name} {ge['event']} {ge['type']}/{ev['event_type']}: {cls}")


ROWS = False


def main(argv: list[str]) -> int:
    global ROWS
    ROWS = "--rows" in argv
    ww.RATIO_TABLES += ("visit cue as a rule (mends/breaks)",)
    ww.report(
        ps32.every_half(argv, half),
        ["wrong place by cue", "wrong place by cue [country step]", "visit cue as a rule (mends/breaks)"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
