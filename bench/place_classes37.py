"""Wrong event places by what gold's place is, what ours is and the step that chose ours; and the precision of the
"one city the story names" fallbacks against the unknown place names of the story (counts only; safe on a held-out
half).

usage (from the project root):
    .venv/bin/python bench/place_classes37.py [--dir /tmp/unseen-base] [--eval /tmp/eval-base] [--rows]

For every gold main event of the 24 unseen halves and of devset and devset2 that the scorer matches, the assembly is
replayed as bench/place_sources32.py replays it. A wrong place is put in one row:

- gold's place: ``none``; ``country`` (no city); ``city:dateline`` (a report's dateline city); ``city:sentence``
  (named in the event's own sentences); ``city:known`` (named elsewhere in its reports, a city the gazetteer knows);
  ``city:unknown`` (named elsewhere, a name the gazetteer does not resolve); ``city:not named``;
- ours: ``none``, ``other country``, ``country only``, ``region`` (a region or an unknown name kept as written),
  ``city`` (another city of gold's country);
- the step (country step, and the city step when ours is a city).

Second table: every matched event whose city comes from a fallback that picks "the one city of the country the
story names" (``story_city:named`` / ``story_city:acts``, ``city_of_country``, the candidate-level ``story``
city of told_scenes), right/wrong by whether the event's reports name a place the gazetteer does not know (not a
country, not a region) at least as often as our city ("an unknown place outnamed it"). Only counts are printed;
``--rows`` adds one line per wrong place of a tuning half (collection, gold event id, types, class; no text).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import place_sources as ps
import place_sources32 as ps32
import when_where33 as ww
from miss_causes import bare

from sitrep.extract import places

#: the city steps that pick the one city of a country the story names
FALLBACKS = ("story_city", "city_of_country", "with country: story")
#: mention labels of place names
LABELS = frozenset({"GPE", "LOC", "FAC"})


def _unknown(surface: str) -> bool:
    """A place name the gazetteer resolves to nothing (not a city, a country or a region)."""
    return not places.resolve_place(surface) and not places.region_place(surface) and not places.country_cue(surface)


def _names(arts: set[str]) -> Counter:
    """Bare place names the reports mention, with how often."""
    return Counter(bare(m["surface"]) for a in arts for m in ps.MENTIONS.get(a, []) if m.get("label") in LABELS)


def gold_kind(ge: dict, rel: str, arts: set[str]) -> str:
    loc = ge.get("location") or {}
    if not loc.get("country"):
        return "none"
    city = bare(loc.get("city") or "")
    if not city:
        return "country"
    flags = rel.split(" ")[0]
    if "D" in flags.split(":")[-1]:
        return "city:dateline"
    if "S" in flags.split(":")[-1]:
        return "city:sentence"
    names = _names(arts)
    if not any(city in n or n in city for n in names if n):
        return "city:not named"
    return "city:unknown" if _unknown(loc["city"]) else "city:known"


def our_kind(ge: dict, ev: dict) -> str:
    gc = (ge.get("location") or {}).get("country")
    ours = ev["location_country_iso3"]
    if not ours:
        return "none"
    if gc and ours != gc:
        return "other country"
    if ev.get("latitude") is not None:
        return "city"
    return (
        "region"
        if bare(ev.get("location_name") or "") != bare(places.country_place(ours)["location_name"])
        else ("country only")
    )


def outnamed(ev: dict, arts: set[str]) -> bool:
    """An unknown place is named in the event's reports at least as often as our city."""
    names = _names(arts)
    ours = bare(ev.get("location_name") or "")
    n_ours = sum(k for n, k in names.items() if n and (n in ours or ours in n))
    return any(k >= max(n_ours, 1) for n, k in names.items() if _unknown(n))


def top_unknown(arts: set[str]) -> str | None:
    """The unknown place name the reports name most (at least twice, and more than any other unknown one)."""
    top = Counter({n: k for n, k in _names(arts).items() if n and _unknown(n)}).most_common(2)
    if not top or top[0][1] < 2 or len(top) > 1 and top[1][1] == top[0][1]:
        return None
    return top[0][0]


def half(wh: str, gold_path: str, out: dict[str, dict[str, Counter]], name: str) -> None:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    tables, paths, _cands, _pub, _bodies = ps32.replay(wh)
    events, path_of, alts_of = ps32.by_event(tables, paths)
    for ge, best in ps.matches(tables, gold):
        ev = events[best]
        _t, _d, place_ok = ps._score(ge, ev)
        country, city = ps32.steps(path_of[best], ev)
        arts = {m["article_id"] for m in tables["event_mentions"] if m["event_id"] == best}
        if city.startswith(FALLBACKS):
            key = f"{city.split('|')[0]} / unknown place outnamed it: {'yes' if outnamed(ev, arts) else 'no'}"
            out["fallback city"][name][f"{key}={'right' if place_ok else 'wrong'}"] += 1
            top = top_unknown(arts)
            gcity = bare((ge.get("location") or {}).get("city") or "")
            hit = "gold city none" if not gcity else "yes" if top and (gcity in top or top in gcity) else "no"
            out["fallback city: gold's city is the most named unknown place"][name][f"{hit}=x"] += 1
        if place_ok:
            continue
        rel = ps32.relation(ge, best, tables, alts_of[best])
        gk, ok = gold_kind(ge, rel, arts), our_kind(ge, ev)
        step = city if ok == "city" else country
        out["wrong place: gold / ours"][name][f"{gk} / {ok}=x"] += 1
        out["wrong place: gold / ours [step]"][name][f"{gk} / {ok} [{step}]=x"] += 1
        if ROWS and "held-out" not in name:  # tuning halves only: the gold event's id, no text
            print(f"   {name} {ge['event']} {ge['type']}/{ev['event_type']}: {gk} / {ok} [{step}]")


ROWS = False


def main(argv: list[str]) -> int:
    global ROWS
    ROWS = "--rows" in argv
    ww.RATIO_TABLES += ("fallback city",)
    ww.report(
        ps32.every_half(argv, half),
        [
            "wrong place: gold / ours",
            "wrong place: gold / ours [step]",
            "fallback city",
            "fallback city: gold's city is the most named unknown place",
        ],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
