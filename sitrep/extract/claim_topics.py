"""Whom a claim is about: the object of the 'about' phrase of a claim noun ('rejected the allegations about X',
'dismissed the rumours concerning X'), a target of the act done to the claim as an 'against' phrase is.

The nouns are the rows of ``data/claim_topics.tsv``; the words introducing the topic are TOPIC_WORDS (the parser
hangs 'about' as a preposition and 'concerning' / 'regarding' as a preposition or a participle clause)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

TOPIC_WORDS = frozenset({"about", "concerning", "regarding"})


@cache
def claim_nouns() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("claim_topics.tsv"))


def _lemma(tok: Token) -> str:
    word = tok.lemma_.lower()
    return word if word in claim_nouns() else tok.lower_


def topic_objects(noun: Token) -> list[Token]:
    """The heads of the topic phrases of ``noun`` when it is a claim noun ('the claims about X' -> X), else []."""
    if _lemma(noun) not in claim_nouns():
        return []
    return [
        o
        for c in noun.children
        if c.lower_ in TOPIC_WORDS and c.dep_ in ("prep", "acl")
        for o in c.children
        if o.dep_ in ("pobj", "dobj")
    ]
