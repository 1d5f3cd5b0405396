"""Organisations left without a country, by whether the gold gives them one, and what the place vote of their
articles would give them (counts only, so it may be run on a held-out half).

usage (from the project root):
    .venv/bin/python bench/open_orgs32.py [--half tune|held-out] [--names] ROOT ... [WAREHOUSE:GOLD_JSON ...]

For each gold organisation that resolves (the scorer's matching, bench/miss_causes.py) to an entity of no country:
``state`` (the gold gives a country) or ``stateless``; ``actor`` when the entity takes part in an event of ours;
the shape of our name (``one-word``, ``acronym``, ``words``); ``intl`` when the dictionary reads the name as
an international body (or it has a transnational word), ``listed``/``unlisted`` otherwise; and the verdict of
the vote over the countries of the place mentions (GPE entities with a country) of its articles: ``right`` or
``wrong`` for a state's organisation, ``given``/``-`` for a stateless one (a country it would wrongly get).
``--names`` lists them (tuning halves and development sets only).
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

import country_classes32
import duckdb
from miss_causes import Warehouse

from sitrep.extract.actor_dictionary import is_international, lookup
from sitrep.extract.entity_vocab import TRANSNATIONAL_WORDS


def _vote(values: list[str]) -> str | None:
    top = Counter(values).most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def count(wh_path: Path, gold: dict, tag: str, names: bool, tally: Counter) -> None:
    wh = Warehouse(wh_path)
    con = duckdb.connect(str(wh_path), read_only=True)
    sql = "select entity_id, canonical_name, entity_type, country_iso3 from curated.entities"
    ents = {r[0]: r[1:] for r in con.execute(sql).fetchall()}
    arts = defaultdict(set)
    places = defaultdict(list)
    for aid, eid in con.execute("select article_id, entity_id from curated.mentions").fetchall():
        arts[eid].add(aid)
        e = ents.get(eid)
        if e and e[1] == "GPE" and e[2]:
            places[aid].append(e[2])
    parts = {p for (p,) in con.execute("select entity_id from curated.event_participants").fetchall()}
    con.close()
    for g in gold["entities"]:
        if g.get("type") != "ORG":
            continue
        eid = wh.resolve(g)
        if eid is None or eid not in ents or ents[eid][2]:
            continue
        name = ents[eid][0].split(" (")[0]
        shape = "acronym" if name.isupper() else ("one-word" if " " not in name else "words")
        vote = _vote([c for a in arts[eid] for c in places[a]])
        if g.get("country"):
            verdict = "-" if not vote else ("right" if vote == g["country"] else "wrong")
        else:
            verdict = "given" if vote else "-"
        intl = is_international(lookup(name)) or bool(TRANSNATIONAL_WORDS & set(name.lower().split()))
        known = "intl" if intl else ("listed" if lookup(name) else "unlisted")
        side = "state" if g.get("country") else "stateless"
        key = (side, "actor" if eid in parts else "other", shape, known, verdict)
        tally[key] += 1
        if names:
            print(f"  {tag} {key} {g['canonical']!r} ours={name!r} gold={g.get('country')} vote={vote}")


def main(argv: list[str]) -> int:
    header = "(gold state or not, actor, our name's shape, dictionary reading, place vote's verdict) count"
    return country_classes32.run(argv, count, header)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
