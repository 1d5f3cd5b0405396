"""Persons named in a list after a demonym and a plural noun ("two Ruritanian officers, A and B", "Ruritanian
agents A and B"), by the verdict of their country and whether that demonym's country is the gold one (counts only,
so it may be run on a held-out half).

usage (from the project root):
    .venv/bin/python bench/group_lists33.py [--half tune|held-out] [--names] ROOT ...

For each gold PERSON with a country that resolves (the scorer's matching), in each of its documents each alias is
looked for after ``<demonym> <lower-case plural noun>[,] [<Name> ,|and]*``; the cue is ``agrees``, ``disagrees``
or ``absent``, counted beside our verdict (right, wrong, none) in the half's warehouse. A cue that would turn wrong
or none into right and never right into wrong is the class to build (``group_lists``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

import duckdb
from miss_causes import COLLECTIONS, Warehouse

from sitrep.extract import actors

_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}"
_CUE = re.compile(rf"\b([A-Z][a-z]+) ([a-z]+s),? ((?:{_NAME}(?:,? and |, ))*)$")


def cue_country(text: str, start: int) -> str | None:
    """The demonym's country when the name at ``start`` ends a list after '<Demonym> <plural noun>'."""
    m = _CUE.search(text[max(0, start - 160) : start])
    if not m:
        return None
    return actors.demonym_iso3(m.group(1))


def count(wh_path: Path, gold: dict, docs_dir: Path, tag: str, names: bool, tally: Counter) -> None:
    wh = Warehouse(wh_path)
    con = duckdb.connect(str(wh_path), read_only=True)
    rows = {r[0]: r[1] for r in con.execute("select entity_id, country_iso3 from curated.entities").fetchall()}
    con.close()
    for g in gold["entities"]:
        if g.get("type") != "PERSON" or not g.get("country"):
            continue
        eid = wh.resolve(g)
        if eid is None:
            continue
        ours = rows.get(eid)
        verdict = "none" if not ours else ("right" if ours == g["country"] else "wrong")
        cues = set()
        for d in g.get("docs", []):
            path = docs_dir / (d if d.endswith(".json") else f"{d}.json")
            if not path.exists():
                continue
            text = json.loads(path.read_text(encoding="utf-8")).get("body") or ""
            for alias in g["aliases"] + [g["canonical"]]:
                for m in re.finditer(re.escape(alias), text):
                    c = cue_country(text, m.start())
                    if c:
                        cues.add(c)
        cue = "absent" if not cues else ("agrees" if cues == {g["country"]} else "disagrees")
        tally[(verdict, cue)] += 1
        if names and cue != "absent":
            print(f"  {tag} {g['canonical']!r} gold={g['country']} ours={ours} cue={sorted(cues)}")


def main(argv: list[str]) -> int:
    half = argv[argv.index("--half") + 1] if "--half" in argv else "held-out"
    names = "--names" in argv and half == "tune"
    tally: Counter = Counter()
    for root in [a for a in argv if not a.startswith("--") and a != half]:
        for coll in COLLECTIONS:
            base = Path(root) / coll
            wh, gold = base / f"{half}.duckdb", base / half / "gold.json"
            if wh.exists() and gold.exists():
                count(wh, json.loads(gold.read_text(encoding="utf-8")), base / half / "docs", coll, names, tally)
    print(f"# {half}: (our verdict, list cue) count")
    for k in sorted(tally):
        print(*k, tally[k], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
