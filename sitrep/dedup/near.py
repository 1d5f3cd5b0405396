"""Near-duplicate detection: MinHash-LSH candidates verified by exact shingle containment and Jaccard.

Decision rule for a candidate pair (A the one with fewer shingles):
- containment C = |A ∩ B| / |A| >= `contain_high` (0.8): A is B with small edits, extra boilerplate, or a
  truncated capture of B;
- or C >= `contain_low` (0.4), Jaccard >= `jaccard_low` (0.2) and the shared text lies in at least
  `min_runs` separate passages of A (>= `min_run_len` shingles each, one of them >= `min_longest_run`): a
  republication whose own header, byline, captions and cut-off end dilute the overlap. One shared passage
  only (a quoted paragraph both articles carry) never qualifies there, nor do short formulaic texts that share
  only template phrases between differing names and figures (wire bond-issue or money-supply briefs);
  or C >= `contain_low` and one shared passage of >= 50 shingles makes up at least half of A (a truncated
  capture under its own header and byline block).
duplicates.py turns verified pairs into groups (each copy directly verified against its original).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from sitrep.dedup.minhash import Shingles, estimated_jaccard, lsh_candidates, shingle_hashes, signatures


@dataclass(frozen=True)
class NearDupParams:
    """Thresholds (tuned on ../shared/devset and bench/bench_dedup.py)."""

    k: int = 5
    num_bins: int = 128
    bands: int = 64
    contain_high: float = 0.8
    contain_low: float = 0.4
    jaccard_low: float = 0.2
    min_runs: int = 2
    min_run_len: int = 20
    min_longest_run: int = 20
    single_passage_share: float = 0.5
    single_passage_min: int = 50
    min_shingles: int = 5
    prefilter_contain: float = 0.3


def shared_runs(seq: np.ndarray, other: np.ndarray) -> np.ndarray:
    """Lengths of the maximal runs of consecutive shingles of `seq` that are also in `other` (shared passages)."""
    hit = np.isin(seq, other)
    if not hit.any():
        return np.zeros(0, dtype=np.int64)
    padded = np.concatenate([[False], hit, [False]])
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return edges[1::2] - edges[::2]


def verify_pair(
    a: np.ndarray, b: np.ndarray, p: NearDupParams, ua: np.ndarray | None = None, ub: np.ndarray | None = None
) -> tuple[bool, float, float]:
    """Exact check of two shingle sequences: (is near duplicate, containment of the smaller, Jaccard).

    ua/ub: the sorted distinct shingles of a/b when the caller has them already.
    """
    ua = np.unique(a) if ua is None else ua
    ub = np.unique(b) if ub is None else ub
    if min(len(ua), len(ub)) < p.min_shingles:
        return False, 0.0, 0.0
    inter = len(np.intersect1d(ua, ub, assume_unique=True))
    small_seq, small_u, big_u = (a, ua, ub) if len(ua) <= len(ub) else (b, ub, ua)
    c = inter / len(small_u)
    j = inter / (len(ua) + len(ub) - inter)
    if c >= p.contain_high:
        return True, c, j
    if c >= p.contain_low and j >= p.jaccard_low:
        runs = shared_runs(small_seq, big_u)
        longest = int(runs.max(initial=0))
        spread = int((runs >= p.min_run_len).sum()) >= p.min_runs and longest >= p.min_longest_run
        # a cut capture under its own header: one long passage that is most of A
        one_block = longest >= max(p.single_passage_min, p.single_passage_share * len(small_seq))
        return spread or one_block, c, j
    return False, c, j


def scheme(p: NearDupParams) -> str:
    """Identifies how signatures were made; stored signatures of another scheme are recomputed."""
    import polars as pl

    return f"oph{p.num_bins}-k{p.k}-polars{pl.__version__}"


def compute_signatures(bodies: list[str], p: NearDupParams) -> tuple[np.ndarray, np.ndarray]:
    """(signatures (n, num_bins) uint64, number of shingles per body) for `bodies`."""
    sh = shingle_hashes(bodies, k=p.k)
    return signatures(sh, num_bins=p.num_bins), sh.sizes()


def near_duplicate_pairs(
    bodies: list[str],
    params: NearDupParams | None = None,
    shingles: Shingles | None = None,
    sig: np.ndarray | None = None,
    sizes: np.ndarray | None = None,
) -> np.ndarray:
    """Verified near-duplicate pairs (i < j) among `bodies`, as an (m, 2) int64 array of positions.

    With `sig`/`sizes` (e.g. stored signatures of earlier articles plus fresh ones for new articles) no body is
    shingled except the few that turn up in candidate pairs, which are checked exactly.
    """
    p = params or NearDupParams()
    sh = shingles
    if sig is None or sizes is None:
        sh = sh if sh is not None else shingle_hashes(bodies, k=p.k)
        sizes = sh.sizes()
        sig = signatures(sh, num_bins=p.num_bins)
    cand = lsh_candidates(sig, bands=p.bands, valid=sizes >= p.min_shingles)
    if not len(cand):
        return cand
    # cheap prefilter on the signature estimate before the exact check
    j_est = estimated_jaccard(sig, cand)
    sa, sb = sizes[cand[:, 0]], sizes[cand[:, 1]]
    c_est = j_est * (sa + sb) / (1 + j_est) / np.minimum(sa, sb)
    cand = cand[c_est >= p.prefilter_contain]
    if not len(cand):
        return cand
    if sh is None:  # shingle only the bodies that need an exact check
        involved = np.unique(cand.ravel())
        sub = shingle_hashes([bodies[i] for i in involved.tolist()], k=p.k)
        row = {int(i): k for k, i in enumerate(involved.tolist())}

        def seq(i: int) -> np.ndarray:
            return sub.of(row[i])
    else:
        seq = sh.of
    uniq: dict[int, np.ndarray] = {}

    def distinct(i: int) -> np.ndarray:
        if i not in uniq:
            uniq[i] = np.unique(seq(i))
        return uniq[i]

    keep = [verify_pair(seq(i), seq(j), p, distinct(i), distinct(j))[0] for i, j in cand.tolist()]
    return cand[np.array(keep, dtype=bool)]
