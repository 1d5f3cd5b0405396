"""Wrong and missing actor countries by candidate class (counts only, so it may be run on a held-out half).

usage (from the project root):
    .venv/bin/python bench/country_classes32.py [--half tune|held-out] [--names] ROOT ... [WAREHOUSE:GOLD_JSON ...]

ROOT is a work root of /tmp/unseen_all.sh (see bench/actor_misses.py); WAREHOUSE:GOLD_JSON a development set's
run. Each gold entity with a country that resolves (the scorer's matching) is counted right, wrong or none, by
the classes round 32 considered:
``generic-institution`` (our entity's name is a state body's common noun with no country word: 'the Senate',
'Parliament', 'the Cabinet', 'the Ministry of Defence'), ``legislature-name`` (a gold name holds the proper name
of one state's legislature: ``LEGISLATURES``), ``ours-person`` (a gold organisation our text typed a person),
``person`` (a gold person), ``org-other``. ``--names`` lists the wrong and missing ones (tuning halves and
development sets only).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import duckdb
from miss_causes import COLLECTIONS, Warehouse, fold

#: proper names of national legislatures English news writes bare (a candidate data file's rows)
LEGISLATURES = {
    "knesset", "rada", "verkhovna rada", "dail", "seanad", "oireachtas", "duma", "state duma", "majlis", "mejlis",
    "storting", "stortinget", "sejm", "bundestag", "bundesrat", "riksdag", "folketing", "eduskunta", "althing",
    "lok sabha", "rajya sabha", "jatiya sangsad", "saeima", "seimas", "riigikogu", "sabor", "skupstina",
    "cortes", "diet", "national people's congress", "federation council", "knesset's", "dewan rakyat",
}  # fmt: skip
GENERIC_HEADS = {
    "senate", "parliament", "government", "cabinet", "assembly", "congress", "court", "ministry", "house",
    "legislature", "council", "presidency", "police", "army", "military", "judiciary", "department",
}  # fmt: skip


def _classes(gold: dict, ours: tuple | None) -> str:
    name, _country, etype = ours or ("", None, "")
    words = fold(name).split(" (")[0].split()
    words = words[1:] if words[:1] == ["the"] else words
    aliases = {fold(a) for a in gold["aliases"] + [gold["canonical"]]}
    if gold.get("type") == "PERSON":
        return "person"
    if any(a in LEGISLATURES or any(w in LEGISLATURES for w in a.split()) for a in aliases):
        return "legislature-name"
    if etype == "PERSON":
        return "ours-person"
    head = words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")
    if (
        words
        and head in GENERIC_HEADS
        and all(w.islower() or w == "of" for w in name.split()[1:2])
        or (len(words) <= 4 and head in GENERIC_HEADS)
    ):
        return "generic-institution"
    return "org-other"


def count(wh_path: Path, gold: dict, tag: str, names: bool, tally: Counter) -> None:
    wh = Warehouse(wh_path)
    con = duckdb.connect(str(wh_path), read_only=True)
    sql = "select entity_id, canonical_name, country_iso3, entity_type from curated.entities"
    rows = {r[0]: r[1:] for r in con.execute(sql).fetchall()}
    con.close()
    for ent in gold["entities"]:
        eid = wh.resolve(ent)
        if not ent.get("country") or eid is None:
            continue
        row = rows.get(eid)
        verdict = "none" if not (row and row[1]) else ("right" if row[1] == ent["country"] else "wrong")
        cls = _classes(ent, row)
        tally[(cls, verdict)] += 1
        if names and verdict != "right":
            print(f"  {tag} {cls} {ent['canonical']!r} gold={ent['country']} ours={row}")


def run(argv: list[str], count_fn, header: str) -> int:
    """Tally ``count_fn(warehouse, gold, tag, names, tally)`` over the warehouses ``argv`` names (``WH:GOLD`` pairs,
    or event_split output folders read for ``--half``) and print the tally under ``header``; shared with
    open_orgs32."""
    half = argv[argv.index("--half") + 1] if "--half" in argv else "held-out"
    names = "--names" in argv
    if names and half != "tune" and any(":" not in a for a in argv if not a.startswith("--") and a != half):
        print("--names lists the tuning half and development sets only", file=sys.stderr)
        return 2
    tally: Counter = Counter()
    for arg in [a for a in argv if not a.startswith("--") and a != half]:
        if ":" in arg:
            wh, gold = arg.split(":", 1)
            count_fn(Path(wh), json.loads(Path(gold).read_text(encoding="utf-8")), Path(wh).stem, names, tally)
            continue
        for coll in COLLECTIONS:
            wh, gold = Path(arg) / coll / f"{half}.duckdb", Path(arg) / coll / half / "gold.json"
            if wh.exists() and gold.exists():
                count_fn(wh, json.loads(gold.read_text(encoding="utf-8")), coll, names, tally)
    print(f"# {half}: {header}")
    for k in sorted(tally):
        print(*k, tally[k], sep="\t")
    return 0


def main(argv: list[str]) -> int:
    return run(argv, count, "(class, verdict) count")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
