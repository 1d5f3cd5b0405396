"""Counts only: how often the sentence classes of round 31's type-miss study occur in the articles of each half.

usage (from the project root):
    .venv/bin/python bench/type_classes31.py tune|held-out UNSEEN_DIR [UNSEEN_DIR ...]

UNSEEN_DIR is an output directory of /tmp/unseen_all.sh (one sub-directory per collection with <half>.duckdb, as
bench/event_split.py writes them). For each class (a regular expression over the article bodies of the half) the
tool prints the number of matching sentences and of articles holding one. Only counts are printed, never a text,
so the tool may be run on a held-out half.
"""

from __future__ import annotations

import sys

import type_classes30

CLASSES = {
    # promised concessions: the unseen gold codes them CONCEDE (PLOVER manual: CONCEDE + future stays CONCEDE), the
    # GSR gold and sitrep AGREE (event_triggers.PLANNED_AS)
    "promised no act (promise/pledge/vow ... no/not to)": (
        r"\b(?:promis|pledg|vow|guarant|assur)\w* (?:\w+ ){0,3}(?:no|not to)\b"
    ),
    "there will/would be no": r"\bthere (?:will|would) be no\b",
    "halt/stop/end the use of": r"\b(?:halt|stop|suspend|end|cease|abandon|drop)\w* (?:the |its |their )?use of\b",
    "extra time / deadline extended": (
        r"\b(?:extra time|more time|extended the deadline|extension of the deadline|extend\w* (?:the |a )?deadline)\b"
    ),
    # regret: the unseen gold codes it CONCEDE (the manual's text), the GSR gold SUPPORT (sitrep follows the GSR)
    "sorry/apology": r"\b(?:sorry|apolog\w*)\b",
    # rounds 31 classes (object_control, event_status.enacted, told_appraisals)
    "followed/preceded NAME V-ing": (
        r"\b(?:follow\w*|preced\w*) (?:Mrs?\.? |Ms\.? )?(?:[A-Z][\w.'-]*\s){1,3}[a-z]+ing\b"
    ),
    "announced resignation": r"\bannounc\w* (?:his |her |their |the )?(?:\w+ ){0,2}resignation\b",
    "was a/an <wrong adjective> <noun>": (
        r"\b(?:is|was|were|are|as|called \w+(?: \w+)?) an? (?:very |totally |completely )?"
        r"(?:bad|unfair|misguided|reckless|counterproductive|illegal|unjust|unacceptable|flawed) \w+"
    ),
}


if __name__ == "__main__":
    sys.exit(type_classes30.main(sys.argv, CLASSES))
