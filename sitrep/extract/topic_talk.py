"""A singular event noun with a preposition of topic after it ('talk of a spending package', 'the president's talk
about the wall'; ``data/topic_talk.tsv``) tells a subject being talked about, not talks held: no event of that
category. The plural ('talks about the border') and a noun with its party after 'with', 'between' or 'among' ('talk
with Peru about trade') stay meetings."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions that name the other party of a talk: then it is talks held
PARTY_PREPS = {"with", "between", "among", "amongst"}


@lru_cache(maxsize=1)
def topic_preps() -> dict[tuple[str, str], frozenset[str]]:
    """(noun, category) -> the prepositions of topic after it."""
    return {(r["noun"], r["plover"]): frozenset(r["preps"].split()) for r in read_tsv("topic_talk.tsv")}


def topic_talk(trig: Token, etype: str) -> bool:
    """The trigger is a singular noun of the table followed by one of its prepositions of topic and by no party."""
    preps = topic_preps().get((lemma(trig), etype))
    if not preps or trig.pos_ != "NOUN" or trig.tag_ != "NN":
        return False
    after = {c.lower_ for c in trig.children if c.dep_ == "prep"}
    return bool(after & preps) and not after & PARTY_PREPS
