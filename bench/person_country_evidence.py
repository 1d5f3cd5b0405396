"""Where the text holds the gold country of a person the place vote (``actor_countries`` step ``places``) decides
(counts only, so it may be run on a held-out half).

usage (from the project root):
    .venv/bin/python bench/person_country_evidence.py WAREHOUSE:GOLD_JSON ...

Replays corpus resolution as bench/actor_country_sources.py does; for each gold PERSON with a country whose entity
got its country from the place vote, counts, split by the vote's verdict (right / wrong): whether any mention has a
title or role (``titled``), how many articles name the person, and the nearest place the gold country is written
in those articles: a demonym or place in one of the person's sentences (``sentence``), in the sentence before or
after (``near``), as the country of another person or organisation in one of the person's sentences
(``companion``), anywhere in the articles (``article``) or nowhere (``absent``).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from actor_country_sources import replay
from miss_causes import Warehouse


def _evidence(eid: str, gold: str, ents: dict, mentions: dict) -> str:
    """The nearest kind of place the gold country is written (module doc)."""
    own = [(a, m) for (a, m, e) in mentions["all"] if e == eid]
    sents = {(a, m.get("sent_idx")) for a, m in own}
    near = {(a, s + d) for a, s in sents if s is not None for d in (-1, 1)}
    arts = {a for a, _ in own}
    kinds = set()
    for a, m, e in mentions["all"]:
        if a not in arts or e == eid:
            continue
        iso = m.get("country_iso3") or (ents.get(e) or {}).get("country_iso3")
        if iso != gold:
            continue
        key = (a, m.get("sent_idx"))
        place = m.get("label") in ("GPE", "NORP", "LOC")
        if key in sents and place:
            gap = min(abs(m["start_char"] - o["start_char"]) for b, o in own if b == a and o.get("sent_idx") == key[1])
            kinds.add(f"sentence-{m.get('label')}-{'near' if gap < 60 else 'far'}")
        kinds.add(
            "sentence"
            if key in sents and place
            else "companion"
            if key in sents
            else "near"
            if key in near
            else "article"
        )
    for k in ("sentence", "companion", "near", "article"):
        if k in kinds:
            return k + (
                "" if k != "sentence" else " " + ",".join(sorted(x for x in kinds if x.startswith("sentence-")))
            )
    return "absent"


CAPTURED: dict = {}


def _capture() -> None:
    """Keep the (article, mention idx) -> entity map the replayed resolution makes."""
    from sitrep.extract import entities

    original = entities.resolve_entities

    def resolve(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        rows, mention_entity = original(*args, **kwargs)
        CAPTURED["map"] = mention_entity
        return rows, mention_entity

    entities.resolve_entities = resolve


def voted_persons(warehouse: str, gold_path: str):
    """Each gold PERSON with a country whose entity the place vote placed, replayed: yields (gold entity, entity
    id, replayed entities, every mention as (article id, mention, entity id), the vote's verdict)."""
    import duckdb
    from cached_inputs import load_inputs

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    wh = Warehouse(Path(warehouse))
    ents = replay(warehouse)
    mention_entity = CAPTURED["map"]
    con = duckdb.connect(warehouse, read_only=True)
    analyses, _ = load_inputs(con)
    con.close()
    allm = []
    for an in analyses:
        aid = an.get("article_id")
        for m in an.get("mentions") or []:
            allm.append((aid, m, mention_entity.get((aid, m.get("idx")))))
    for g in gold["entities"]:
        if g.get("type") != "PERSON" or not g.get("country"):
            continue
        eid = wh.resolve(g)
        if eid is None or eid not in ents or ents[eid]["_step"] != "places":
            continue
        yield g, eid, ents, allm, "right" if ents[eid].get("country_iso3") == g["country"] else "wrong"


def count(warehouse: str, gold_path: str, tally: Counter) -> None:
    for g, eid, ents, allm, verdict in voted_persons(warehouse, gold_path):
        own = [m for (a, m, e) in allm if e == eid]
        titled = "titled" if any(m.get("title") or m.get("role") for m in own) else "untitled"
        arts = len({a for (a, m, e) in allm if e == eid})
        tally[(verdict, titled, f"{min(arts, 3)} art", _evidence(eid, g["country"], ents, {"all": allm}))] += 1


def main(argv: list[str], count_fn=count, header: str | None = None) -> None:
    """Tally ``count_fn(warehouse, gold_path, tally)`` over the ``WAREHOUSE:GOLD`` arguments and print it (under
    ``header``); person_signals32 passes its own."""
    tally: Counter = Counter()
    _capture()
    for arg in argv:
        warehouse, gold_path = arg.split(":", 1)
        count_fn(warehouse, gold_path, tally)
    if header:
        print(header)
    for k in sorted(tally):
        print(*k, tally[k], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
