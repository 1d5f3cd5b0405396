"""Shared fixtures: paths, the Prefect test harness (one per session), a spaCy pipeline (one per session)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitrep.config import DEFAULT_MODEL, quiet_environment

quiet_environment()
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The workplace's ../shared folder (dev set, corpora); tests needing it skip on a user's clone."""
    if not (SHARED / "devset").is_dir():
        pytest.skip("../shared is not present (only on the development machines)")
    return SHARED


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def nlp():
    from sitrep.extract.nlp import load_nlp

    return load_nlp(os.environ.get("SITREP_SPACY_MODEL", DEFAULT_MODEL))


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory, prefect_harness) -> Path:
    """A warehouse built once per session by the real flow over seeds/. Read it; never write to it."""
    from flows.pipeline import pipeline

    wh = tmp_path_factory.mktemp("seeds-warehouse") / "sitrep.duckdb"
    result = pipeline(sources=[str(SEEDS)], warehouse=str(wh))
    assert result["articles"] == 5, result
    return wh
