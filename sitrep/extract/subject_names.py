"""A person named as a sentence's subject, also when the name stands in apposition to a title that is the
grammatical subject ('Iran's supreme leader Ali Khamenei spoke', 'the foreign minister, Ann Cole, said'): the
parser makes the title the subject and the name its appositive, but the sentence is about the named person, and a
later 'he' or 'she' continues that person as it continues a subject named first ('Ali Khamenei spoke')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.event_syntax import SUBJ

if TYPE_CHECKING:
    from spacy.tokens import Token


def in_subject(tok: Token) -> bool:
    """The token is a subject, or in apposition to one (a name after its title)."""
    return tok.dep_ in SUBJ or (tok.dep_ == "appos" and tok.head.dep_ in SUBJ)
