"""A person named beside another in 'X and Y' whom the model left untagged ('Merkel and Putin met', 'Theresa May
and Nicola Sturgeon held talks'): the conjunct the parser links to a name is a name too.

The small model often misses a bare surname or a name read as a common word at the start of a sentence, while it
tags the name coordinated with it. A capitalised proper noun (with the proper nouns compounded before it) that no
mention covers becomes a PERSON mention when it is coordinated ('and', 'or') with a mention and the actor tables
know it as a person: the full name listed ('Theresa May'), or, beside a PERSON mention, a single word that opens or
ends a listed person's name ('Merkel', beside 'Putin'). A word that names a place or body is left to the
gazetteer and the dictionary spotting run before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.extract.actor_dictionary import lookup, person_name_ends
from sitrep.extract.gazetteer import fold
from sitrep.extract.mention_span import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _siblings(tok: Token) -> list[Token]:
    """The words coordinated with ``tok``: its conjunct head and the conjuncts hung on it or on that head."""
    head = tok.head if tok.dep_ == "conj" else tok
    return [t for t in [head, *(c for c in head.children if c.dep_ == "conj")] if t.i != tok.i]


def _covering(spans: list[Span], tok: Token) -> Span | None:
    return next((sp for sp in spans if min(sp.outer_start, sp.start) <= tok.idx < sp.end), None)


def _name_tokens(tok: Token) -> list[Token]:
    """``tok`` with the capitalised proper nouns compounded right before it ('Theresa' of 'Theresa May')."""
    first = tok
    while first.i > 0:
        prev = tok.doc[first.i - 1]
        if prev.dep_ == "compound" and prev.head.i == tok.i and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            first = prev
        else:
            break
    return list(tok.doc[first.i : tok.i + 1])


def add_conjunct_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """``spans`` plus a PERSON mention for each untagged listed person coordinated with a mention."""
    added: list[Span] = []
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ == "compound":
            continue
        if tok.dep_ != "conj" and not any(c.dep_ == "conj" for c in tok.children):
            continue
        words = _name_tokens(tok)
        if any(_covering(spans + added, w) for w in words):
            continue
        others = [_covering(spans, s) for s in _siblings(tok)]
        others = [sp for sp in others if sp is not None]
        if not others:
            continue
        name = " ".join(w.text for w in words)
        listed = len(words) >= 2 and lookup(name, kind="person") is not None
        surname = len(words) == 1 and fold(name) in person_name_ends() and any(sp.label == "PERSON" for sp in others)
        if listed or surname:
            added.append(Span(words[0].idx, tok.idx + len(tok.text), "PERSON", model_label=""))
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda sp: (sp.start, sp.end))
