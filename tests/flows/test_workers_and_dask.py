"""The same articles give the same warehouse with 1 worker, 2 worker processes and the Dask runner."""

from __future__ import annotations

import json
import shutil
import socket
import warnings

import duckdb
import pytest

from flows.pipeline import pipeline
from sitrep.config import DEFAULT_MODEL, Settings
from tasks.freshness import stage_inputs_unchanged, stage_key
from tests.conftest import SEEDS
from tests.flows.curated_snapshot import curated_tables


def _run(tmp_path, name: str, **kwargs) -> tuple[dict, dict, object]:
    wh = tmp_path / f"{name}.duckdb"
    result = pipeline(sources=[str(SEEDS)], warehouse=str(wh), nlp_batch_size=2, **kwargs)
    return result, curated_tables(wh), wh


@pytest.fixture(scope="module")
def one_worker(seeds_run):
    """The session's seeds run (one NLP worker, batches of two): its result, curated tables and warehouse."""
    wh, result = seeds_run
    return result, curated_tables(wh), wh


def test_one_worker_run_records_its_lineage(one_worker, tmp_path):
    result, tables, wh = one_worker
    assert result["stages"]["nlp"] == {"analyzed": 5}
    assert len(tables["mentions"]) > 20 and tables["events"]
    con = duckdb.connect(str(wh), read_only=True)
    row = con.execute("select flow_run_id, code_version, runner, workers, stage_timings from ops.pipeline_runs")
    flow_run_id, code_version, runner, workers, timings = row.fetchall()[0]
    con.close()
    assert flow_run_id == result["run_id"] and code_version.startswith("0.") and (runner, workers) == ("local", 1)
    assert {"ingest", "dedup", "nlp", "extract"} <= set(json.loads(timings))


def test_unchanged_rerun_skips_dedup_and_extraction_and_a_change_does_not(one_worker, tmp_path):
    _result, tables, wh = one_worker
    copy = tmp_path / "copy.duckdb"
    shutil.copy(wh, copy)
    again = pipeline(sources=[str(SEEDS)], warehouse=str(copy), nlp_batch_size=2, workers=1)
    assert again["stages"]["nlp"] == {"analyzed": 0}
    assert "skipped" in again["stages"]["dedup"] and "skipped" in again["stages"]["extract"]
    assert curated_tables(copy) == tables
    assert stage_inputs_unchanged(str(copy), "extract", stage_key(DEFAULT_MODEL, Settings.from_env().max_error_share))
    con = duckdb.connect(str(copy))
    checked = con.execute("select distinct stage from quality.check_results where run_id = ?", [again["run_id"]])
    assert {r[0] for r in checked.fetchall()} >= {"ingest", "dedup", "extract"}  # skipped: checks carried over
    con.execute("delete from ops.article_analyses where article_id = (select min(article_id) from curated.articles)")
    con.close()
    assert not stage_inputs_unchanged(
        str(copy), "extract", stage_key(DEFAULT_MODEL, Settings.from_env().max_error_share)
    )
    assert stage_inputs_unchanged(str(copy), "dedup", stage_key(Settings.from_env().max_error_share))


def test_two_workers_give_the_same_warehouse(one_worker, tmp_path):
    result, tables, _wh = _run(tmp_path, "two", workers=2)
    assert result["stages"]["nlp"] == {"analyzed": 5}
    assert tables == one_worker[1]


def test_dask_runner_on_a_local_cluster_gives_the_same_warehouse(one_worker, tmp_path):
    from flows.runners import dask_task_runner

    wh = tmp_path / "dask.duckdb"
    flow = pipeline.with_options(task_runner=dask_task_runner(workers=2))
    with socket.socket() as held, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:  # another suite's cluster holds distributed's default dashboard port: the scheduler must not want it
            held.bind(("127.0.0.1", 8787))
            held.listen()
        except OSError:
            pass  # already held by someone else: the same situation
        result = flow(sources=[str(SEEDS)], warehouse=str(wh), nlp_batch_size=2, workers=2, runner="dask")
    assert not [w for w in caught if "already in use" in str(w.message)], [str(w.message) for w in caught]
    assert result["stages"]["nlp"] == {"analyzed": 5}
    assert curated_tables(wh) == one_worker[1]
    con = duckdb.connect(str(wh), read_only=True)
    runner, timings = con.execute("select runner, stage_timings from ops.pipeline_runs").fetchall()[0]
    con.close()
    assert runner == "dask" and '"nlp"' in timings


def test_an_exact_copy_is_not_analysed_while_the_others_parse_during_dedup(one_worker, tmp_path):
    """Worker processes get the articles no other shares a body with right after ingest; the exact copy
    (which of the two is the copy is only known after dedup) waits for dedup and is never analysed."""
    sources = tmp_path / "docs"
    shutil.copytree(SEEDS, sources)
    first = sorted(sources.glob("*.txt"))[0]
    title, body = first.read_text(encoding="utf-8").split("\n", 1)
    (sources / "zz_reposted.txt").write_text(f"Reposted: {title}\n{body}", encoding="utf-8")  # same body
    wh = tmp_path / "copy.duckdb"
    result = pipeline(sources=[str(sources)], warehouse=str(wh), nlp_batch_size=2, workers=2)
    assert result["stages"]["nlp"] == {"analyzed": 5}
    con = duckdb.connect(str(wh), read_only=True)
    exact = con.execute("select article_id from curated.articles where duplicate_kind = 'exact'").fetchall()
    analysed = con.execute(
        "select count(*) from ops.article_analyses x join curated.articles a using (article_id) "
        "where a.duplicate_kind is distinct from 'exact'"
    ).fetchall()[0][0]
    (cached,) = con.execute("select count(*) from ops.article_analyses").fetchall()[0]
    con.close()
    assert len(exact) == 1 and analysed == cached == 5
    tables = curated_tables(wh)
    for name in ("mentions", "events", "event_participants", "quotes"):
        assert len(tables[name]) == len(one_worker[1][name]), name
