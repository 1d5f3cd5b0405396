"""A Doc's sentences found once while its article is read: spaCy answers ``token.sent`` and ``span.sent`` by walking
the tokens from the word back to its sentence's start and on to its end, in Python-level steps (about 7 µs an
answer, some 200 answers an article); the rules ask it about 20,000 times per 100 news articles.

``indexed(doc)`` opens the span in which ``Token.sent`` and ``Span.sent`` of ``doc`` are answered from a table of
its sentences (spaCy's own ``user_token_hooks`` / ``user_span_hooks``), built the first time one is asked: the same
sentence spans ``doc.sents`` yields, which are the ones spaCy's walk finds (a sentence starts at the first token and
at every token whose ``sent_start`` is 1). A change of the parse can move sentence starts (spaCy recomputes them when
a token's head is set), so whoever changes it calls ``changed(doc)`` and the table is built again on the next
question (``glued_objects.repair``). Outside the span, and for a span outside the Doc's tokens or across a sentence
end (spaCy gives it all the sentences it touches), spaCy answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "sitrep.sentence_index"


@contextmanager
def indexed(doc: Doc) -> Iterator[None]:
    """Within: ``doc``'s ``Token.sent`` and ``Span.sent`` answered from its sentence table (see the module doc).
    Nested spans and a Doc with sentence hooks of its own leave the hooks as they are."""
    if _KEY in doc.user_data or "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
        yield
        return
    if "sents" in doc.user_hooks:
        yield
        return
    table: list[list] = []  # [the sentence spans, the index of each token's sentence], built on the first question

    def sentence(i: int) -> Span:
        if not table:
            sents = list(doc.sents)
            owner = [0] * len(doc)
            for k, sent in enumerate(sents):
                owner[sent.start : sent.end] = [k] * (sent.end - sent.start)
            table[:] = [sents, owner]
        return table[0][table[1][i]]

    def token_sent(tok: Token) -> Span:
        return sentence(tok.i)

    def span_sent(span: Span) -> Span:
        if 0 <= span.start < len(doc) and span.end <= (sent := sentence(span.start)).end:
            return sent
        hooks = doc.user_span_hooks
        hook = hooks.pop("sent")  # spaCy's own answer for a span past the last token or across sentences
        try:
            return span.sent
        finally:
            hooks["sent"] = hook

    doc.user_data[_KEY] = table
    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent
    try:
        yield
    finally:
        doc.user_data.pop(_KEY, None)
        doc.user_token_hooks.pop("sent", None)
        doc.user_span_hooks.pop("sent", None)


def changed(doc: Doc) -> None:
    """The parse of ``doc`` changed: its sentences are found again when next asked."""
    table = doc.user_data.get(_KEY)
    if table:
        table.clear()
