"""A state of emergency declared over a natural disaster or an outbreak is no repression (PLOVER 2021 manual,
COERCE ambiguities: "State of emergencies in relation to national disasters should generally not be coded as
COERCE 'restrict' absent evidence for their use as a repressive tactic"): 'declared a state of emergency after
the floods' codes no event; 'declared a state of emergency after the protests' stays COERCE martial-law. The
disasters are the lemmas of ``data/disaster_causes.tsv``."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "disaster_causes.tsv"
#: the reading of a declared state of emergency
EMERGENCY = ("COERCE", "martial-law")
NOUN_TAGS = {"NOUN", "PROPN"}


@lru_cache(maxsize=1)
def disasters() -> frozenset[str]:
    with DATA.open(encoding="utf-8") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t", quoting=csv.QUOTE_NONE)
        return frozenset(r["lemma"] for r in rows)


def disaster_emergency(etype: str, mode: str | None, tok: Token) -> bool:
    """A state of emergency whose declaring clause names a disaster ('after the floods', 'over the drought', 'a
    drought emergency'), not a repression."""
    if (etype, mode) != EMERGENCY:
        return False
    words = disasters()
    return any(
        t.pos_ in NOUN_TAGS and ((t.lemma_ or t.lower_).lower() in words or t.lower_ in words) for t in tok.subtree
    )  # (nouns only: 'after protesters stormed the palace' names no storm)
