"""Events told as a state their actors are in: 'are on hunger strike', 'remained on strike',
'came out on strike'.

The 'on' phrase of a verb of being (``data/event_states.tsv``) names an ongoing event; its noun (a NOUN row of the
curated lexicon) gives the category and the verb, whose subject is the event's actor, is the trigger. A noun with
a curated two-word reading ('hunger strike') takes that reading before the head noun's own ('strike')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def state_verbs() -> frozenset[tuple[str, str]]:
    """(verb lemma, preposition) pairs of ``event_states.tsv``."""
    return frozenset((r["verb"], r["prep"]) for r in read_tsv("event_states.tsv"))


def state_verb(noun: Token) -> Token | None:
    """The verb of being whose 'on' phrase ``noun`` is the object of ('are on strike' -> 'are'), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep is noun:
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    lemma = (verb.lemma_ or verb.lower_).lower()
    return verb if (lemma, prep.lower_) in state_verbs() else None


def noun_reading(noun: Token, nouns: dict):
    """The curated reading of an event noun, its compound modifier first ('hunger strike' before 'strike')."""
    lemma = (noun.lemma_ or noun.lower_).lower()
    for c in noun.children:
        if c.dep_ in {"compound", "amod"} and f"{c.lower_} {lemma}" in nouns:
            return nouns[f"{c.lower_} {lemma}"]
    return nouns.get(lemma)
