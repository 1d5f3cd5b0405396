"""Usage errors through the real command line (a subprocess): exit 2, one line, no traceback, nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS
from warehouse import db


def sitrep(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
    base["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args],
        cwd=cwd,
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_usage_error(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture()
def warehouse(tmp_path) -> str:
    path = tmp_path / "w.duckdb"
    db.connect(path).close()
    return str(path)


def test_a_missing_source_stops_before_anything_is_written(tmp_path):
    wh = tmp_path / "w.duckdb"
    proc = sitrep("run", "--source", str(tmp_path / "nowhere"), "--warehouse", str(wh))
    assert_usage_error(proc, "nowhere", "does not exist")
    assert not wh.exists()


def test_a_warehouse_that_cannot_be_written_is_named(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    proc = sitrep("run", "--source", str(SEEDS), "--warehouse", str(blocker / "w.duckdb"))
    assert_usage_error(proc, "a-file", "not a folder")
    proc = sitrep("run", "--source", str(SEEDS), "--warehouse", str(tmp_path))
    assert_usage_error(proc, "is a folder")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.access(locked, os.W_OK) and Path("/proc").is_dir():  # root ignores permission bits: /proc refuses
        locked = Path("/proc")
    proc = sitrep("run", "--source", str(SEEDS), "--warehouse", str(locked / "sub" / "w.duckdb"))
    assert_usage_error(proc, str(locked), "not readable and writable")


def test_an_unknown_spacy_model_is_found_at_start_up_with_the_package_to_install(tmp_path):
    wh = tmp_path / "w.duckdb"
    proc = sitrep("run", "--source", str(SEEDS), "--warehouse", str(wh), env={"SITREP_SPACY_MODEL": "xx_no_such_model"})
    assert_usage_error(proc, "xx_no_such_model", "pip install xx-no-such-model")
    assert not wh.exists()


def test_a_run_outside_the_project_without_a_source_says_so(tmp_path):
    proc = sitrep("run", "--warehouse", str(tmp_path / "w.duckdb"), cwd=tmp_path)
    assert_usage_error(proc, "--source", "seeds/")
    assert not (tmp_path / "w.duckdb").exists()


def test_an_empty_source_is_not_an_error_and_writes_nothing(tmp_path):
    empty = tmp_path / "inbox"
    empty.mkdir()
    wh = tmp_path / "w.duckdb"
    proc = sitrep("run", "--source", str(empty), "--warehouse", str(wh))
    assert proc.returncode == 0 and "no input files found" in proc.stdout, proc.stderr
    assert not wh.exists() and not Path(f"{wh}.lock").exists()


@pytest.mark.parametrize("sql", ["", "   ", "-- only a comment", "/* nothing */ ;"])
def test_empty_sql_is_a_usage_error(warehouse, sql):
    assert_usage_error(sitrep("query", sql, "--warehouse", warehouse), "no SQL statement")


def test_an_unknown_run_id_is_a_usage_error(warehouse):
    assert_usage_error(sitrep("report", "--run-id", "no-such-run", "--warehouse", warehouse), "no-such-run")


def test_verbose_shows_the_traceback_and_version_prints(warehouse):
    proc = sitrep("query", "", "--warehouse", warehouse, "-v")
    assert proc.returncode != 0 and "Traceback" in proc.stderr
    proc = sitrep("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("sitrep ")


def test_a_module_that_is_no_installed_package_is_no_model(tmp_path):
    proc = sitrep("run", "--source", str(SEEDS), "--warehouse", str(tmp_path / "w.duckdb"), "--model", "json")
    assert_usage_error(proc, "'json' is not installed")


def test_prefect_error_records_stay_off_the_console_unless_verbose():
    import io
    import logging

    from sitrep.usage import hide_run_tracebacks

    out = io.StringIO()
    handler = logging.StreamHandler(out)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        hide_run_tracebacks(True)
        logging.getLogger("prefect.task_runs").error("Task run failed with exception", exc_info=ValueError("x"))
        logging.getLogger("prefect.task_runs").warning("a drift warning")
        assert "Task run failed" not in out.getvalue() and "a drift warning" in out.getvalue()
        hide_run_tracebacks(False)
        logging.getLogger("prefect.task_runs").error("Task run failed again", exc_info=ValueError("x"))
        assert "Task run failed again" in out.getvalue() and "ValueError: x" in out.getvalue()
    finally:
        root.removeHandler(handler)
