"""Dedup stage: content hashes, exact and near duplicates (MinHash-LSH + containment), story clusters.

Public API (called by tasks/dedup.py):
- content_hash(body) -> str
- assign_duplicates(articles, signatures=None) -> article_id, duplicate_of, duplicate_kind
- signature_frame(articles, stored=None) -> persisted MinHash state (ops.dedup_signatures)
- assign_stories(articles) -> ((article_id, story_id), stories)
"""

from __future__ import annotations

from sitrep.dedup.duplicates import assign_duplicates, signature_frame
from sitrep.dedup.near import NearDupParams
from sitrep.dedup.normalize import content_hash, normalize_text
from sitrep.dedup.stories import StoryParams, assign_stories, story_table

__all__ = [
    "content_hash",
    "normalize_text",
    "assign_duplicates",
    "signature_frame",
    "assign_stories",
    "story_table",
    "NearDupParams",
    "StoryParams",
]
