"""Reactions an act draws from others: 'the launch drew criticism from X' is X's criticism of the launcher.

A verb of drawing or sparking with a noun of criticism as its object (``data/drawn_reactions.tsv``) is read as
ACCUSE disapprove in reverse (as CAMEO's reversed entries 'outrage', 'offend'): the 'from' actor, which the
argument finder reads as the target, is the source, and the subject's actor (who did the act) the target.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.extract.trigger_records import Reading, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).parent / "data" / "drawn_reactions.tsv"


@lru_cache(maxsize=1)
def drawn_words() -> dict[str, frozenset[str]]:
    """The verb and noun lemmas of ``data/drawn_reactions.tsv`` by kind."""
    with DATA.open(encoding="utf-8") as f:
        rows = list(csv.DictReader([ln for ln in f if not ln.startswith("#")], delimiter="\t"))
    return {kind: frozenset(r["lemma"] for r in rows if r["kind"] == kind) for kind in ("verb", "noun")}


def read(tok: Token):  # noqa: ANN201 - an event_triggers.Trigger or None
    """The reversed criticism a verb of drawing with a noun of criticism as its object tells, else None."""

    words = drawn_words()
    if (tok.lemma_ or tok.lower_).lower() not in words["verb"]:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in words["noun"]), None)
    return Trigger(tok, Reading("ACCUSE", "disapprove", "", True, None, "curated"), obj) if obj is not None else None
