"""Typographic apostrophes read by the statistical components as the typewriter ones they were trained on.

The small English pipeline embeds each token by its norm, prefix, suffix and shape. spaCy's norms already fold
'’' into "'", but a word's prefix, suffix and shape keep the curly mark, so "Hamas’ attack on X" is not parsed as
"Hamas' attack on X" (a possessive: the attack is Hamas's), and a news text typeset with curly apostrophes is
tagged and parsed worse than the same text typed plainly. ``straighten(nlp)`` makes the vocabulary compute those
word features as for the word with typewriter apostrophes. Only the features change: a token's text, and so the
document's text, every offset and every stored surface, stay the body's own.
"""

from __future__ import annotations

from spacy.attrs import NORM, PREFIX, SHAPE, SUFFIX
from spacy.language import Language

#: typographic marks and the typewriter mark the model saw in training
STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'"})
#: the word features the statistical components embed (besides whitespace)
FEATURES = {NORM: "norm_", PREFIX: "prefix_", SUFFIX: "suffix_", SHAPE: "shape_"}


class _Straightened:
    """A word-feature getter that reads the word with typewriter apostrophes (picklable, for worker processes)."""

    def __init__(self, getter) -> None:
        self.getter = getter

    def __call__(self, text: str) -> str:
        return self.getter(text.translate(STRAIGHT))


def straighten(nlp: Language) -> Language:
    """Compute the embedded word features of words with curly apostrophes as for their typewriter spelling: for
    words the vocabulary meets from now on, and for those it holds already (the tokenizer's exceptions)."""
    getters = nlp.vocab.lex_attr_getters
    for attr in FEATURES:
        if attr in getters and not isinstance(getters[attr], _Straightened):
            getters[attr] = _Straightened(getters[attr])
    for lex in list(nlp.vocab):
        text = lex.orth_
        if text.translate(STRAIGHT) == text:
            continue
        for attr, name in FEATURES.items():
            if attr in getters:
                setattr(lex, name, getters[attr](text))
    return nlp
