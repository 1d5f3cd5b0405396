"""Counts only: how often the sentence classes of round 30's type rules occur in the articles of each half.

usage (from the project root):
    .venv/bin/python bench/type_classes30.py tune|held-out UNSEEN_DIR [UNSEEN_DIR ...]

UNSEEN_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection with <half>.duckdb, as
bench/event_split.py writes them). For each class (a regular expression over the article bodies of the half) the
tool prints the number of matching sentences and of articles holding one. Only counts are printed, never a text,
so the tool may be run on a held-out half.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import duckdb

CLASSES = {
    "disavowed act (no intention/plans of/to)": r"\bno (?:intention|plans?|question|desire|wish) (?:of|to) \w+",
    "retort (fired/shot back at)": r"\b(?:fired|fires|shot|shoots) back at\b",
    "foiled attack (prevent/foil/thwart/avert)": (
        r"\b(?:prevent|foil|thwart|avert)\w* (?:\w+ ){0,3}(?:attacks?|plots?|bombings?)"
    ),
    "refused permission (not allow/permit/tolerate)": r"\b(?:not|never|n't) (?:allow|permit|tolerate)\b",
    "announced truce": r"\bannounc\w* (?:\w+ ){0,3}(?:ceasefire|cease-fire|truce)",
    "possible coercive act (could/may/might + act)": (
        r"\b(?:could|may|might) (?:slap|impose|expel|sanction|ban|arrest|strike)\b"
    ),
}


def sentences(body: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", body or "")


def main(argv: list[str], classes: dict[str, str] | None = None) -> int:
    """Print the counts of ``classes`` (this round's when None) for the half and roots of ``argv``."""
    classes = CLASSES if classes is None else classes
    half, roots = argv[1], argv[2:]
    sents: Counter = Counter()
    arts: Counter = Counter()
    n = 0
    for root in roots:
        for coll in sorted(Path(root).iterdir()):
            wh = coll / f"{half}.duckdb"
            if not wh.exists():
                continue
            con = duckdb.connect(str(wh), read_only=True)
            for (body,) in con.execute("select body from curated.articles").fetchall():
                n += 1
                for name, pat in classes.items():
                    hits = sum(1 for s in sentences(body) if re.search(pat, s, re.I))
                    sents[name] += hits
                    arts[name] += hits > 0
            con.close()
    print(f"{half}: {n} articles")
    for name in classes:
        print(f"  {name}: {sents[name]} sentences in {arts[name]} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
