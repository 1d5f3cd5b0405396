"""Vectorised MinHash (one-permutation hashing with optimal densification) and LSH banding.

Why not datasketch: `datasketch.MinHash` applies `num_perm` hash permutations per shingle in a per-document
Python loop; on 100k news articles that is minutes on 2 cores (see bench/bench_dedup.py, which measures both).
Here every step is a whole-corpus numpy/polars operation:

1. tokens: polars lower-cases, NFKC-normalises and splits all bodies at once; token hashes are polars' 64-bit
   hash (deterministic within a process; signatures are not persisted, so cross-version stability is moot).
2. shingles: word k-grams as a mixed 64-bit hash of k consecutive token hashes, via shifted array views.
3. signature: one-permutation hashing (Li, Owen & Zhang 2012): the top bits of a shingle hash pick one of
   `num_bins` bins, the rest is the value; the per-(document, bin) minimum is one `np.minimum.at`. Empty bins
   are filled by optimal densification (Shrivastava 2017), so P[sig_a[i] == sig_b[i]] = Jaccard similarity.
4. LSH: `bands` x `rows` banding; documents sharing any band key are candidate pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

_U64 = np.uint64
_MAX = np.iinfo(np.uint64).max
_SHINGLE_MULTS = np.array(
    [
        0x9E3779B97F4A7C15,
        0xC2B2AE3D27D4EB4F,
        0x165667B19E3779F9,
        0xD6E8FEB86659FD93,
        0xFF51AFD7ED558CCD,
        0xC4CEB9FE1A85EC53,
        0x94D049BB133111EB,
        0xBF58476D1CE4E5B9,
    ],
    dtype=_U64,
)


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads entropy over all 64 bits (OPH takes its bin from the top bits)."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> _U64(30))
        x = x * _U64(0xBF58476D1CE4E5B9)
        x = x ^ (x >> _U64(27))
        x = x * _U64(0x94D049BB133111EB)
        return x ^ (x >> _U64(31))


@dataclass
class Shingles:
    """All shingle hashes of a corpus, flat, in document order: doc i owns hashes[offsets[i]:offsets[i+1]]."""

    hashes: np.ndarray  # uint64
    offsets: np.ndarray  # int64, len n_docs + 1

    @property
    def n_docs(self) -> int:
        return len(self.offsets) - 1

    def sizes(self) -> np.ndarray:
        return np.diff(self.offsets)

    def of(self, i: int) -> np.ndarray:
        return self.hashes[self.offsets[i] : self.offsets[i + 1]]


def token_hashes(bodies: list[str] | pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """Hash every word token of every body; returns (token hashes uint64, document index per token int64)."""
    s = pl.Series("body", bodies, dtype=pl.String).fill_null("")
    # NFKC only where it can change something (non-ASCII rows): it is the slowest step on plain text
    non_ascii = s.str.contains(r"[^\x00-\x7F]")
    if non_ascii.any():
        s = pl.select(pl.when(non_ascii).then(s.str.normalize("NFKC")).otherwise(s)).to_series()
    toks = (
        s.str.to_lowercase()
        .str.extract_all(r"[^\W_]+")
        .alias("tok")
        .to_frame()
        .with_row_index("doc")
        .explode("tok")
        .drop_nulls("tok")
    )
    return toks["tok"].hash(seed=20240611).to_numpy(), toks["doc"].cast(pl.Int64).to_numpy()


def shingle_hashes(bodies: list[str] | pl.Series, k: int = 5) -> Shingles:
    """Word k-gram hashes per document (documents shorter than k words get one shingle of all their words)."""
    n = len(bodies)
    tok, doc = token_hashes(bodies)
    counts = np.bincount(doc, minlength=n) if len(doc) else np.zeros(n, dtype=np.int64)
    if len(tok) >= k:
        m = len(tok) - k + 1
        with np.errstate(over="ignore"):
            acc = tok[:m] * _SHINGLE_MULTS[0]
            for j in range(1, k):
                acc = acc + tok[j : j + m] * _SHINGLE_MULTS[j % len(_SHINGLE_MULTS)]
        keep = doc[:m] == doc[k - 1 :]
        sh, sh_doc = _mix64(acc[keep]), doc[:m][keep]
    else:
        sh, sh_doc = np.empty(0, _U64), np.empty(0, np.int64)
    short = np.flatnonzero((counts > 0) & (counts < k))
    if len(short):  # rare: tiny bodies get a single shingle of all their tokens
        starts = np.concatenate([[0], np.cumsum(counts)])
        extra = []
        for i in short:
            t = tok[starts[i] : starts[i + 1]]
            with np.errstate(over="ignore"):
                extra.append(_mix64(np.array([np.sum(t * _SHINGLE_MULTS[: len(t)])], dtype=_U64)))
        sh = np.concatenate([sh, *extra])
        sh_doc = np.concatenate([sh_doc, short.astype(np.int64)])
        order = np.argsort(sh_doc, kind="stable")
        sh, sh_doc = sh[order], sh_doc[order]
    offsets = np.concatenate([[0], np.cumsum(np.bincount(sh_doc, minlength=n))]).astype(np.int64)
    return Shingles(hashes=sh, offsets=offsets)


def _densify_table(num_bins: int, attempts: int, seed: int) -> np.ndarray:
    """Fixed (bin, attempt) -> donor bin table; the same for every document so signatures stay comparable."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, num_bins, size=(num_bins, attempts), dtype=np.int64)


def signatures(sh: Shingles, num_bins: int = 128, seed: int = 7) -> np.ndarray:
    """One-permutation MinHash signatures, shape (n_docs, num_bins) uint64; empty documents are all _MAX."""
    bits = int(np.log2(num_bins))
    if 1 << bits != num_bins:
        raise ValueError("num_bins must be a power of two")
    n = sh.n_docs
    doc = np.repeat(np.arange(n, dtype=np.int64), sh.sizes())
    h = _mix64(sh.hashes ^ _U64(seed * 0x9E3779B97F4A7C15 % (1 << 64)))
    key = doc * num_bins + (h >> _U64(64 - bits)).astype(np.int64)
    sig = np.full(n * num_bins, _MAX, dtype=_U64)
    np.minimum.at(sig, key, h & _U64((1 << (64 - bits)) - 1))
    sig = sig.reshape(n, num_bins)
    empty_r, empty_c = np.nonzero(sig == _MAX)
    nonempty_doc = sh.sizes() > 0
    keep = nonempty_doc[empty_r]
    empty_r, empty_c = empty_r[keep], empty_c[keep]
    if len(empty_r):
        table = _densify_table(num_bins, 4 * num_bins, seed)
        orig = sig.copy()
        for t in range(table.shape[1]):
            donor = orig[empty_r, table[empty_c, t]]
            ok = donor != _MAX
            sig[empty_r[ok], empty_c[ok]] = donor[ok]
            empty_r, empty_c = empty_r[~ok], empty_c[~ok]
            if not len(empty_r):
                break
        # any bin still empty after all attempts: fall back to the doc's smallest value (deterministic)
        if len(empty_r):
            sig[empty_r, empty_c] = orig[empty_r].min(axis=1)
    return sig


def lsh_candidates(
    sig: np.ndarray, bands: int = 64, max_bucket: int = 200, valid: np.ndarray | None = None
) -> np.ndarray:
    """Candidate pairs (i < j), shape (m, 2) int64: documents that agree on all rows of at least one band.

    Buckets larger than `max_bucket` are skipped: a band shared by hundreds of documents is boilerplate, not a
    re-publication (the pairs it would yield are caught by other bands when they really are duplicates).
    """
    n, width = sig.shape
    rows = width // bands
    idx_all = np.arange(n, dtype=np.int64) if valid is None else np.flatnonzero(valid)
    if len(idx_all) < 2:
        return np.empty((0, 2), dtype=np.int64)
    sub = sig[idx_all]
    out = []
    with np.errstate(over="ignore"):
        keys = np.zeros((len(idx_all), bands), dtype=_U64)
        for r in range(rows):
            keys = _mix64(keys ^ sub[:, r : bands * rows : rows])
        for b in range(bands):
            key = keys[:, b]
            order = np.argsort(key, kind="stable")
            ks = key[order]
            same = ks[1:] == ks[:-1]
            if not same.any():
                continue
            # runs of equal keys: start/end positions in the sorted order
            starts = np.flatnonzero(np.concatenate([[True], ~same]))
            lengths = np.diff(np.concatenate([starts, [len(ks)]]))
            pairs2 = starts[lengths == 2]
            if len(pairs2):
                out.append(np.stack([order[pairs2], order[pairs2 + 1]], axis=1))
            for s, ln in zip(
                starts[(lengths > 2) & (lengths <= max_bucket)],
                lengths[(lengths > 2) & (lengths <= max_bucket)],
                strict=True,
            ):
                members = order[s : s + ln]
                ii, jj = np.triu_indices(ln, k=1)
                out.append(np.stack([members[ii], members[jj]], axis=1))
    if not out:
        return np.empty((0, 2), dtype=np.int64)
    pairs = idx_all[np.concatenate(out)]
    pairs = np.sort(pairs, axis=1)
    code = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack([code // n, code % n], axis=1)


def estimated_jaccard(sig: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Share of agreeing signature bins per pair (an unbiased Jaccard estimate)."""
    if not len(pairs):
        return np.empty(0)
    out = np.empty(len(pairs))
    step = 200_000
    for s in range(0, len(pairs), step):
        p = pairs[s : s + step]
        out[s : s + step] = (sig[p[:, 0]] == sig[p[:, 1]]).mean(axis=1)
    return out
