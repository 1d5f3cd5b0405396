"""Typographic apostrophes read by the statistical components as the typewriter ones they were trained on.

The small English pipeline embeds each token by its norm, prefix, suffix and shape. spaCy's norms already fold
'’' into "'", but a word's prefix, suffix and shape keep the curly mark, so "Hamas’ attack on X" is not parsed as
"Hamas' attack on X" (a possessive: the attack is Hamas's), and a news text typeset with curly apostrophes is
tagged and parsed worse than the same text typed plainly. ``straighten(nlp)`` makes the vocabulary compute those
word features as for the word with typewriter apostrophes. Only the features change: a token's text, and so the
document's text, every offset and every stored surface, stay the body's own.

Texts that lost their curly apostrophes to a double quote ("don"t", "wasn"t") get the tokenizer's contractions
of the negation with that mark too (``lost_apostrophes``): "don"t want to meet" is read as "do n't want to
meet", a negated wish, not as a name "don"t" before the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import NORM, ORTH, PREFIX, SHAPE, SUFFIX

if TYPE_CHECKING:
    from spacy.language import Language

#: typographic marks and the typewriter mark the model saw in training
STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'"})
#: the mark a lost curly apostrophe shows as, and the piece of a contraction that says 'not'
LOST_MARK = '"'
NEGATION_PIECE = "n\u2019t"
#: the word features the statistical components embed (besides whitespace)
FEATURES = {NORM: "norm_", PREFIX: "prefix_", SUFFIX: "suffix_", SHAPE: "shape_"}


class _Straightened:
    """A word-feature getter that reads the word with typewriter apostrophes (picklable, for worker processes)."""

    def __init__(self, getter) -> None:
        self.getter = getter

    def __call__(self, text: str) -> str:
        return self.getter(_lost_apostrophe(text).translate(STRAIGHT))


def _lost_apostrophe(text: str) -> str:
    """The contraction piece 'n"t' read as "n't" (a double quote between letters of a contraction)."""
    return text.replace(LOST_MARK, "'") if text.lower() == f"n{LOST_MARK}t" else text


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


def lost_apostrophes(nlp: Language) -> Language:
    """Tokenizer exceptions for the contractions of the negation spelt with a double quote ("don"t", "Wasn"t"),
    split as their curly-apostrophe spelling is ('do' + 'n"t', the piece's norm 'not'). Call before
    ``straighten``, so the new pieces' features read as the typewriter ones."""
    rules = nlp.tokenizer.rules or {}
    for key, pieces in list(rules.items()):
        if NEGATION_PIECE not in key.lower() or key.count("\u2019") != 1:
            continue
        lost = key.replace("\u2019", LOST_MARK)
        if lost not in rules:
            nlp.tokenizer.add_special_case(
                lost, [{**piece, ORTH: piece[ORTH].replace("\u2019", LOST_MARK)} for piece in pieces]
            )
    return nlp
