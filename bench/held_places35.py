"""Count the development rows where a passive custody act (arrested, detained, jailed, imprisoned, held, charged)
is coded with a place or a demonym as the person held (``sitrep/extract/held_persons.py``).

usage (from the project root): .venv/bin/python bench/role_audit.py --show > SHOW.txt;
.venv/bin/python bench/held_places35.py SHOW.txt [--rows]

Reads ``role_audit.py --show`` output (development samples only: it never reads ``judged.tsv``), keeps the COERCE
rows still coded (``persists`` or ``changed``) whose sentence has a passive custody verb, and counts them by what
the current code codes as target: ``place`` (a judged target or a current target that is a state, city or
demonym), ``other``. Round 35, main 6b684cf1: 13 rows (one sentence judged in two samples), 5 with a place or
demonym among the targets (a 'from X' home country, 'in the UK', a home borough, a demonym of the held man, a camp
after 'deported to'); after held_persons: 2 (the camp, and a demonym still merged in beside the man's people group
from another mention of the article).
"""

from __future__ import annotations

import re
import sys
from collections import Counter

PASSIVE = re.compile(
    r"\b(was|were|been|being|is|are)\s+(\w+ly\s+)?(arrested|detained|held|jailed|charged|imprisoned|apprehended|taken)",
    re.I,
)
#: a judged or coded actor that is a place or a people's name ('United Kingdom', 'Malaysian', 'The Bronx')
PLACE_HINT = re.compile(r"\b(United Kingdom|Malaysia\w*|Qatar|Bronx|Ravensbr\w*|[A-Z]\w+ian)\b")


def rows(lines: list[str]) -> list[dict]:
    out: list[dict] = []
    for line in lines:
        if re.match(r"^(persists|changed|gone)", line):
            out.append({"head": line.rstrip(), "body": []})
        elif out:
            out[-1]["body"].append(line.strip())
    return out


def main(argv: list[str]) -> None:
    with open(argv[0], encoding="utf-8") as f:
        found = [r for r in rows(f.read().splitlines()) if " COERCE " in r["head"] and not r["head"].startswith("gone")]
    counts: Counter[str] = Counter()
    for r in found:
        if not r["body"] or not PASSIVE.search(r["body"][0]):
            continue
        now = next((b for b in r["body"] if b.startswith("now:")), "now:")
        targets = now.split("->", 1)[-1]
        kind = "place" if PLACE_HINT.search(targets) else "other"
        counts[kind] += 1
        if "--rows" in argv:
            print(kind, r["head"], "|", now)
    tally = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"passive custody COERCE rows still coded: {sum(counts.values())}; {tally}")


if __name__ == "__main__":
    main(sys.argv[1:])
