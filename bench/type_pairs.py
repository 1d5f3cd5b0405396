"""Counts only: gold main events found with a wrong type, by (gold type, coded type) and whether the gold type is
coded anywhere in the story's documents.

usage (from the project root):
    .venv/bin/python bench/type_pairs.py tune|held-out UNSEEN_DIR [UNSEEN_DIR ...]

UNSEEN_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection, each with
<half>.duckdb and <half>/gold.json, as bench/event_split.py writes them). A gold event counts here when
bench/miss_causes.py puts it under `found, wrong: type...` (the best event carrying every gold actor has another
type). For it the tool prints the pair (gold type, the coded type of that best event) and one of three classes:

- `gold type with all actors`: an event of the gold type in the gold docs carries every gold actor (its date or
  place made another event the best);
- `gold type with some actors`: an event of the gold type in the gold docs carries some of the gold actors;
- `gold type elsewhere`: an event of the gold type is coded in the gold docs, with none of the gold actors;
- `gold type nowhere`: no event of the gold type is coded in the gold docs.

A planned CONSULT/SUPPORT/COOPERATE/AID counts as AGREE, as the scorer counts it. Only counts and type names are
printed, never a text or a name, so the tool may be run on a held-out half.
"""

from __future__ import annotations

import sys
from collections import Counter

from miss_causes import PLANNED_AS_AGREE, Warehouse, resolved_events, split_halves


def as_gold(typ: str, status: str) -> str:
    return "AGREE" if typ in PLANNED_AS_AGREE and status == "planned" else typ


def wrong_types(wh: Warehouse, gold: dict) -> list[tuple[str, str, str]]:
    """(gold type, coded type, class) of every gold main event found with a wrong type."""
    out = []
    for ge, actors, docs in resolved_events(wh, gold):
        cands = [e for e in wh.events if set(actors) <= wh.parts[e] and wh.docs[e] & docs]
        if not cands:
            continue
        best = max(cands, key=lambda e: sum(wh.score(ge, e)))
        if wh.score(ge, best)[0]:
            continue
        want = ge["type"]
        typ, status = wh.events[best][0], wh.events[best][1]
        in_docs = [e for e in wh.events if wh.docs[e] & docs and want in {wh.events[e][0], as_gold(*wh.events[e][:2])}]
        if any(set(actors) <= wh.parts[e] for e in in_docs):
            where = "gold type with all actors"
        elif any(set(actors) & wh.parts[e] for e in in_docs):
            where = "gold type with some actors"
        elif in_docs:
            where = "gold type elsewhere"
        else:
            where = "gold type nowhere"
        out.append((want, as_gold(typ, status), where))
    return out


def count(half: str, roots: list[str]) -> Counter:
    c: Counter = Counter()
    for _coll, wh_path, gold in split_halves(roots, half):
        for row in wrong_types(Warehouse(wh_path), gold):
            c[row] += 1
    return c


def main(argv: list[str]) -> int:
    c = count(argv[1], argv[2:])
    print(f"wrong type: {sum(c.values())}")
    by_where: Counter = Counter()
    for (_, _, where), v in c.items():
        by_where[where] += v
    for where, v in by_where.most_common():
        print(f"  {where}: {v}")
    by_pair: Counter = Counter()
    for (want, got, _), v in c.items():
        by_pair[(want, got)] += v
    print("pairs (gold -> coded):")
    for (want, got), v in sorted(by_pair.items(), key=lambda kv: (-kv[1], kv[0])):
        rows = sorted((w.removeprefix("gold type "), n) for (a, b, w), n in c.items() if (a, b) == (want, got))
        wheres = ", ".join(f"{w} {n}" for w, n in rows)
        print(f"  {v:3d} {want} -> {got}   ({wheres})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
