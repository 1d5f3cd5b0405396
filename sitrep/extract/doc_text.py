"""``Doc.text`` once per document.

spaCy rebuilds ``Doc.text`` from every token on each access, so a helper called once per mention that reads
it costs a pass over the whole article each time (a third of the extraction time on news articles). The text
is kept in the Doc's own ``user_data`` on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "sitrep.doc_text"
_WORDS_KEY = "sitrep.token_texts"


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, in order, kept in the Doc's ``user_data`` like ``doc_text``: a scan of the article that
    asks each token's text first (a capitalised word?) reads this list instead of making a ``Token`` per word."""
    words = doc.user_data.get(_WORDS_KEY)
    if words is None:
        words = doc.user_data[_WORDS_KEY] = [t.text for t in doc]
    return words


def span_text(span: Span) -> str:
    """``span.text`` (a sentence's, say) cut from the document's text kept by ``doc_text``: spaCy joins the
    span's tokens again on each access. The same string: a span's text runs from its first token's start to
    its last token's end."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def subtree_chars(tok: Token) -> tuple[int, int]:
    """The character range of ``tok`` with everything that hangs on it (its left edge's start to its right
    edge's end): where a phrase or clause stands, to test whether a mention starts inside it."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
