"""Events told as what people died or were hurt in: 'five people died in Ruritanian shelling of the port', 'were
killed in clashes between police and strikers'.

The 'in' / 'during' phrase of a verb of dying or being hurt (``data/casualty_scenes.tsv``) names the event that
caused the deaths; its noun (a NOUN row of the curated lexicon) is read as an event of its own. When the verb is a
trigger that codes the event itself ('were killed in a Taliban attack': the killing, with the attack's actors),
the noun is governed by it and is not coded twice."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def casualty_verbs() -> frozenset[tuple[str, str]]:
    """(verb lemma, preposition) pairs of ``casualty_scenes.tsv``."""
    return frozenset((r["verb"], r["prep"]) for r in read_tsv("casualty_scenes.tsv"))


def casualty_scene(noun: Token) -> bool:
    """``noun`` is the object of the 'in' / 'during' phrase of a verb of dying or being hurt ('died in shelling')."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep is noun:
        return False
    verb = prep.head
    if verb.pos_ != "VERB":
        return False
    return ((verb.lemma_ or verb.lower_).lower(), prep.lower_) in casualty_verbs()
