"""Counts only: the sentence classes of round 34's type rules in gold data, in what sitrep coded and in the judged
development rows.

usage (from the project root):
    .venv/bin/python bench/type_classes34.py gold
    .venv/bin/python bench/type_classes34.py coded DIR [DIR ...]
    .venv/bin/python bench/type_classes34.py rows [--labels SAVED_MAP.json]

The modes are those of ``bench/type_classes33.py`` (whose functions this tool runs with its own classes):

- ``dispute/challenge/contest + claim noun``: a verb of disputing whose object is a claim, an allegation or a
  report ('disputed Ruritania's claim'): an accusation (CAMEO 110, 'CHALLENGE: * CLAIM') that was coded as nothing
  while the object noun was held to the verb 'claim''s need for a that-clause (``object_requirements``);
- ``refute/rebut``: a claim denied, REJECT like 'denied the claim' (``triggers_curated.tsv``);
- ``question/play down + claim noun, laugh off``: a claim questioned is criticism, one played down or laughed off a
  rejection (``triggers_curated.tsv``, the ``@assertions`` class of ``trigger_objects.tsv``);
- ``trigger verb + a noun of a verb with required arguments``: a trigger verb acting on 'study', 'research', 'call',
  'decline', 'help', 'fire', 'press', 'claim' (the nouns whose verb's requirements the object was held to).

Only counts are printed, never a text, so every mode may be run on held-out material.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import type_classes33 as base  # noqa: E402

CLAIM_NOUNS = (
    r"(?:claims?|allegations?|accusations?|assertions?|charges?|contentions?|accounts?|versions?|reports?|"
    r"findings?|stud(?:y|ies)|research|ideas?|suggestions?|rumou?rs?|speculation)"
)
CLASSES = {
    "dispute/challenge/contest + claim noun": (
        rf"\b(?:disput|challeng|contest)\w* (?:[\w-]+(?:'s)? ){{0,4}}{CLAIM_NOUNS}\b",
        {"ACCUSE", "REJECT"},
    ),
    "refute/rebut": (r"\b(?:refut|rebut)\w*\b", {"ACCUSE", "REJECT"}),
    "question/play down + claim noun, laugh off": (
        rf"\b(?:question\w*|play\w* down|laugh\w* off) (?:[\w-]+(?:'s)? ){{0,4}}{CLAIM_NOUNS}\b|\blaugh\w* off\b",
        {"ACCUSE", "REJECT"},
    ),
    "trigger verb + a noun of a verb with required arguments": (
        r"\b\w+(?:ed|es|s) (?:the|a|an|its|his|her|their|[\w-]+'s) (?:[\w-]+ ){0,2}"
        r"(?:study|research|call|decline|help|fire|press|claim)\b",
        {"ACCUSE", "REJECT", "REQUEST", "AID", "ASSAULT", "SUPPORT", "COERCE"},
    ),
}

if __name__ == "__main__":
    base.CLASSES.clear()
    base.CLASSES.update(CLASSES)
    raise SystemExit(base.main())
