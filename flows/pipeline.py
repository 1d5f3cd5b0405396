"""The ``sitrep-pipeline`` flow: ingest -> dedup -> extract, each stage validated before it is written."""

from __future__ import annotations

import uuid
from typing import Literal

from prefect import flow, get_run_logger, unmapped
from prefect.runtime import flow_run

from sitrep.config import Settings
from sitrep.lineage import StageClock, code_version
from sitrep.report.data_docs import docs_dir_for
from tasks.dedup import publish_dedup, stage_dedup
from tasks.extract import (
    EXTRACT_TABLES,
    analyze_batch,
    analyze_new_articles,
    begin_nlp_on_staged,
    plan_analysis,
    publish_extraction,
    save_analyses,
    stage_extraction,
    start_nlp_workers,
    stop_nlp_workers,
)
from tasks.freshness import carry_over_checks, record_stage_inputs, stage_inputs_unchanged, stage_key
from tasks.ingest import prune_missing_sources, publish_articles, stage_sources
from tasks.report import build_data_docs, publish_quality_artifacts
from tasks.runs import count_tables, finish_run, start_run
from tasks.validate import check_drift, validate_staged
from warehouse.db import held, run_lock

FLOW_NAME = "sitrep-pipeline"


def _report_after(warehouse: str, run_id: str, docs: str | None) -> None:
    """Artifacts and Data Docs once the run's record is final (status, timings, counts)."""
    try:
        publish_quality_artifacts(warehouse, run_id)
        if docs:
            build_data_docs(warehouse, run_id, docs)
    except Exception as exc:  # noqa: BLE001 - reporting never hides the run's own outcome
        get_run_logger().warning("quality report not published: %s: %s", type(exc).__name__, exc)


Stage = Literal["ingest", "dedup", "extract"]
Runner = Literal["local", "dask"]


@flow(name=FLOW_NAME, log_prints=True)
def pipeline(
    sources: list[str] | None = None,
    warehouse: str | None = None,
    until: Stage = "extract",
    spacy_model: str | None = None,
    batch_size: int | None = None,
    nlp_batch_size: int | None = None,
    max_file_bytes: int | None = None,
    prune: bool = False,
    workers: int | None = None,
    runner: Runner = "local",
    max_error_share: float | None = None,
    drift_factor: float | None = None,
    data_docs: str | None = None,
) -> dict:
    """Run the stages up to ``until`` on ``sources`` into ``warehouse``; returns the run summary counts.

    ``prune``: articles of files under ``sources`` that no longer exist are removed (kept by default).
    ``runner="dask"``: the NLP work units are mapped as tasks over the flow's task runner (set a
    ``DaskTaskRunner`` with ``pipeline.with_options``); otherwise ``workers`` local processes analyse them.
    """
    s = Settings.from_env(
        sources=sources, warehouse=warehouse, until=until, spacy_model=spacy_model, batch_size=batch_size,
        nlp_batch_size=nlp_batch_size, max_file_bytes=max_file_bytes, workers=workers,
        max_error_share=max_error_share, drift_factor=drift_factor, data_docs=data_docs,
    )  # fmt: skip
    flow_run_id = flow_run.get_id()
    run_id = str(flow_run_id or uuid.uuid4())
    wh = s.warehouse
    clock = StageClock()
    docs = None if s.data_docs == "off" else str(docs_dir_for(wh, s.data_docs))

    def validate(stage: str, table: str) -> dict:
        return validate_staged(wh, run_id, stage, table, s.max_error_share, docs)

    with run_lock(wh, reentrant=True):
        start_run(
            wh,
            run_id,
            FLOW_NAME,
            {"sources": list(s.sources), "warehouse": wh, "until": s.until, "spacy_model": s.spacy_model,
             "workers": s.workers, "runner": runner, "nlp_batch_size": s.nlp_batch_size},
            {"flow_run_id": flow_run_id, "code_version": code_version(), "runner": runner, "workers": s.workers},
        )  # fmt: skip
        try:
            early = s.until == "extract" and runner == "local"
            if early:  # plenty of new text: spaCy loads during ingest
                start_nlp_workers(wh, s.spacy_model, s.nlp_batch_size, s.workers, list(s.sources))
            with clock("ingest"):
                stages = {"ingest": stage_sources(wh, run_id, list(s.sources), s.max_file_bytes, s.batch_size)}
                if early:  # the workers parse while the articles are checked, published and deduplicated
                    begin_nlp_on_staged(wh, s.spacy_model, s.nlp_batch_size)
                validate("ingest", "articles")
                publish_articles(wh)
                if prune:
                    stages["prune"] = prune_missing_sources(wh, list(s.sources))
            if early:
                start_nlp_workers(wh, s.spacy_model, s.nlp_batch_size, s.workers)  # spaCy loads during dedup
            if s.until in ("dedup", "extract"):
                with clock("dedup"):
                    if stage_inputs_unchanged(wh, "dedup", stage_key(s.max_error_share)):
                        stages["dedup"] = {
                            "skipped": "inputs unchanged",
                            "checks": carry_over_checks(wh, run_id, "dedup"),
                        }
                    else:
                        stages["dedup"] = stage_dedup(wh)
                        with held(wh):  # one write connection for the stage's checks and publish
                            validate("dedup", "article_dedup")
                            validate("dedup", "stories")
                            publish_dedup(wh)
                            record_stage_inputs(wh, run_id, "dedup", stage_key(s.max_error_share))
            if s.until == "extract":
                with clock("nlp"):
                    if runner == "dask":
                        work = plan_analysis(wh, s.spacy_model, s.nlp_batch_size)
                        done = analyze_batch.map(work, unmapped(s.spacy_model), unmapped(s.nlp_batch_size))
                        stages["nlp"] = save_analyses(wh, run_id, s.spacy_model, done, s.batch_size)
                    else:
                        stages["nlp"] = analyze_new_articles(
                            wh, run_id, s.spacy_model, s.nlp_batch_size, s.batch_size, s.workers
                        )
                with clock("extract"):
                    if stage_inputs_unchanged(wh, "extract", stage_key(s.spacy_model, s.max_error_share)):
                        stages["extract"] = {
                            "skipped": "inputs unchanged",
                            "checks": carry_over_checks(wh, run_id, "extract"),
                        }
                    else:
                        stages["extract"] = stage_extraction(wh, s.spacy_model)
                        # after the NLP, with a core idle: one write connection for the six tables' checks and
                        # their publish, not one opened and checkpointed per step
                        with held(wh):
                            for table in EXTRACT_TABLES:
                                validate("extract", table)
                            publish_extraction(wh)
                            record_stage_inputs(wh, run_id, "extract", stage_key(s.spacy_model, s.max_error_share))
            with clock("checks"), held(wh):
                check_drift(wh, run_id, list(s.sources), s.until, stages["ingest"], s.drift_factor)
                counts = count_tables(wh, run_id)
            counts["stages"] = stages
        except BaseException as exc:
            stop_nlp_workers()
            finish_run(wh, run_id, "failed", {"error": f"{type(exc).__name__}: {exc}"}, clock.timings)
            _report_after(wh, run_id, docs)
            raise
        with held(wh):  # the run's record, its artifacts and Data Docs: one connection
            finish_run(wh, run_id, "completed", counts, clock.timings)
            _report_after(wh, run_id, docs)
    get_run_logger().info("run %s done: %s", run_id, counts)
    return {"run_id": run_id, **counts}
