"""NLP workers started before the flow, fed from files read ahead and from the staged articles, give the
same warehouse as a run that analyses everything after dedup (issue 11: identical results)."""

from __future__ import annotations

import argparse
import shutil

import pytest

import sitrep.sources as sources_ahead
import tasks.extract as extract_tasks
from flows.pipeline import pipeline
from sitrep import cli
from sitrep.config import Settings
from sitrep.extract import parallel
from tasks.extract import _cache_key, _staged_todo, _todo
from tests.conftest import SEEDS
from tests.flows.curated_snapshot import curated_tables
from warehouse import db

# our own article: a photo caption line (removed as boilerplate, kept as the article's caption text) and a body
CAPTIONED = (
    "Ministers agree to reopen the northern border crossing\n"
    "The two ministers shake hands after the talks. Photo: AFP\n"
    "The foreign ministers of two neighbouring countries agreed on Tuesday to reopen the northern border "
    "crossing, which has been closed for a year, their offices said in a joint statement.\n"
)


@pytest.fixture(scope="module")
def baseline(tmp_path_factory, prefect_harness):
    """The warehouse of a run whose workers start after ingest (no early start: the seeds are small)."""
    folder = tmp_path_factory.mktemp("base") / "docs"
    shutil.copytree(SEEDS, folder)
    (folder / "zz_captioned.txt").write_text(CAPTIONED, encoding="utf-8")
    wh = folder.parent / "base.duckdb"
    pipeline(sources=[str(folder)], warehouse=str(wh), nlp_batch_size=2, workers=1)
    with db.connect(str(wh)) as con:
        assert con.execute("select count(*) from quality.article_captions").fetchall()[0][0] >= 1
    return curated_tables(wh), wh, folder


def test_records_read_ahead_and_staged_are_those_the_nlp_stage_reads(baseline, tmp_path):
    _tables, wh, folder = baseline
    with db.connect(str(wh)) as con:
        con.execute("delete from ops.article_analyses")
    key = _cache_key(Settings.from_env().spacy_model)
    wanted = {r["article_id"]: r for r in _todo(str(wh), key)}
    fresh = tmp_path / "fresh.duckdb"
    ahead = sources_ahead.prefetch(str(fresh), [str(folder)], 20_000_000, 10**6)
    assert sources_ahead.take_prefetched([str(folder)], 1000) is None  # other limits: read again
    assert sources_ahead._prefetched is None
    assert {a["article_id"]: a for a in ahead} == wanted
    assert any(a["caption_text"] for a in ahead)
    # the articles staged by ingest (before their checks): the same records
    staged = _staged_todo(str(wh))  # the warehouse's last staging tables: this run's articles
    assert staged == [] or {a["article_id"]: a for a in staged} == wanted


def test_workers_started_by_sitrep_run_before_the_flow_give_the_same_warehouse(baseline, tmp_path, monkeypatch):
    tables, _wh, docs = baseline
    monkeypatch.setattr(sources_ahead, "EARLY_START_BYTES", 1)
    monkeypatch.setattr(extract_tasks, "EARLY_START_BYTES", 1)
    wh = tmp_path / "early.duckdb"
    settings = Settings.from_env(sources=[str(docs)], warehouse=str(wh), workers=1, nlp_batch_size=2)
    args = argparse.Namespace(runner="local")
    with cli._early_nlp_workers(args, settings):
        assert parallel.workers_running() and sum(len(u) for u, _f in parallel._early) == 6  # 6 read ahead
        assert len(parallel._early) == len(parallel.unit_sizes(6, 2))  # in guided units of up to 2
        begun = [f for _u, f in parallel._early]
        result = pipeline(sources=[str(docs)], warehouse=str(wh), nlp_batch_size=2, workers=1)
        assert all(f.done() for f in begun)
    assert not parallel.workers_running() and sources_ahead._prefetched is None
    assert result["stages"]["nlp"] == {"analyzed": 6}
    assert result["stages"]["ingest"]["documents"] == 6  # the files read ahead were staged, once
    assert curated_tables(wh) == tables


def test_staged_articles_go_to_workers_started_before_ingest(baseline, tmp_path, monkeypatch):
    tables, _wh, docs = baseline
    monkeypatch.setattr(extract_tasks, "EARLY_START_BYTES", 1)
    handed = []
    real = extract_tasks.begin_analysis

    def spy(articles, model, batch_size):
        handed.append(real(articles, model, batch_size))
        return handed[-1]

    monkeypatch.setattr(extract_tasks, "begin_analysis", spy)
    wh = tmp_path / "staged.duckdb"
    result = pipeline(sources=[str(docs)], warehouse=str(wh), nlp_batch_size=2, workers=2)
    assert handed == [6, 0]  # all six staged articles, right after ingest; none handed again after it
    assert result["stages"]["nlp"] == {"analyzed": 6}
    assert curated_tables(wh) == tables
