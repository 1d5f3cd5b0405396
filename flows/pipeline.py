"""The ``sitrep-pipeline`` flow: ingest -> dedup -> extract, each stage validated before it is written."""

from __future__ import annotations

import uuid
from typing import Literal

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from sitrep.config import Settings
from tasks.dedup import publish_dedup, stage_dedup
from tasks.extract import EXTRACT_TABLES, analyze_new_articles, publish_extraction, stage_extraction
from tasks.ingest import prune_missing_sources, publish_articles, stage_sources
from tasks.report import publish_quality_artifacts
from tasks.runs import count_tables, finish_run, start_run
from tasks.validate import validate_staged
from warehouse.db import run_lock

FLOW_NAME = "sitrep-pipeline"
Stage = Literal["ingest", "dedup", "extract"]


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
) -> dict:
    """Run the stages up to ``until`` on ``sources`` into ``warehouse``; returns the run summary counts.

    ``prune``: articles of files under ``sources`` that no longer exist are removed (kept by default).
    """
    s = Settings.from_env(
        sources=sources, warehouse=warehouse, until=until, spacy_model=spacy_model, batch_size=batch_size,
        nlp_batch_size=nlp_batch_size, max_file_bytes=max_file_bytes,
    )  # fmt: skip
    run_id = str(flow_run.get_id() or uuid.uuid4())
    wh = s.warehouse
    with run_lock(wh):
        start_run(
            wh,
            run_id,
            FLOW_NAME,
            {"sources": list(s.sources), "warehouse": wh, "until": s.until, "spacy_model": s.spacy_model},
        )
        try:
            stages = {"ingest": stage_sources(wh, run_id, list(s.sources), s.max_file_bytes, s.batch_size)}
            validate_staged(wh, run_id, "ingest", "articles")
            publish_articles(wh)
            if prune:
                stages["prune"] = prune_missing_sources(wh, list(s.sources))
            if s.until in ("dedup", "extract"):
                stages["dedup"] = stage_dedup(wh)
                validate_staged(wh, run_id, "dedup", "article_dedup")
                validate_staged(wh, run_id, "dedup", "stories")
                publish_dedup(wh)
            if s.until == "extract":
                stages["nlp"] = analyze_new_articles(wh, run_id, s.spacy_model, s.nlp_batch_size, s.batch_size)
                stages["extract"] = stage_extraction(wh, s.spacy_model)
                for table in EXTRACT_TABLES:
                    validate_staged(wh, run_id, "extract", table)
                publish_extraction(wh)
            publish_quality_artifacts(wh, run_id)
            counts = count_tables(wh, run_id)
            counts["stages"] = stages
        except BaseException as exc:
            finish_run(wh, run_id, "failed", {"error": f"{type(exc).__name__}: {exc}"})
            raise
        finish_run(wh, run_id, "completed", counts)
    get_run_logger().info("run %s done: %s", run_id, counts)
    return {"run_id": run_id, **counts}
