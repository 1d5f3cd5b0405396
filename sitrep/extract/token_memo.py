"""Answers about a token kept while a Doc's parse stands still: the event readings of one article ask the same
token the same question many times (is 'police' a group actor, and of which country? about six times per token on
news articles), and each answer walks the token's children and reads the lexicons again.

``memoized(doc)`` opens the span in which the Doc's parse, entities and lemmas do not change (its event
candidates: ``events.doc_event_candidates`` enters it afresh after ``glued_objects`` re-hangs objects; the rest of
``pipeline.analyze_doc`` after them, which changes no parse, reads the same table); ``memo`` answers
from the Doc's table inside it and computes every time outside it, so a reading made before or after a repair is
never served a stale answer. An answer is kept per question, token, further arguments and the article's US-state
names (``gazetteer.ARTICLE_NOT_COUNTRIES``, which changes what a name's country is).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TYPE_CHECKING, TypeVar

from sitrep.extract.gazetteer import ARTICLE_NOT_COUNTRIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_KEY = "sitrep.token_memo"
T = TypeVar("T")


@contextmanager
def memoized(doc: Doc, fresh: bool = False) -> Iterator[None]:
    """Within: answers about ``doc``'s tokens are kept (the caller keeps its parse unchanged meanwhile). Inside an
    outer span, the outer table is used and kept when this one closes; ``fresh``: the parse has just changed, so
    the answers kept so far are dropped first."""
    outer = doc.user_data.get(_KEY)
    if outer is not None and fresh:
        outer.clear()
    doc.user_data[_KEY] = outer if outer is not None else {}
    try:
        yield
    finally:
        if outer is None:
            doc.user_data.pop(_KEY, None)


def memo(question: str, tok: Token, args: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, kept for (``question``, the token, ``args``) while ``memoized`` is open on its Doc."""
    table = tok.doc.user_data.get(_KEY)
    if table is None:
        return compute()
    key = (question, tok.i, args, ARTICLE_NOT_COUNTRIES.get())
    if key in table:
        return table[key]
    found = table[key] = compute()
    return found


def per_token(fn: Callable[..., T]) -> Callable[..., T]:
    """``fn(tok, *args)`` (hashable ``args``) kept by ``memo`` under its own name: for a reading of a token that
    depends on the parse and the vocabulary only, never on what the article told before."""
    question = f"{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def kept(tok: Token, *args: Hashable) -> T:
        return memo(question, tok, args, lambda: fn(tok, *args))

    return kept
