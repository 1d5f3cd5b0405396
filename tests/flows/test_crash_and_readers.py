"""A real `sitrep run` process killed with SIGKILL (during NLP, during publishing), readers during a load, a
second concurrent run: the re-run converges on a clean run's warehouse, and no reader ever sees a traceback.

The run is paused at a known point through the test-only hook in ``sitrep/testhooks.py``
(``SITREP_TEST_PAUSE=<phase>:<marker>``): it writes the marker file and sleeps there until killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.pipeline import pipeline
from tests.conftest import ROOT, SEEDS
from tests.flows.curated_snapshot import curated_tables

SITREP = [sys.executable, "-m", "sitrep"]
SMALL = {"SITREP_NLP_BATCH_SIZE": "2", "SITREP_BATCH_SIZE": "1", "SITREP_WORKERS": "1"}


def _env(**extra: str) -> dict:
    """The test's Prefect server (no new temporary server per process), small batches, one worker."""
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, **SMALL, **extra, "PYTHONPATH": str(ROOT)}
    env["PREFECT_API_URL"] = PREFECT_API_URL.value()
    return env


def _start_paused(wh: Path, phase: str, tmp_path: Path) -> subprocess.Popen:
    marker = tmp_path / f"{phase}.marker"
    proc = subprocess.Popen(
        [*SITREP, "run", "--source", str(SEEDS), "--warehouse", str(wh)],
        env=_env(SITREP_TEST_PAUSE=f"{phase}:{marker}"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    deadline = time.monotonic() + 240
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"the run ended before reaching {phase}: {proc.communicate()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the run never reached {phase}")
        time.sleep(0.2)
    return proc


def _sitrep(*args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*SITREP, *args], env=_env(**extra), capture_output=True, text=True, cwd=ROOT, timeout=300)


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def clean(seeds_run):
    """The curated tables of a clean run over the seeds (the session's, one worker, batches of two)."""
    return curated_tables(seeds_run[0])


def test_killed_during_nlp_readers_work_and_rerun_converges(clean, tmp_path):
    wh = tmp_path / "w.duckdb"
    proc = _start_paused(wh, "nlp", tmp_path)
    try:
        # between stages the run holds no connection: readers get the last published state at once
        q = _sitrep("query", "select count(*) as n from curated.articles", "--warehouse", str(wh), "--format", "csv")
        assert (q.returncode, q.stdout.splitlines()) == (0, ["n", "5"]), q.stderr
        r = _sitrep("report", "--warehouse", str(wh))
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        runs = _sitrep("runs", "--warehouse", str(wh))
        assert runs.returncode == 0 and "running" in runs.stdout, runs.stderr
        # a second run on the same warehouse: one clear line, exit 2, no Prefect traceback
        second = _sitrep("run", "--source", str(SEEDS), "--warehouse", str(wh))
        assert second.returncode == 2, second.stderr
        assert second.stderr.strip().splitlines() == [
            f"sitrep run: another sitrep run is writing to {wh}; wait for it to finish"
        ]
    finally:
        _kill(proc)
    # some analyses were cached before the kill, the extraction tables were never published
    partial = curated_tables(wh)
    assert partial["articles"] == clean["articles"] and partial["events"] == []
    pipeline(sources=[str(SEEDS)], warehouse=str(wh), nlp_batch_size=2, workers=1)
    assert curated_tables(wh) == clean


def test_killed_while_publishing_leaves_the_last_published_state_and_rerun_converges(clean, tmp_path):
    wh = tmp_path / "w.duckdb"
    proc = _start_paused(wh, "publish", tmp_path)
    try:
        # inside the publish transaction the run holds the file: a reader waits, then says so in one line
        q = _sitrep("query", "select 1", "--warehouse", str(wh), "--wait", "1")
        assert q.returncode == 2, q.stderr
        assert "busy" in q.stderr and "Traceback" not in q.stderr and len(q.stderr.strip().splitlines()) == 1
        r = _sitrep("report", "--warehouse", str(wh), SITREP_LOCK_WAIT="1")
        assert r.returncode == 2 and "busy" in r.stderr and "Traceback" not in r.stderr
    finally:
        _kill(proc)
    partial = curated_tables(wh)  # the half-done transaction is gone
    assert partial["articles"] == clean["articles"] and partial["entities"] == []
    pipeline(sources=[str(SEEDS)], warehouse=str(wh), nlp_batch_size=2, workers=1)
    assert curated_tables(wh) == clean
