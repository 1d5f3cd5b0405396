"""Dedup stage: content hashes, exact and near duplicates (MinHash-LSH + containment), story clusters.

Public API (called by tasks/dedup.py):
- content_hash(body) -> str
- assign_duplicates(articles) -> article_id, duplicate_of, duplicate_kind
- assign_stories(articles) -> ((article_id, story_id), stories)
"""

from __future__ import annotations

from sitrep.dedup.duplicates import assign_duplicates
from sitrep.dedup.near import NearDupParams
from sitrep.dedup.normalize import content_hash, normalize_text
from sitrep.dedup.stories import StoryParams, assign_stories, story_table

__all__ = [
    "content_hash",
    "normalize_text",
    "assign_duplicates",
    "assign_stories",
    "story_table",
    "NearDupParams",
    "StoryParams",
]
