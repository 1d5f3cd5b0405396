"""'Assaults were up 20%', 'attacks are on the rise': an event noun as the subject of a copula that tells its count
moved is a statistic, no event (``data/figure_levels.tsv``). Used by ``event_frames`` beside its verbs of a change
in a figure ('exports declined', ``quantity_verbs``)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Token

COPULA = "be"


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return word_sets("figure_levels.tsv")


def told_level(trig: Token) -> bool:
    """The trigger is an event noun whose count the copula above it says moved ('attacks were up 12 percent')."""
    return trig.pos_ == "NOUN" and trig.dep_ == "nsubj" and level_change(trig.head)


def level_change(verb: Token) -> bool:
    """The verb is 'be' with 'up'/'down' ('were up 12 percent') or 'on the rise' ('are on the rise')."""
    if verb.lemma_.lower() != COPULA:
        return False
    words = _words()
    for c in verb.children:
        if c.dep_ in {"advmod", "prt", "acomp"} and c.lower_ in words.get("adverb", frozenset()):
            return True
        trends = words.get("trend", frozenset())
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in trends for g in c.children):
            return True  # 'are on the rise'
    return False
