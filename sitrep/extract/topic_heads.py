"""The 'of' phrase of a record or an account ('a list of attacks') names what the record is about, not what the verb
that takes the record acts on: 'put out a list of attacks' is no staged attack. The nouns are
``data/topic_heads.tsv``. Used by ``event_triggers`` where it reads a verb's object through its 'of' phrase ('declared
a state of emergency')."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=1)
def topic_heads() -> frozenset[str]:
    return frozenset(r["noun"] for r in read_tsv("topic_heads.tsv"))


def phrases(obj: Token) -> list[Token]:
    """The object's children through which its 'of' phrase is read: none for a record noun ('a list of attacks')."""
    if obj.lemma_.lower() in topic_heads() or obj.lower_ in topic_heads():
        return []
    return list(obj.children)
