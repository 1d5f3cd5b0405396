"""Near-duplicate benchmark: 100k generated articles with injected near duplicates of known truth.

Corpus: articles are random draws of 6-25 sentences, each made of two halves of real news sentences from
../shared/corpora (generated words when absent), so two generated articles share at most a stray sentence.
Into that, copies of known origin are injected:
- boilerplate: a header/byline and a footer added;
- edited: 10-25 % of sentences replaced, plus case/punctuation changes;
- truncated: a capture cut after 45-90 % of the text, mid-word;
- exact: the same text re-spaced (caught by the content hash);
and hard negatives: articles that carry one quoted two-sentence passage of another article (not duplicates).

Printed, in one run:
- sitrep.dedup.assign_duplicates on all N articles: pair precision/recall against the injected truth
  (pairs within a group count, as in ../shared/bin/evaluate.py), seconds, seconds per 100k;
- brute force on a sample: every pair checked exactly with the same containment rule (near.verify_pair), its
  seconds extrapolated to N (quadratic), and the LSH recall against it on that sample;
- datasketch (MinHash num_perm=128 + MinHashLSH) on a sample: seconds extrapolated to N (linear).

usage: .venv/bin/python bench/bench_dedup.py [--n 100000] [--sample 2000] [--seed 1]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.dedup import assign_duplicates, content_hash, signature_frame  # noqa: E402
from sitrep.dedup.minhash import shingle_hashes  # noqa: E402
from sitrep.dedup.near import NearDupParams, verify_pair  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
HEADERS = [
    "Share\n1 min read\n",
    "By Staff Reporter | Updated {d} hours ago\n",
    "ADVERTISEMENT\nListen to this article\n",
    "Breaking News • Tue. Oct 3rd\n",
    "Photo: Reuters / File\n",
]
FOOTERS = [
    "\nRead more: subscribe to our newsletter for daily updates.",
    "\n© 2024 All rights reserved. Terms of use.",
    "\nRelated: more stories from this section. Tags: world, politics",
    "\nShare this article on social media.",
    "\nReporting by our correspondents; editing by the desk.",
]


def sentence_pool(rng: random.Random, limit: int = 400_000) -> list[str]:
    """Distinct sentences: halves of real sentences (8-60 words) from the shared corpora recombined, so that
    generated articles never share long passages by chance; generated words when the corpora are absent."""
    halves: set[str] = set()
    files = sorted(CORPORA.glob("*.jsonl.gz")) if CORPORA.is_dir() else []
    for f in files:
        if "exact_dups" in f.name:
            continue
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            for line in fh:
                body = " ".join(json.loads(line).get("body", "").split())
                for s in re.split(r"(?<=[.!?])\s+", body):
                    words = s.split()
                    if 8 <= len(words) <= 60:
                        cut = len(words) // 2
                        halves.add(" ".join(words[:cut]))
                        halves.add(" ".join(words[cut:]))
    if not halves:
        vocab = [f"w{i}" for i in range(20_000)]
        halves = {" ".join(rng.choices(vocab, k=rng.randint(4, 12))) for _ in range(limit)}
    pool = sorted(halves)
    rng.shuffle(pool)
    return [f"{pool[i]} {pool[(i * 7919 + 1) % len(pool)]}" for i in range(min(limit, len(pool)))]


def build_corpus(n: int, rng: random.Random) -> tuple[list[str], list[int]]:
    """n bodies and their truth group (-1: no duplicate; else the base article's index)."""
    pool = sentence_pool(rng)
    n_variants = n // 10
    n_quotes = n // 50
    n_base = n - n_variants - n_quotes
    base = [rng.sample(range(len(pool)), rng.randint(6, 25)) for _ in range(n_base)]
    bodies = [" ".join(pool[i] for i in doc) for doc in base]
    group = [-1] * n_base
    for _ in range(n_variants):
        src = rng.randrange(n_base)
        sents = [pool[i] for i in base[src]]
        kind = rng.choice(["boilerplate", "edited", "truncated", "edited+boilerplate", "exact"])
        if "edited" in kind:
            for k in rng.sample(range(len(sents)), max(1, int(len(sents) * rng.uniform(0.1, 0.25)))):
                sents[k] = pool[rng.randrange(len(pool))]
            sents = [s.upper() if rng.random() < 0.1 else s.replace(",", "") for s in sents]
        text = " ".join(sents)
        if kind == "truncated":
            text = text[: int(len(text) * rng.uniform(0.45, 0.9))]
        if "boilerplate" in kind:
            text = rng.choice(HEADERS).format(d=rng.randint(1, 9)) + text + rng.choice(FOOTERS)
        if kind == "exact":
            text = "  ".join(text.split(" "))
        bodies.append(text)
        group.append(src)
        group[src] = src
    for _ in range(n_quotes):  # hard negatives: one quoted passage of another article
        src = base[rng.randrange(n_base)]
        k = rng.randrange(max(1, len(src) - 1))
        quote = " ".join(pool[i] for i in src[k : k + 2])
        own = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(6, 20))]
        own.insert(rng.randrange(len(own)), f'"{quote}"')
        bodies.append(" ".join(own))
        group.append(-1)
    return bodies, group


def pairs_of_groups(labels: dict[int, object]) -> set[tuple[int, int]]:
    by = defaultdict(list)
    for i, g in labels.items():
        by[g].append(i)
    return {p for members in by.values() for p in itertools.combinations(sorted(members), 2)}


def prf(pred: set, truth: set) -> tuple[float, float]:
    tp = len(pred & truth)
    return (tp / len(pred) if pred else 1.0), (tp / len(truth) if truth else 1.0)


def run_sitrep(bodies: list[str]) -> tuple[set[tuple[int, int]], float, float]:
    df = pl.DataFrame(
        {"article_id": [f"{i:07d}" for i in range(len(bodies))], "body": bodies, "published_at": [None] * len(bodies)},
        schema_overrides={"published_at": pl.Date},
    )
    t0 = time.perf_counter()
    df = df.with_columns(pl.col("body").map_elements(content_hash, return_dtype=pl.String).alias("content_hash"))
    t1 = time.perf_counter()
    out = assign_duplicates(df)
    t2 = time.perf_counter()
    # incremental: signatures of the first 99 % stored by an earlier run, 1 % new articles arrive
    old = df.head(len(bodies) - len(bodies) // 100)
    stored = signature_frame(old)
    t3 = time.perf_counter()
    again = assign_duplicates(df, signatures=signature_frame(df, stored))
    t4 = time.perf_counter()
    assert again.equals(out), "stored signatures must give the same answer"
    print(
        f"incremental   : {len(bodies) // 100} new articles + {old.height} stored signatures: "
        f"{t4 - t3:.1f}s (same answer as the full pass)"
    )
    rows = out.select("article_id", "duplicate_of").rows()
    origs = {d for _, d in rows if d}
    labels = {int(a): (d or a) for a, d in rows if d or a in origs}
    return pairs_of_groups(labels), t1 - t0, t2 - t1


def brute_force(bodies: list[str], idx: list[int]) -> tuple[set[tuple[int, int]], float]:
    """Every pair: exact shingle-set containment (Python sets), the full rule where it could pass."""
    p = NearDupParams()
    t0 = time.perf_counter()
    sh = shingle_hashes([bodies[i] for i in idx], k=p.k)
    sets = [set(sh.of(a).tolist()) for a in range(len(idx))]
    hashes = [content_hash(bodies[i]) for i in idx]
    found = set()
    for a, b in itertools.combinations(range(len(idx)), 2):
        if hashes[a] == hashes[b]:
            found.add((idx[a], idx[b]))
            continue
        small = min(len(sets[a]), len(sets[b]))
        if small and len(sets[a] & sets[b]) / small >= p.contain_low and verify_pair(sh.of(a), sh.of(b), p)[0]:
            found.add((idx[a], idx[b]))
    return found, time.perf_counter() - t0


def datasketch_time(bodies: list[str], idx: list[int]) -> float:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    for i in idx:
        words = re.findall(r"\w+", bodies[i].lower())
        m = MinHash(num_perm=128)
        m.update_batch([" ".join(words[j : j + 5]).encode() for j in range(max(1, len(words) - 4))])
        lsh.insert(str(i), m)
        lsh.query(m)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    bodies, group = build_corpus(args.n, rng)
    truth = pairs_of_groups({i: g for i, g in enumerate(group) if g >= 0})
    print(
        f"corpus: {len(bodies)} articles, {sum(g >= 0 for g in group)} in duplicate groups, {len(truth)} "
        f"true pairs, built in {time.perf_counter() - t0:.1f}s (sentences from "
        f"{'../shared/corpora' if CORPORA.is_dir() else 'a generated vocabulary'})"
    )

    pred, t_hash, t_dedup = run_sitrep(bodies)
    p, r = prf(pred, truth)
    per100k = (t_hash + t_dedup) * 100_000 / len(bodies)
    print(
        f"sitrep.dedup  : precision={p:.4f} recall={r:.4f} pairs={len(pred)}  content_hash {t_hash:.1f}s + "
        f"assign_duplicates {t_dedup:.1f}s = {t_hash + t_dedup:.1f}s  ({per100k:.1f}s per 100k)"
    )

    # sample: all members of some duplicate groups plus random singletons
    groups = defaultdict(list)
    for i, g in enumerate(group):
        if g >= 0:
            groups[g].append(i)
    chosen = [i for g in rng.sample(sorted(groups), min(len(groups), args.sample // 10)) for i in groups[g]]
    others = [i for i in rng.sample(range(len(bodies)), args.sample) if group[i] < 0]
    idx = sorted(set(chosen + others))[: args.sample]
    sample = set(idx)
    bf, t_bf = brute_force(bodies, idx)
    npairs = len(idx) * (len(idx) - 1) / 2
    bf_n = t_bf / npairs * (len(bodies) * (len(bodies) - 1) / 2)
    pred_s = {pr for pr in pred if pr[0] in sample and pr[1] in sample}
    truth_s = {pr for pr in truth if pr[0] in sample and pr[1] in sample}
    bp, br = prf(bf, truth_s)
    lp, lr = prf(pred_s, bf)
    print(
        f"brute force   : {len(idx)} articles, {int(npairs)} pairs in {t_bf:.1f}s -> {bf_n / 3600:.1f} h for "
        f"{len(bodies)} (quadratic); vs truth precision={bp:.4f} recall={br:.4f}; "
        f"LSH vs brute force on the sample: precision={lp:.4f} recall={lr:.4f}"
    )
    n_ds = min(len(idx), 2000)
    t_ds = datasketch_time(bodies, idx[:n_ds])
    print(
        f"datasketch    : MinHash(128)+MinHashLSH on {n_ds} articles in {t_ds:.1f}s -> "
        f"{t_ds * 100_000 / n_ds:.0f}s per 100k (linear; shingling included, no verification)"
    )
    print(
        f"speed-up      : {t_ds * 100_000 / n_ds / per100k:.1f}x vs datasketch, "
        f"{bf_n / (per100k * len(bodies) / 1e5):.0f}x vs brute force"
    )


if __name__ == "__main__":
    main()
