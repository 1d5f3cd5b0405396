"""Dedup: content hashes, exact/near duplicates and story clusters (walking-skeleton version: exact only)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

import polars as pl

__all__ = ["content_hash", "assign_duplicates", "assign_stories"]

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def normalize_text(text: str) -> str:
    """NFKC, casefold, drop punctuation, collapse whitespace."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def content_hash(body: str) -> str:
    return hashlib.sha256(normalize_text(body).encode("utf-8")).hexdigest()


def assign_duplicates(articles: pl.DataFrame) -> pl.DataFrame:
    """Exact duplicates: same content hash; the earliest-published (then lowest id) article is the original."""
    ranked = articles.lazy().sort(["published_at", "article_id"], nulls_last=True).with_columns(
        pl.col("article_id").first().over("content_hash").alias("_orig")
    )
    return (
        ranked.select(
            "article_id",
            pl.when(pl.col("_orig") != pl.col("article_id")).then(pl.col("_orig")).alias("duplicate_of"),
        )
        .with_columns(
            pl.when(pl.col("duplicate_of").is_not_null()).then(pl.lit("exact")).alias("duplicate_kind")
        )
        .collect()
    )


def assign_stories(articles: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """One story per original article; duplicates join their original's story."""
    lf = articles.lazy().with_columns(
        pl.coalesce("duplicate_of", "article_id").alias("story_id")
    )
    stories = (
        lf.group_by("story_id")
        .agg(
            pl.col("title").sort_by(pl.col("duplicate_of").is_not_null()).first().alias("title"),
            pl.col("published_at").min().alias("first_published_at"),
            pl.col("published_at").max().alias("last_published_at"),
            pl.len().alias("num_articles"),
            pl.col("outlet").drop_nulls().n_unique().alias("num_outlets"),
        )
        .sort("story_id")
    )
    assignments, stories_df = pl.collect_all([lf.select("article_id", "story_id"), stories])
    return assignments, stories_df
