"""A warning that foresees what befalls its clause's subject ('warned that Gaza may become uninhabitable', 'that
the truce would collapse', 'he warned it could lead to endless talks'; ``data/befalling_verbs.tsv``) tells a
course of things, not an act someone will take against a party: it is no THREATEN. 'warned that Iran would face
consequences' stays one (its object is one of the warning's own answers)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_syntax import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

#: the subject pronouns of a person: a person's 'it' is a thing ('he warned it could lead to ...')
PERSON_PRONOUNS = frozenset({"he", "she", "i"})
OBJECT_DEPS = {"dobj", "attr", "oprd"}


@lru_cache(maxsize=1)
def befalling_verbs() -> dict[str, frozenset[str]]:
    """verb lemma -> the objects that keep the warning a threat ('would face prosecution')."""
    return {r["verb"]: frozenset(r["unless"].split()) - {"-"} for r in read_tsv("befalling_verbs.tsv")}


def befalls(clause: Token, answers: frozenset[str]) -> bool:
    """The warned clause's verb tells what happens to its subject, with no object among the warner's answers
    (``answers``: 'consequences', 'sanctions')."""
    verbs = befalling_verbs()
    if lemma(clause) not in verbs or any(c.dep_ == "xcomp" for c in clause.children):
        return False  # (an infinitive under it tells an act: 'Peru will have to pay a price')
    keep = answers | verbs[lemma(clause)]
    objects = [c for c in clause.children if c.dep_ in OBJECT_DEPS]
    return not any(lemma(o) in keep or o.lower_ in keep for o in objects)


def person_pronoun(tok: Token) -> bool:
    """'he', 'she', 'I': a person telling, whose 'it' is a thing."""
    return tok.lower_ in PERSON_PRONOUNS
