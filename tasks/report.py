"""Publish the run's data-quality results once the run's record is final: Prefect artifacts and Data Docs.

Artifact keys are stable (lowercase, dashes), so the UI's Artifacts page shows each one's history across runs.
"""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact

from sitrep.report import run_report
from sitrep.report.markdown import md_text, report_markdown
from warehouse import db

REPORT_KEY = "dq-report"
CHECKS_KEY = "dq-checks"
STAGES_KEY = "dq-stages"


@task
def publish_quality_artifacts(warehouse: str, run_id: str) -> dict:
    """The markdown report and two tables (checks; rows in / out per stage) of this run."""
    with db.connect(warehouse) as con:
        report = run_report(con, run_id)
    checks = [
        {
            "stage": md_text(c["stage"]), "table": md_text(c["table"]), "check": md_text(c["check"]),
            "severity": c["severity"], "success": str(c["success"]), "unexpected": str(c["unexpected"] or 0),
        }
        for c in report["checks"]
    ]  # fmt: skip
    stages = [{k: md_text(v) for k, v in row.items()} for row in report["volumes"]]
    create_table_artifact(
        key=CHECKS_KEY, table=checks, description="sitrep data-quality checks of this run (one row per check)"
    )
    create_table_artifact(
        key=STAGES_KEY, table=stages, description="sitrep rows in / out / quarantined per stage and table"
    )
    create_markdown_artifact(
        key=REPORT_KEY,
        markdown=report_markdown(report),
        description="sitrep data-quality report: status, rows per stage, failed checks with examples, drift",
    )
    return {
        "checks": len(checks),
        "failed": sum(not c["success"] and c["severity"] != "warn" for c in report["checks"]),
    }


@task
def build_data_docs(warehouse: str, run_id: str, docs_dir: str) -> str:
    """Data Docs index of this run (the per-table GX pages were written while validating); returns its path."""
    from sitrep.report.data_docs import write_index

    with db.connect(warehouse) as con:
        report = run_report(con, run_id)
    return str(write_index(Path(docs_dir), report))
