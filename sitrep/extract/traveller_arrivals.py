"""Arrivals of travellers: 'some 9,000 migrants from Ruritania landed in Syldavia', 'the flight from Quito landed
in Lima' tell people coming somewhere (migrants, passengers, patients; the flights that carry them), no visit a
state hosts (PLOVER CONSULT visit is a meeting of parties). The traveller is the subject noun of the verb of
arriving (or the noun of its partitive 'of': 'hundreds of refugees'), a noun of the ``@travellers`` class of
``data/trigger_objects.tsv``; a flight or a plane with a possessive ('the minister's flight') carries a visitor and
is left a visit. Used by ``force_arrivals.force_arrival``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import lemma
from sitrep.extract.event_triggers import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the class of trigger_objects.tsv whose nouns arrive as travellers
TRAVELLER_CLASS = "@travellers"


def _subject_nouns(verb: Token) -> list[Token]:
    """The verb's subject nouns, each with the noun of its partitive 'of' ('hundreds of refugees')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects + [g for s in subjects for p in s.children if p.lower_ == "of" for g in p.children]


def traveller_arrival(trig: Token) -> bool:
    """The verb of arriving has a traveller for its subject ('migrants landed', 'the flight landed'), none owned by
    a party ('the president's flight landed' is left)."""
    if trig.pos_ != "VERB":
        return False
    return any(
        TRAVELLER_CLASS in lexicon().classes.get(lemma(s), ()) and not any(c.dep_ == "poss" for c in s.children)
        for s in _subject_nouns(trig)
    )
