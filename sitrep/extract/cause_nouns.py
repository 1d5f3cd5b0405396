"""Events told as the cause of what a sentence reports: 'the strike crumbled following a warning from the bank
that it could dismiss employees', 'protests grew after an attack by rebels on the base', 'oil prices rose after
a threat from Iran to close the strait'.

The object of a cause phrase (``data/cause_preps.tsv``: 'after', 'following') is an event noun of the curated
lexicon. It is read as an event of its own only when the phrase tells it as news and names who did it: an
indefinite noun with a named doer in its 'from' / 'by' phrase ('a threat from Iran', 'an attack by Hamas'). A
definite or possessive act ('after the attack', "following Russia's invasion") is background the reader is
expected to know, often years old, and stays uncoded."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of a noun's doer ('a warning from X', 'an attack by Y')
DOER_PREPS = {"from", "by"}
#: articles of an act the sentence tells as news ('following a warning'), not as known background ('after the war')
NEW_DETS = {"a", "an"}
#: entity types of a named doer
DOER_ENTS = {"ORG", "GPE", "NORP", "PERSON"}


@lru_cache(maxsize=1)
def cause_preps() -> frozenset[str]:
    """The prepositions of ``cause_preps.tsv``."""
    return frozenset(r["prep"] for r in read_tsv("cause_preps.tsv"))


def _named(tok: Token) -> bool:
    return tok.ent_type_ in DOER_ENTS or tok.pos_ == "PROPN"


def caused_by_doer(noun: Token) -> bool:
    """``noun`` is the object of a cause phrase ('after', 'following') and names its doer ('from X', "X's")."""
    prep = noun.head  # the parser reads 'following' as a verb too: 'ended following a warning' (dobj)
    if noun.dep_ not in {"pobj", "dobj"} or prep is noun or prep.lower_ not in cause_preps():
        return False
    if not any(c.dep_ == "det" and c.lower_ in NEW_DETS for c in noun.children):
        return False  # 'after the 2003 invasion by the US', "after Russia's invasion": known background
    return any(_named(d) for d in doer_tokens(noun))


def doer_tokens(noun: Token) -> list[Token]:
    """The objects of the noun's 'from' / 'by' phrases ('a warning from Ford', 'an attack by Hamas')."""
    return [p for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in DOER_PREPS for p in c.children
            if p.dep_ == "pobj"]  # fmt: skip
