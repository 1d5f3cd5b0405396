"""Counts only: the judged development rows still coded with the WRONG PLOVER TYPE, classed by the cause of the
wrong reading (round 38), and the articles each class spans.

usage (from the project root):
    .venv/bin/python bench/type_classes38.py --labels SAVED_MAP.json [--min 1]

The saved map is ``bench/trigger_audit.py --save``'s row -> label map; a row's label names the lexicon entry that
coded it (``lex:<lemma>[+<object>] <origin>[:<cameo>]``, ``rule:<lemma>``, ``other:<trigger>``). The gold type is
the first PLOVER category the judge's note names other than the coded one (``type_classes36.gold_type``).

Causes (one per row, the first that applies):
- ``convention``: the gold type is the PLOVER convention for a cue of the sentence the entry ignored: a stated
  intent, promise or offer (AGREE), a signing (SUPPORT), a demand or call (REQUEST), a criticism or a charge
  (ACCUSE);
- ``crosswalk mode``: the entry's CAMEO code has a sibling code of the same CAMEO root that the crosswalk maps to
  the gold type (CAMEO 171 seize COERCE / 1712 destroy ASSAULT);
- ``light verb``: a light verb (``light_verbs.tsv``, or make/issue/give/take/pay) coded through its object noun;
- ``sense condition``: a verb read through its object noun (a CAMEO pattern or a curated entry with an object)
  that the object does not select;
- ``cameo default``: a CAMEO verb default (no object condition) that PLOVER reads otherwise;
- ``curated verb``: a curated entry of the verb alone;
- ``rule``/``other``: the meeting/aid rules, other reading modules.

Only counts are printed, never a text.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import trigger_audit  # noqa: E402
from type_classes36 import gold_type  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CROSSWALK = ROOT.parent / "shared" / "resources" / "plover" / "CAMEO2PLOVER-2021.txt"
LIGHT = ROOT / "sitrep" / "extract" / "data" / "light_verbs.tsv"
#: light verbs beside the file's (the file lists those of protest/strike nouns only)
MORE_LIGHT = {"make", "issue", "give", "take", "pay", "carry", "conduct", "hold", "offer", "extend", "raise"}
#: sentence cues of the PLOVER conventions, by the type the convention gives
CONVENTIONS = {
    "AGREE": r"\b(?:will|would|shall|vow\w*|pledg\w*|promis\w*|offer\w*|intend\w*|plans? to|planned to|ready to)\b",
    "SUPPORT": r"\bsign(?:s|ed|ing)?\b",
    "REQUEST": r"\b(?:demand\w*|urg\w*|call\w* (?:on|for)|insist\w*|appeal\w*|ask\w*|woo\w*)\b",
    "ACCUSE": r"\b(?:critici\w*|condemn\w*|accus\w*|charg\w*|blam\w*|denounc\w*|question\w*|failure)\b",
}


def crosswalk() -> dict[str, str]:
    """CAMEO code -> PLOVER category of the official crosswalk."""
    out = {}
    for line in CROSSWALK.read_text().splitlines():
        if m := re.match(r"(\d{2,4}):\s*([A-Z]+)", line):
            out[m.group(1)] = m.group(2)
    return out


def light_verbs() -> set[str]:
    words = {ln.split("\t")[0] for ln in LIGHT.read_text().splitlines() if ln and not ln.startswith("#")}
    return (words - {"verb"}) | MORE_LIGHT


def cause(label: str, coded: str, gold: str, sentence: str, codes: dict[str, str], light: set[str]) -> str:
    """The cause class of one wrong-type row (see the module's docstring)."""
    if gold in CONVENTIONS and re.search(CONVENTIONS[gold], sentence, re.I):
        return f"convention ({gold})"
    if label.startswith("rule:"):
        return "rule"
    if not label.startswith("lex:"):
        return "other"
    word, _, origin = label[4:].partition(" ")
    lemma, _, obj = word.partition("+")
    code = origin.partition(":")[2]
    if code and gold != "?" and any(c[:2] == code[:2] and c != code and t == gold for c, t in codes.items()):
        return "crosswalk mode"
    if obj and lemma in light:
        return "light verb"
    if obj:
        return "sense condition"
    if origin.startswith("cameo"):
        return "cameo default"
    return "curated verb" if origin.startswith("curated") else f"other reading ({origin.split(':')[0]})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labels", type=Path, required=True)
    ap.add_argument("--min", type=int, default=1)
    args = ap.parse_args()
    labels, _run = trigger_audit.read_map(args.labels)
    codes, light = crosswalk(), light_verbs()
    rows: Counter = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    lemmas: Counter = Counter()
    for r in trigger_audit.dev_rows():
        if trigger_audit.verdict_kind(r) != "wrong type" or r["error"] != "wrong-type":
            continue
        label = labels[trigger_audit.row_id(r)][0]
        if label == "gone":
            continue
        kind = cause(label, r["event_type"], gold_type(r["note"], r["event_type"]), r["sentence"], codes, light)
        rows[kind] += 1
        articles[kind].add(r["article_id"])
        lemmas[(kind, label.split(" ")[0])] += 1
    print(f"wrong-type rows still coded: {sum(rows.values())}")
    for kind, n in rows.most_common():
        print(f"  {kind:<28} {n:>4} rows, {len(articles[kind]):>3} articles")
    print("by cause and trigger (labels of at least --min rows):")
    for (kind, lem), n in sorted(lemmas.items(), key=lambda kv: (kv[0][0], -kv[1])):
        if n >= args.min:
            print(f"  {kind:<28} {lem:<30} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
