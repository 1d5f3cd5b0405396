"""sitrep.dedup.tfidf gives scikit-learn's TfidfVectorizer matrix to the bit (story clustering's one tf-idf call),
on real articles of ../shared/corpora and on generated text, and the story pairs scored from it are the same."""

from __future__ import annotations

import gzip
import json
import random

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from sitrep.dedup import stories
from sitrep.dedup.features import key_terms, name_terms
from sitrep.dedup.tfidf import tfidf


def _sklearn(docs: list[list[str]]):
    if not any(docs):
        return None
    return TfidfVectorizer(analyzer=lambda terms: terms, sublinear_tf=True, dtype=np.float32).fit_transform(docs)


def _assert_same(ours, theirs) -> None:
    assert type(ours) is type(theirs)
    assert ours.shape == theirs.shape
    for part in ("data", "indices", "indptr"):
        a, b = getattr(ours, part), getattr(theirs, part)
        assert a.dtype == b.dtype, part
        assert a.tobytes() == b.tobytes(), part  # float32 weights equal bit for bit, entries in the same order
    assert ours.has_sorted_indices == theirs.has_sorted_indices


def _corpus_articles(shared, name: str, n: int) -> list[dict]:
    path = shared / "corpora" / name
    if not path.exists():
        pytest.skip(f"{path} is not here")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            out.append(json.loads(line))
            if len(out) == n:
                break
    return out


@pytest.mark.parametrize("corpus", ["newsarticles2017.jsonl.gz", "reuters21578.jsonl.gz"])
def test_real_articles_same_matrix_and_pairs(shared_dir, corpus):
    articles = _corpus_articles(shared_dir, corpus, 600)
    names = [name_terms(a.get("title") or "", a.get("body") or "") for a in articles]
    keys = [key_terms(a.get("title") or "", a.get("body") or "") for a in articles]
    assert any(not n for n in names) or corpus.startswith("news")  # Reuters briefs with no name: empty rows
    for docs in (names, keys, names[:50], keys[:9]):
        _assert_same(tfidf(docs), _sklearn(docs))
    params = stories.StoryParams()
    ours = stories.similarity_pairs(names, keys, params)
    original = stories._tfidf
    try:
        stories._tfidf = _sklearn
        theirs = stories.similarity_pairs(names, keys, params)
    finally:
        stories._tfidf = original
    assert len(ours[0]) > 100
    assert np.array_equal(ours[0], theirs[0])
    assert ours[1].tobytes() == theirs[1].tobytes()


def test_generated_text_same_matrix(textgen):
    rng = random.Random(37)
    docs = []
    for seed in range(120):
        words = " ".join(textgen.article(seed, rng.randint(1, 8))).lower().replace(".", "").split()
        docs.append(words if seed % 17 else [])  # some documents without a term
    docs.append(["zeta", "alpha", "zeta", "zeta", "beta"])  # first-seen order differs from the sorted one
    _assert_same(tfidf(docs), _sklearn(docs))
    _assert_same(tfidf(docs[-1:]), _sklearn(docs[-1:]))


def test_no_terms_no_matrix():
    assert tfidf([]) is None
    assert tfidf([[], []]) is None
    assert stories._tfidf([[], []]) is None
