"""A token's lemma as the rules compare it; a module of its own so that any module, even one that loads while the
trigger lexicon is being built, can import it without a cycle."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def lemma(tok: Token) -> str:
    """The token's lemma, lower-cased (its text when the lemmatizer gave none)."""
    return tok.lemma_.lower() or tok.lower_
