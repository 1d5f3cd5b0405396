"""Parsed ``Doc``s as bytes, for their per-article extraction in another process.

Loads spaCy only (not the extraction code): a worker process that only parses imports this and
``sitrep.extract.nlp``, so it starts parsing sooner (``sitrep.extract.parallel``).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language

#: what a parsed ``Doc`` leaves out when it is sent to another process for its analysis: the encoder's output
#: (large, read by no extraction rule) and the per-Doc caches extraction itself fills
DOC_BYTES_EXCLUDE = ("tensor", "user_data")


def parse_articles(articles: Iterable[dict], nlp: Language, batch_size: int = 32) -> list[bytes]:
    """Each article's parsed ``Doc`` as bytes, for ``pipeline.analyze_parsed`` in another process (the same
    analyses as ``pipeline.analyze_articles``: tokens, tags, lemmas, parse, entities and sentence starts all
    travel)."""
    texts = (a["body"] for a in articles)
    return [doc.to_bytes(exclude=DOC_BYTES_EXCLUDE) for doc in nlp.pipe(texts, batch_size=batch_size)]
