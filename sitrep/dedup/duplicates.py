"""Exact and near duplicates over all articles: who is a copy of whom.

Exact: equal content hash (normalized body). Near: MinHash-LSH + containment (near.py), computed once per
distinct body. Groups are stars: each body joins the earliest original it was directly verified against;
in each group the earliest-published (then
lowest article_id) article is the original, the others point at it with kind "exact" (same normalized body as
the original) or "near". The result depends only on the set of articles, never on arrival order, so running it
again after new articles arrive gives each article the same answer a full rebuild would.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from sitrep.dedup.near import NearDupParams, compute_signatures, near_duplicate_pairs, scheme
from sitrep.dedup.normalize import content_hash

EMPTY_HASH = content_hash("")
SIGNATURE_SCHEMA = {"content_hash": pl.String, "scheme": pl.String, "num_shingles": pl.Int64, "sig": pl.List(pl.UInt64)}


def _with_hash(articles: pl.DataFrame) -> pl.DataFrame:
    """Fill a missing/null content_hash from the body."""
    if "content_hash" not in articles.columns:
        articles = articles.with_columns(pl.lit(None, dtype=pl.String).alias("content_hash"))
    return articles.with_columns(
        pl.when(pl.col("content_hash").is_null())
        .then(pl.col("body").map_elements(content_hash, return_dtype=pl.String))
        .otherwise(pl.col("content_hash"))
        .alias("content_hash")
    )


def star_groups(rank: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Group label per body: each body joins the earliest original it was verified against, else starts a group.

    Unlike connected components this never chains: every duplicate is directly verified against its original,
    so two short template texts (bond-issue briefs, market reports) linked only through a third are not merged.
    """
    label = np.arange(len(rank))
    if not len(pairs):
        return label
    neighbours: dict[int, list[int]] = {}
    for a, b in pairs.tolist():
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    for r in sorted(neighbours, key=lambda i: rank[i]):
        earlier = [n for n in neighbours[r] if rank[n] < rank[r] and label[n] == n]
        if earlier:
            label[r] = min(earlier, key=lambda i: rank[i])
    return label


def _representatives(arts: pl.DataFrame) -> pl.DataFrame:
    """One row (lowest article_id) per distinct non-empty content hash: the body near-dup detection looks at."""
    return (
        arts.filter(pl.col("content_hash") != EMPTY_HASH)
        .sort("article_id")
        .unique("content_hash", keep="first", maintain_order=True)
    )


def signature_frame(
    articles: pl.DataFrame, stored: pl.DataFrame | None = None, params: NearDupParams | None = None
) -> pl.DataFrame:
    """MinHash signature per distinct body (content_hash, scheme, num_shingles, sig): the persisted dedup state.

    Signatures in `stored` with the current scheme are reused; only bodies not seen before are shingled.
    """
    p = params or NearDupParams()
    reps = _representatives(
        _with_hash(
            articles.select("article_id", "body", *(["content_hash"] if "content_hash" in articles.columns else []))
        )
    )
    current = scheme(p)
    known = (
        stored.filter(pl.col("scheme") == current).select(list(SIGNATURE_SCHEMA)).cast(SIGNATURE_SCHEMA)
        if stored is not None and stored.height
        else pl.DataFrame(schema=SIGNATURE_SCHEMA)
    )
    todo = reps.join(known.select("content_hash"), on="content_hash", how="anti")
    if todo.height:
        sig, sizes = compute_signatures(todo["body"].fill_null("").to_list(), p)
        fresh = pl.DataFrame(
            {
                "content_hash": todo["content_hash"],
                "scheme": [current] * todo.height,
                "num_shingles": sizes.astype(np.int64),
                "sig": list(sig),
            },
            schema=SIGNATURE_SCHEMA,
        )
        known = pl.concat([known, fresh])
    return known.join(reps.select("content_hash"), on="content_hash", how="semi").sort("content_hash")


def assign_duplicates(
    articles: pl.DataFrame, params: NearDupParams | None = None, signatures: pl.DataFrame | None = None
) -> pl.DataFrame:
    """article_id, duplicate_of (nullable), duplicate_kind ("exact"|"near"|null): one row per input article.

    in: article_id, body, published_at, content_hash (optional; computed when absent) for all articles.
    signatures: optional signature_frame(...) output; with it only bodies in candidate pairs are re-read, and
    the answer is the same as without it.
    """
    p = params or NearDupParams()
    out_schema = {"article_id": pl.String, "duplicate_of": pl.String, "duplicate_kind": pl.String}
    if articles.height == 0:
        return pl.DataFrame(schema=out_schema)
    arts = _with_hash(
        articles.select([c for c in ("article_id", "body", "published_at", "content_hash") if c in articles.columns])
    )
    if "published_at" not in arts.columns:
        arts = arts.with_columns(pl.lit(None, dtype=pl.Date).alias("published_at"))
    reps = _representatives(arts)
    bodies = reps["body"].fill_null("").to_list()
    if signatures is not None:
        sigs = reps.select("content_hash").join(
            signature_frame(arts, signatures, p), on="content_hash", how="left", maintain_order="left"
        )
        sig = sigs["sig"].list.to_array(p.num_bins).to_numpy() if sigs.height else None
        pairs = near_duplicate_pairs(bodies, p, sig=sig, sizes=sigs["num_shingles"].to_numpy())
    else:
        pairs = near_duplicate_pairs(bodies, p)
    first_pos = (
        arts.sort(["published_at", "article_id"], nulls_last=True)
        .with_row_index("_pos")
        .group_by("content_hash")
        .agg(pl.col("_pos").min())
    )
    rank = reps.select("content_hash").join(first_pos, on="content_hash", how="left", maintain_order="left")
    label = star_groups(rank["_pos"].to_numpy(), pairs)
    group_of_hash = pl.DataFrame({"content_hash": reps["content_hash"], "grp": label.astype(np.int64)})
    ranked = (
        arts.join(group_of_hash, on="content_hash", how="left")
        .with_columns(pl.col("grp").fill_null(-1 - pl.int_range(pl.len())))  # empty bodies: own group
        .sort(["published_at", "article_id"], nulls_last=True)
        .with_columns(
            pl.col("article_id").first().over("grp").alias("_orig"),
            pl.col("content_hash").first().over("grp").alias("_orig_hash"),
        )
    )
    is_dup = pl.col("_orig") != pl.col("article_id")
    res = ranked.select(
        "article_id",
        pl.when(is_dup).then(pl.col("_orig")).alias("duplicate_of"),
        pl.when(is_dup & (pl.col("content_hash") == pl.col("_orig_hash")))
        .then(pl.lit("exact"))
        .when(is_dup)
        .then(pl.lit("near"))
        .alias("duplicate_kind"),
    )
    return articles.select("article_id").join(res, on="article_id", how="left", maintain_order="left")
