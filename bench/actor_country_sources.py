"""Which step gave each person's and organisation's country, and how often each step is right (counts only).

usage (from the project root):
    .venv/bin/python bench/actor_country_sources.py [--names] WAREHOUSE:GOLD_JSON ...

Replays corpus-wide entity resolution (``pipeline.assemble``) over the analyses a warehouse has cached
(ops.article_analyses) with the current code, tracing ``actor_countries.complete_countries``: for each
PERSON and ORG entity the step that decided its country - ``text`` (its mentions' own cues: a demonym or
possessive before a title, an appositive, a delegation, coordinated titles ...), ``split-dictionary`` (the
mentions named several countries and the Phoenix dictionary picked one of them), ``affiliation``,
``dictionary``, ``context`` (the sentences of an office holder), ``places``, ``compatriots``, ``generic-context``,
``name``, ``agency``, ``place-name``, ``domestic-body``, ``international``, ``host`` (a host of foreign
visitors, ``actors.host_countries``) or ``none``. Each gold entity with a country is resolved as the scorer
resolves it (bench/miss_causes.py) and its step counted as right, wrong or none. Beside each step the
dictionary's own reading of the name is counted as it agrees with the gold country (``dict=right``),
disagrees (``dict=wrong``) or is silent (``dict=-``), which says whether the dictionary should take
precedence. Only counts are printed, so it may be run on a held-out half; ``--names`` lists the wrong
entities (tuning halves and development sets only).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import duckdb
from actor_misses import org_kind
from cached_inputs import load_inputs
from miss_causes import Warehouse

from sitrep.extract import actor_countries
from sitrep.extract.state_institutions import listed_country

ALT_TALLY: Counter = Counter()
HEADS: Counter = Counter()  # organisations left open: (gold has a state or not, head class)
#: heads of bodies of one state's institutions, a candidate class (counted, not used); an organisation
#: of a state left open is also counted by the kind of its gold names (``actor_misses.org_kind``)
INSTITUTION_HEADS = {"court", "committee", "schools", "council", "commission", "tribunal", "senate", "assembly"}


def _head(name: str) -> str:
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")
    return "institution" if head in INSTITUTION_HEADS | {"department", "agency", "office", "house"} else "other"


READINGS: dict[str, str | None] = {}
_original = actor_countries.complete_countries


ALTS: dict[str, dict[str, str | None]] = {}  # entity_id -> what other readings of a person's places would give


def _place_alternatives(rows, members) -> None:  # noqa: ANN001
    """For each person, the country other place readings would give: places in the person's own sentences
    (``sentence``), in those and the next and previous ones (``near``), demonyms of the person's articles
    (``demonyms``), the person's first article only (``first-article``)."""
    where: dict[tuple, list[str]] = {}
    norp: dict[str, list[str]] = {}
    nsent: dict[tuple, list[str]] = {}
    comp: dict[str, set] = {}
    for row in rows:
        for it in members[row["entity_id"]]:
            iso = it.m.get("country_iso3")
            if row["entity_type"] == "GPE" and it.m.get("kind") in ("country", "city") and iso:
                where.setdefault((it.article_id, it.m.get("sent_idx")), []).append(iso)
            if row["entity_type"] == "NORP" and it.m.get("label") == "NORP" and iso:
                norp.setdefault(it.article_id, []).append(iso)
                nsent.setdefault((it.article_id, it.m.get("sent_idx")), []).append(iso)
            if row["entity_type"] in ("PERSON", "ORG") and iso:
                comp.setdefault(it.article_id, set()).add((row["entity_id"], iso))
    vote = actor_countries._weak_vote
    for row in rows:
        if row["entity_type"] not in ("PERSON", "ORG"):
            continue
        group = members[row["entity_id"]]
        sents = {(it.article_id, it.m.get("sent_idx")) for it in group}
        near = {(a, s + d) for a, s in sents if s is not None for d in (-1, 0, 1)}
        arts = sorted({it.article_id for it in group})
        ALTS[row["entity_id"]] = {
            "sentence": vote([c for k in sents for c in where.get(k, [])]),
            "near": vote([c for k in near for c in where.get(k, [])]),
            "demonyms": vote([c for a in arts for c in norp.get(a, [])]),
            "near-demonym": vote([c for k in near for c in nsent.get(k, [])]),
            "sentence-demonym": vote([c for k in sents for c in nsent.get(k, [])]),
            "near-both": vote([c for k in near for c in where.get(k, []) + nsent.get(k, [])]),
            "places+demonyms": vote(
                [c for (a, _), cs in list(where.items()) + list(nsent.items()) if a in arts for c in cs]
            ),
            "compatriots": vote([c for a in arts for e, c in comp.get(a, set()) if e != row["entity_id"]]),
            "context": vote([it.m.get("context_country") for it in group]),
            "places": vote([c for (a, _), cs in where.items() if a in arts for c in cs]),
            "first-article": vote([c for (a, _), cs in where.items() if a == arts[0] for c in cs]) if arts else None,
        }


def _traced(rows, members, mention_entity, article_dates=None):  # noqa: ANN001, ANN202
    for row in rows:
        if row["entity_type"] == "PERSON":
            r = actor_countries.dictionary_reading(row, members[row["entity_id"]], article_dates or {})
            READINGS[row["entity_id"]] = r.country if r is not None else None
    _place_alternatives(rows, members)
    return _original(rows, members, mention_entity, article_dates)


def replay(warehouse: str) -> dict[str, dict]:
    """entity_id -> assembled entity row, with its step in ``_step``."""
    from sitrep.extract import resolution
    from sitrep.extract.pipeline import assemble

    con = duckdb.connect(warehouse, read_only=True)
    analyses, meta = load_inputs(con)
    con.close()
    actor_countries.TRACE = {}
    READINGS.clear()
    resolution.complete_countries = _traced
    tables = assemble(analyses, meta)
    steps = dict(actor_countries.TRACE)
    actor_countries.TRACE = None
    out = {}
    for e in tables["entities"]:
        step = steps.get(e["entity_id"], "-")
        out[e["entity_id"]] = {**e, "_step": step}
    return out


def count(warehouse: str, gold_path: str, names: bool, tally: Counter) -> None:
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    wh = Warehouse(Path(warehouse))
    ents = replay(warehouse)
    actors = {a for ev in gold["events"] for a in ev.get("actors", [])}
    for g in gold["entities"]:
        if g.get("type") not in ("PERSON", "ORG"):
            continue
        eid = wh.resolve(g)
        if eid is None or eid not in ents:
            continue
        if not g.get("country"):  # of no state: what an organisation left open would be given
            if g["type"] == "ORG" and not ents[eid].get("country_iso3"):
                for alt, c in ALTS.get(eid, {}).items():
                    ALT_TALLY[("ORG", "stateless", "none", alt, "given" if c else "-")] += 1
                HEADS[("stateless", _head(ents[eid]["canonical_name"]))] += 1
            continue
        if g["type"] == "ORG" and not ents[eid].get("country_iso3"):
            e = ents[eid]
            listed = any(listed_country(n) for n in [e["canonical_name"], *(e.get("aliases") or [])])
            words = len(e["canonical_name"].split())
            HEADS[
                ("of a state", _head(e["canonical_name"]), org_kind(g), "listed" if listed else f"{words} words")
            ] += 1
        e = ents[eid]
        ours = e.get("country_iso3")
        step = e["_step"]
        if ours and step in ("none", "international", "-"):
            step = "host"  # given after resolution (actors.host_countries)
        elif not ours and step not in ("none", "international"):
            step = "none"
        verdict = "none" if not ours else ("right" if ours == g["country"] else "wrong")
        d = READINGS.get(eid)
        dv = "-" if not d else ("right" if d == g["country"] else "wrong")
        who = "actor" if g["canonical"] in actors else "other"
        tally[(g["type"], step, verdict, f"dict={dv}" if g["type"] == "PERSON" else "", who)] += 1
        if step == "places" or (g["type"] == "ORG" and step == "none"):
            for alt, c in ALTS.get(eid, {}).items():
                ALT_TALLY[
                    (g["type"], step, verdict, alt, "-" if not c else ("right" if c == g["country"] else "wrong"))
                ] += 1
        if names and verdict != "right":
            print(f"  {g['type']} {g['canonical']!r} gold={g['country']} ours={ours} step={step} dict={d} {who}")


def main(argv: list[str]) -> None:
    names = "--names" in argv
    tally: Counter = Counter()
    for arg in [a for a in argv if not a.startswith("--")]:
        warehouse, gold_path = arg.split(":", 1)
        count(warehouse, gold_path, names, tally)
    for k in sorted(tally):
        print(*k, tally[k], sep="\t")
    for k in sorted(HEADS):
        print("# open organisation", *k, HEADS[k], sep="\t")
    print("# persons placed by places, organisations left none: (step, verdict, alternative, its verdict)")
    for k in sorted(ALT_TALLY):
        print(*k, ALT_TALLY[k], sep="\t")


if __name__ == "__main__":
    main(sys.argv[1:])
