"""Direct quotations and their speakers (walking-skeleton version: none yet)."""

from __future__ import annotations

from spacy.tokens import Doc


def doc_quotes(doc: Doc, mentions: list[dict]) -> list[dict]:
    return []
