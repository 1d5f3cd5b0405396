"""Where the unseen collections' wrong-type events come from: counts only, so it runs on held-out halves too.

usage (from the project root):
    .venv/bin/python bench/type_misses39.py ROOT [ROOT ...]

ROOT is an ``unseen_all.sh`` work root (one folder per collection, each with ``tune.duckdb``/``held-out.duckdb``
and ``tune/gold.json``/``held-out/gold.json``, as ``bench/event_split.py`` makes them). Every gold main event the
scorer finds with the wrong type (``miss_causes.event_causes``: "found, wrong: type..." ) is put in one class,
tried in this order:

- ``gold type, an actor short``: an event of the gold type with evidence in the gold documents carries some
  but not all of the gold actors (a role miss the scorer shows as a type miss: the event that has every actor
  is another act of the same parties), split by whether a missing actor is mentioned inside such an event's own
  sentence;
- ``gold type, no gold actor``: an event of the gold type is in the documents, with none of the gold actors;
- ``manual convention (CONCEDE)``: the gold type is CONCEDE and none is coded (apologies and promised concessions,
  which sitrep keeps as SUPPORT/AGREE as the PLOVER gold records do);
- ``gold type nowhere``: no event of the gold type in the gold documents.

Printed per half: the counts of the classes, and the gold types by class (type names only, no text).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from miss_causes import Warehouse, event_causes, resolved_events, split_halves

SHORT = "gold type, an actor short (named elsewhere or nowhere)"
SHORT_IN_SENTENCE = "gold type, an actor short, named in its sentence"
NO_GOLD_ACTOR = "gold type, no gold actor"
CONVENTION = "manual convention (CONCEDE)"
NOWHERE = "gold type nowhere"
#: the classes by a short name for the per-type line
SHORT_NAMES = {
    SHORT: "short",
    SHORT_IN_SENTENCE: "short in sentence",
    NO_GOLD_ACTOR: "other actors",
    CONVENTION: "convention",
    NOWHERE: "nowhere",
}


def type_class(wh: Warehouse, gold_event: dict, actors: list[str], docs: set[str]) -> str:
    """The class of one gold event found with the wrong type."""
    same = [e for e in wh.events if wh.docs[e] & docs and wh.score(gold_event, e)[0]]
    partial = [e for e in same if set(actors) & wh.parts[e]]
    if partial:
        return SHORT_IN_SENTENCE if _named_inside(wh, partial, actors, docs) else SHORT
    if same:
        return NO_GOLD_ACTOR
    return CONVENTION if gold_event["type"] == "CONCEDE" else NOWHERE


def _named_inside(wh: Warehouse, events: list[str], actors: list[str], docs: set[str]) -> bool:
    """A gold actor missing from one of ``events`` is mentioned inside that event's own sentence."""
    for e in events:
        spans = wh.spans[e]
        for actor in set(actors) - wh.parts[e]:
            seen = [(aid, at) for d in docs for ent, _, aid, at in wh.mentions.get(d, []) if ent == actor]
            if any(aid == a and lo <= at < hi for aid, at in seen for a, lo, hi in spans):
                return True
    return False


def half_counts(wh_path: Path, gold: dict) -> tuple[Counter, Counter]:
    """(classes, gold types by class) of one half's wrong-type events."""
    wrong = {eid for eid, cause in event_causes(wh_path, gold) if cause.startswith("found, wrong: type")}
    wh = Warehouse(wh_path)
    classes: Counter = Counter()
    nowhere: Counter = Counter()
    for ge, actors, docs in resolved_events(wh, gold):
        if ge.get("event", "") not in wrong:
            continue
        kind = type_class(wh, ge, actors, docs)
        classes[kind] += 1
        nowhere[f"{SHORT_NAMES[kind]}:{ge['type']}"] += 1
    return classes, nowhere


def main(argv: list[str]) -> int:
    roots = argv[1:]
    for half in ("tune", "held-out"):
        total: Counter = Counter()
        types: Counter = Counter()
        for coll, wh_path, gold in split_halves(roots, half):
            classes, nowhere = half_counts(wh_path, gold)
            total.update(classes)
            types.update(nowhere)
            if classes:
                print(f"{half:8} {coll.name:9} " + "; ".join(f"{k} {v}" for k, v in sorted(classes.items())))
        print(f"== {half}: " + "; ".join(f"{k} {v}" for k, v in total.most_common()))
        print(f"   {half} gold types by class: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
