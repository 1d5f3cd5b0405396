"""Actor countries by the classes round 33 considered, replayed with the current code (counts only, so it may be
run on a held-out half).

usage (from the project root):
    .venv/bin/python bench/org_classes33.py [--half tune|held-out] [--names] ROOT ... [WAREHOUSE:GOLD_JSON ...]

ROOT is a work root of /tmp/unseen_all.sh; WAREHOUSE:GOLD_JSON a development set's run. The corpus assembly is
replayed over each warehouse's cached analyses with the current code (bench/actor_country_sources.replay), so a
change to resolution or to the actor tables is measured without a new run. Each gold PERSON or ORG with a country
that resolves (the scorer's matching) is counted right, wrong or none by class:
``cluster-import`` (an organisation whose country ``resolution._cluster_orgs`` brought from another article of the
corpus for the same name), ``legislature`` (our name is a legislature in ``data/national_bodies.tsv``),
``ours-person`` (a gold organisation we typed a person), ``acronym`` (our name is an acronym), ``org-other``,
``person``. Stateless gold organisations count as ``stateless`` with ``given`` when we give them a country.
A line per collection gives the replayed country accuracy. ``--names`` lists the wrong and missing ones (tuning
halves and development sets only).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from actor_country_sources import replay
from country_classes32 import LEGISLATURES, run
from miss_causes import Warehouse, fold

from sitrep.extract import actors, resolution
from sitrep.extract.actor_dictionary import lookup

IMPORTED: set[tuple[str, str]] = set()  # (article_id, name) of organisation mentions given the corpus's country
_original = resolution._cluster_orgs


def _traced(items):  # noqa: ANN001, ANN202
    before = {id(it): it.m.get("country_iso3") for it in items}
    out = _original(items)
    for it in items:
        if before[id(it)] is None and it.m.get("country_iso3"):
            IMPORTED.add((it.article_id, it.m["name"]))
    return out


resolution._cluster_orgs = _traced


def _class(g: dict, e: dict) -> str:
    names = [e["canonical_name"].split(" (")[0], *(e.get("aliases") or [])]
    if g["type"] == "PERSON":
        return "person"
    if any((r := lookup(n)) is not None and r.sector == "LEG" for n in names):
        return "legislature"
    if e["entity_type"] == "PERSON":
        return "ours-person"
    if e.get("_imported"):
        return "cluster-import"
    if names[0].replace(".", "").isupper():
        return "acronym"
    return "org-other"


_DEFINED = re.compile(r"((?:[A-Z][\w'’.-]*|of|the|and|for) ?){2,8}\(([A-Z][A-Za-z.]{1,7})\)")


def _open_signals(g: dict, e: dict, docs_dir: Path) -> str:
    """For an organisation of a state left without a country: whether its name is a legislature's proper name
    (``country_classes32.LEGISLATURES``), and whether an acronym of ours is defined in its documents ("Long Name
    (ACR)") with a country word in the long name."""
    name = e["canonical_name"].split(" (")[0]
    words = fold(name).split()
    bare = fold(name).removeprefix("the ")
    legis = "legis-name" if bare in LEGISLATURES or (words and words[-1] in LEGISLATURES) else ""
    defined = ""
    for d in g.get("docs", []):
        path = docs_dir / (d if d.endswith(".json") else f"{d}.json")
        if not path.exists():
            continue
        text = json.loads(path.read_text(encoding="utf-8")).get("body") or ""
        for m in _DEFINED.finditer(text):
            if m.group(2).replace(".", "") == name.replace(".", ""):
                long = m.group(0)
                cues = [w for w in long.split() if actors.demonym_iso3(w) or actors.country_iso3(w)]
                defined = "defined+country" if cues else (defined or "defined")
    return "+".join(x for x in (legis, defined) if x) or "-"


def count(wh_path: Path, gold: dict, tag: str, names: bool, tally: Counter) -> None:
    IMPORTED.clear()
    wh = Warehouse(wh_path)
    ents = replay(str(wh_path))
    imported_names = {n for _, n in IMPORTED}
    right = total = 0
    for g in gold["entities"]:
        if g.get("type") not in ("PERSON", "ORG"):
            continue
        eid = wh.resolve(g)
        if eid is None or eid not in ents:
            continue
        e = ents[eid]
        e["_imported"] = e["canonical_name"] in imported_names or bool(set(e.get("aliases") or []) & imported_names)
        ours = e.get("country_iso3")
        if not g.get("country"):
            if g["type"] == "ORG":
                tally[("stateless", _class(g, e), "given" if ours else "-")] += 1
            continue
        verdict = "none" if not ours else ("right" if ours == g["country"] else "wrong")
        total += 1
        right += verdict == "right"
        docs = wh_path.parent / wh_path.stem / "docs"
        extra = _open_signals(g, e, docs) if verdict == "none" and g["type"] == "ORG" else ""
        tally[("state", _class(g, e), verdict, extra)] += 1
        if names and verdict != "right":
            print(f"  {tag} {_class(g, e)} {g['canonical']!r} gold={g['country']} ours={e['canonical_name']!r} {ours}")
    print(f"# {tag}: persons and organisations with a country right {right}/{total}")


def main(argv: list[str]) -> int:
    return run(argv, count, "(gold has a state or not, class, verdict) count")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
