"""Shared fixtures: paths, the Prefect test harness, a spaCy pipeline and a seeds warehouse built by the real flow
(each one per session, i.e. one per pytest-xdist worker under `make test`)."""

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
def seeds_run(tmp_path_factory, prefect_harness) -> tuple[Path, dict]:
    """(warehouse, flow result) of the real flow over seeds/, run once per session (per xdist worker) with one
    NLP worker process and batches of two articles; every test that only reads a seeds warehouse shares it
    (tests/flows/test_workers_and_dask.py checks that other worker counts and the Dask runner give the same
    warehouse). Read it; never write to it: copy the file first."""
    from flows.pipeline import pipeline

    wh = tmp_path_factory.mktemp("seeds-warehouse") / "sitrep.duckdb"
    result = pipeline(sources=[str(SEEDS)], warehouse=str(wh), nlp_batch_size=2, workers=1)
    assert result["articles"] == 5 and result["quarantined"] == 0, result
    return wh, result


@pytest.fixture(scope="session")
def seeds_warehouse(seeds_run) -> Path:
    """The seeds warehouse of ``seeds_run``. Read it; never write to it."""
    return seeds_run[0]


#: the fixtures of the shared seeds warehouse (built by a real flow run: the costliest fixture of the suite)
_SEEDS_FIXTURES = {"seeds_run", "seeds_warehouse"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items) -> None:
    """Groups for `make test` (`--dist loadgroup`): each test file is one group, sent whole to one xdist worker
    (its module fixtures built once), except that every file with a test reading the seeds warehouse joins one
    group, so one worker builds that warehouse instead of each. Without loadgroup the marks change nothing."""
    if getattr(config.option, "dist", "no") != "loadgroup":
        return
    files: dict[str, list] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::")[0], []).append(item)
    for name, tests in files.items():
        group = "seeds" if any(_SEEDS_FIXTURES & set(t.fixturenames) for t in tests) else name
        for item in tests:
            item.add_marker(pytest.mark.xdist_group(group))
