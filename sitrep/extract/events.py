"""Event candidates from dependency parses and cross-article merging (walking-skeleton version: none yet)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc


def doc_event_candidates(doc: Doc, mentions: list[dict], published_at: date | None) -> list[dict]:
    return []


def merge_events(
    analyses: list[dict], articles: dict[str, dict], mention_entity: dict[tuple[str, int], str]
) -> tuple[list[dict], list[dict], list[dict]]:
    return [], [], []
