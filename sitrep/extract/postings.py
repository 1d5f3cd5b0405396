"""A country after "for" in the title of a post held for it ("UN Special Envoy for Syria X", "the special envoy for
Yemen, X"): the posting, no country of the person (``data/posting_titles.tsv``), as "ambassador to Peru" is."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.extract.data_files import word_sets

if TYPE_CHECKING:
    from spacy.tokens import Doc


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return word_sets("posting_titles.tsv").get("title", frozenset())


def posted_for(doc: Doc, i: int) -> bool:
    """The country whose first token is ``i`` follows "for" and a posting title ("envoy for Syria")."""
    return i >= 2 and doc[i - 1].lower_ == "for" and doc[i - 2].lower_ in _titles()


def posted_before(text: str, start: int) -> bool:
    """The text right before ``start`` ends in a posting title and "for" ("... Special Envoy for ")."""
    words = text[max(0, start - 40) : start].lower().split()
    return len(words) >= 2 and words[-1] == "for" and words[-2] in _titles()
