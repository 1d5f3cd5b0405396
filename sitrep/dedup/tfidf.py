"""Sublinear tf-idf with l2-normalised rows over pre-tokenised term lists, without scikit-learn.

Story clustering needs one call of scikit-learn's ``TfidfVectorizer(analyzer=lambda terms: terms,
sublinear_tf=True, dtype=np.float32)``; importing scikit-learn for it cost the run's process about 0.4 CPU s (525
modules after GX and Polars are loaded). ``tfidf`` takes the same steps on the same arrays, so its matrix is the
same to the bit (data, indices, index pointers, their order and dtypes): terms numbered as first seen, counts in a
float32 CSR array with sorted indices, the columns renumbered in sorted term order afterwards (each row keeps its
first-seen order), ``log(count) + 1`` times ``log((1 + n) / (1 + df)) + 1`` in float32, each row divided by its
norm summed in float64 term by term (scikit-learn's ``inplace_csr_row_normalize_l2``). Cosines taken from the matrix
(sparse products, whose sums follow the entries' order) are then the same too; ``tests/sitrep/dedup/test_tfidf37.py``
compares both on real articles.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse


def _counts(docs: list[list[str]]) -> tuple[sparse.csr_array, dict[str, int]]:
    """Term counts (float32 CSR, indices sorted) with the terms numbered as first seen."""
    vocabulary: dict[str, int] = {}
    j_indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for doc in docs:
        counter: dict[int, int] = {}
        for term in doc:
            idx = vocabulary.setdefault(term, len(vocabulary))
            counter[idx] = counter.get(idx, 0) + 1
        j_indices.extend(counter)
        values.extend(counter.values())
        indptr.append(len(j_indices))
    index_dtype = np.int64 if indptr[-1] > np.iinfo(np.int32).max else np.int32
    x = sparse.csr_array(
        (
            np.asarray(values, dtype=np.intc),
            np.asarray(j_indices, dtype=index_dtype),
            np.asarray(indptr, dtype=index_dtype),
        ),
        shape=(len(indptr) - 1, len(vocabulary)),
        dtype=np.float32,
    )
    x.sort_indices()
    return x, vocabulary


def _row_norms(data: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Each row's l2 norm: float32 squares added one by one, in the row's order, in float64."""
    squares = (data * data).astype(np.float64)
    lengths = np.diff(indptr)
    sums = np.zeros(len(lengths))
    starts = indptr[:-1].astype(np.int64)
    for k in range(int(lengths.max(initial=0))):
        rows = np.flatnonzero(lengths > k)
        sums[rows] += squares[starts[rows] + k]
    return np.sqrt(sums)


def tfidf(docs: list[list[str]]) -> sparse.csr_matrix | None:
    """The tf-idf matrix of ``docs`` (one row per document, columns in sorted term order); None when no document
    has a term."""
    if not any(docs):
        return None
    x, vocabulary = _counts(docs)
    x = x[:, np.arange(x.shape[1])]  # (scikit-learn's feature pruning keeps every column of a single call)
    new_index = np.empty(len(vocabulary), dtype=x.indices.dtype)
    for new, (_term, old) in enumerate(sorted(vocabulary.items())):
        new_index[old] = new
    x.indices = new_index.take(x.indices, mode="clip")
    x = sparse.csr_matrix(x)
    n_samples = x.shape[0] + 1
    df = np.bincount(x.indices, minlength=x.shape[1]).astype(np.float32, copy=False)
    df += 1.0
    idf = np.full_like(df, fill_value=n_samples, dtype=np.float32)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    np.log(x.data, x.data)
    x.data += 1.0
    x.data *= idf[x.indices]
    norms = _row_norms(x.data, x.indptr)
    lengths = np.diff(x.indptr)
    per_entry = np.repeat(norms, lengths)
    nonzero = per_entry != 0.0
    x.data[nonzero] = (x.data[nonzero].astype(np.float64) / per_entry[nonzero]).astype(np.float32)
    return x
