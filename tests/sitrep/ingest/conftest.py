"""Fixtures for the ingest tests: the fixture folder and a helper that runs iter_sources into a dict by file."""

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
