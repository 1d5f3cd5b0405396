"""Fixtures for the ingest tests: the fixture folder and a helper that runs iter_sources into a dict by file.

fixtures/ (all small, written for these tests):
- article.html: a news page with og/meta/JSON-LD metadata, nav, share bar, figure caption, comments, footer;
  wordpress.html: a WordPress-style page (related posts, share, tags, "N thoughts on", sidebar);
  copied_page.txt: the same page as text copied from a browser; page_noext: HTML without an extension.
- records.jsonl: good records, a malformed line, an empty body, a non-object, a record without title (titled
  by its first sentence), an HTML body with an epoch date; records.json: {"articles": [...]}; single.json: one
  object; broken.json: truncated.
- cp1252.txt (curly quotes, dashes, accents), latin1.txt, utf16_bom.txt, article_noext (plain text, no extension).
- hostile: random.bin.txt (random bytes, seed 42), fake.pdf (PDF header), empty.txt, blank.txt (whitespace),
  zero_text.html (no article text), notes.csv (unsupported type). Oversized files, symlink loops, FIFOs and
  gzip bombs are made at test time in tmp_path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.ingest import iter_sources

FIXTURES = Path(__file__).parent / "fixtures"


def run_ingest(*sources, **kwargs) -> dict:
    """{"documents": {file name: record}, "rejected": {record_key tail: record}, "unchanged": [...]}."""
    out: dict = {"documents": {}, "rejected": {}, "unchanged": []}
    for rec in iter_sources([str(s) for s in sources], **kwargs):
        if rec["kind"] == "document":
            out["documents"][os.path.basename(rec["document"]["source_uri"])] = rec
        elif rec["kind"] == "rejected":
            out["rejected"][os.path.basename(rec["record_key"])] = rec
        else:
            out["unchanged"].append(rec)
    return out


@pytest.fixture(scope="module")
def fixtures_run() -> dict:
    return run_ingest(FIXTURES)
