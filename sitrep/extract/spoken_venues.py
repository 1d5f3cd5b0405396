"""A name that only modifies the noun of a spot where words are spoken ('denounced the deal on the Senate floor',
'criticized Iran from the White House podium'): where a statement, a request, praise or a rejection was made, not
at whom it is aimed. The nouns are ``data/spoken_venues.tsv``; acts of force keep such a place as their target (an
attack on the Senate floor hits the Senate)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: categories of words: their place phrase tells where they were said
SPOKEN_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST", "THREATEN", "AGREE", "CONSULT", "COOPERATE", "CONCEDE"}
#: prepositions of a place phrase
PLACE_PREPS = {"on", "at", "in", "from", "outside", "inside"}


@lru_cache(maxsize=1)
def venue_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("spoken_venues.tsv"))


def spoken_venue(doc: Doc, m: dict, plover: str) -> bool:
    """The named mention ``m`` only modifies a venue noun of a place phrase of an act of words (see the module)."""
    if plover not in SPOKEN_TYPES or m.get("idx") is None or m["idx"] < 0:
        return False
    span = doc.char_span(m["start_char"], m["end_char"], alignment_mode="expand")
    if span is None or span.root.dep_ not in {"compound", "amod", "nmod", "poss"}:
        return False
    head = span.root.head
    return (
        (head.lemma_ or head.lower_).lower() in venue_nouns()
        and head.dep_ == "pobj"
        and head.head.lower_ in PLACE_PREPS
    )
