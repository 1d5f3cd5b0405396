"""Exact and near duplicates over all articles: who is a copy of whom.

Exact: equal content hash (normalized body). Near: MinHash-LSH + containment (near.py), computed once per
distinct body. Groups are connected components of both relations; in each group the earliest-published (then
lowest article_id) article is the original, the others point at it with kind "exact" (same normalized body as
the original) or "near". The result depends only on the set of articles, never on arrival order, so running it
again after new articles arrive gives each article the same answer a full rebuild would.
"""

from __future__ import annotations

import numpy as np
import polars as pl

from sitrep.dedup.near import NearDupParams, components, near_duplicate_pairs
from sitrep.dedup.normalize import content_hash

EMPTY_HASH = content_hash("")


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


def assign_duplicates(articles: pl.DataFrame, params: NearDupParams | None = None) -> pl.DataFrame:
    """article_id, duplicate_of (nullable), duplicate_kind ("exact"|"near"|null): one row per input article.

    in: article_id, body, published_at, content_hash (optional; computed when absent) for all articles.
    """
    out_schema = {"article_id": pl.String, "duplicate_of": pl.String, "duplicate_kind": pl.String}
    if articles.height == 0:
        return pl.DataFrame(schema=out_schema)
    arts = _with_hash(
        articles.select([c for c in ("article_id", "body", "published_at", "content_hash") if c in articles.columns])
    )
    if "published_at" not in arts.columns:
        arts = arts.with_columns(pl.lit(None, dtype=pl.Date).alias("published_at"))
    # one representative body per distinct non-empty hash
    reps = (
        arts.filter(pl.col("content_hash") != EMPTY_HASH)
        .sort("article_id")
        .unique("content_hash", keep="first", maintain_order=True)
    )
    pairs = near_duplicate_pairs(reps["body"].fill_null("").to_list(), params)
    label = components(reps.height, pairs)
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
