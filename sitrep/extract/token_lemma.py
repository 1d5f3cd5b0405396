"""A token's lemma as the rules compare it; a module of its own so that any module, even one that loads while the
trigger lexicon is being built, can import it without a cycle."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: a lemma's lower-cased text by the lemma's hash in the string store (the rules ask about 2,400 times per article:
#: a dictionary hit costs less than reading ``lemma_`` from the store and lower-casing it again)
_LOWERED: dict[int, str] = {}


def lemma(tok: Token) -> str:
    """The token's lemma, lower-cased (its text when the lemmatizer gave none)."""
    key = tok.lemma
    text = _LOWERED.get(key)
    if text is None:
        text = _LOWERED[key] = tok.lemma_.lower()
    return text or tok.lower_
