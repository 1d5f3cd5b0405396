"""Open and close the ``ops.pipeline_runs`` record of a run."""

from __future__ import annotations

import json

from prefect import task

from sitrep.report import SUMMARY_KEYS
from warehouse import db


@task(retries=2, retry_delay_seconds=1)
def start_run(warehouse: str, run_id: str, flow_name: str, parameters: dict, lineage: dict | None = None) -> str:
    """Open the run's record; ``lineage`` holds ``flow_run_id``, ``code_version``, ``runner``, ``workers``."""
    lineage = lineage or {}
    with db.connect(warehouse) as con, db.transaction(con):
        con.execute("delete from ops.pipeline_runs where run_id = ?", [run_id])
        con.execute(
            "insert into ops.pipeline_runs (run_id, flow_name, parameters, started_at, status, flow_run_id, "
            "code_version, runner, workers) values (?, ?, ?, ?, 'running', ?, ?, ?, ?)",
            [run_id, flow_name, json.dumps(parameters, default=str), db.now()]
            + [lineage.get(k) for k in ("flow_run_id", "code_version", "runner", "workers")],
        )
    return run_id


@task(retries=2, retry_delay_seconds=1)
def finish_run(warehouse: str, run_id: str, status: str, counts: dict, timings: dict | None = None) -> dict:
    with db.connect(warehouse) as con:
        con.execute(
            "update ops.pipeline_runs set finished_at = ?, status = ?, counts = ?, stage_timings = ? where run_id = ?",
            [db.now(), status, json.dumps(counts, default=str), json.dumps(timings or {}), run_id],
        )
    return counts


@task
def count_tables(warehouse: str, run_id: str) -> dict:
    """The run summary: what the warehouse now holds, and what this run rejected or failed."""
    with db.connect(warehouse) as con:
        (row,) = con.execute(
            """
            select
              (select count(*) from curated.articles),
              (select count(*) from curated.articles where duplicate_of is not null),
              (select count(*) from curated.stories),
              (select count(*) from curated.entities),
              (select count(*) from curated.events),
              (select count(*) from curated.quotes),
              (select count(*) from quality.quarantine where run_id = ?),
              (select count(*) from quality.check_results where run_id = ? and not success
                 and coalesce(details->>'severity', 'error') = 'error'),
              (select count(*) from quality.check_results where run_id = ? and not success
                 and details->>'severity' = 'warn')
            """,
            [run_id, run_id, run_id],
        ).fetchall()
    return dict(zip(SUMMARY_KEYS, row, strict=True))
