"""Publish the run's data-quality results as Prefect artifacts (a table and a markdown report)."""

from __future__ import annotations

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from sitrep.report import run_report, to_markdown
from warehouse import db


@task
def publish_quality_artifacts(warehouse: str, run_id: str) -> dict:
    with db.connect(warehouse, read_only=False) as con:
        report = run_report(con, run_id)
    table = [{k: str(c[k]) for k in ("stage", "table", "check", "success", "unexpected")} for c in report["checks"]]
    create_table_artifact(
        key="dq-checks", table=table, description="sitrep data-quality checks of this run (one row per check)"
    )
    create_markdown_artifact(
        key="dq-report",
        markdown=to_markdown(report),
        description="sitrep data-quality report: checks + quarantine",
    )
    return {"checks": len(table), "failed": sum(not c["success"] for c in report["checks"])}
