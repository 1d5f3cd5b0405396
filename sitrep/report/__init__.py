"""Data-quality reports: one run's record, checks, volumes, quarantine and drift (no Prefect, no GX).

``run_report`` gathers the data; ``sitrep.report.markdown`` renders it for `sitrep report` and the Prefect
artifacts, ``sitrep.report.html`` as a self-contained page with plots.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

#: the run summary, in the order `sitrep run` prints it and ops.pipeline_runs.counts stores it
SUMMARY_KEYS = (
    "articles", "duplicates", "stories", "entities", "events", "quotes", "quarantined", "checks_failed", "warnings",
)  # fmt: skip
STAGE_ORDER = "coalesce(list_position(['ingest', 'dedup', 'extract', 'drift'], stage), 9)"
RUN_COLUMNS = ("run_id", "flow_name", "parameters", "started_at", "finished_at", "status", "counts", "stage_timings")


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute("select run_id from ops.pipeline_runs order by started_at desc limit 1").fetchall()
    return rows[0][0] if rows else None


def _json(raw: object) -> dict:
    if isinstance(raw, str):
        try:
            value = json.loads(raw)
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}
    return raw if isinstance(raw, dict) else {}


def run_report(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> dict:
    """Everything a reader needs about one run: its record, checks, rows per stage, quarantined rows."""
    run_id = run_id or latest_run_id(con)
    if run_id is None:
        return {"run": None, "checks": [], "quarantine": [], "volumes": []}
    run = con.execute(f"select {', '.join(RUN_COLUMNS)} from ops.pipeline_runs where run_id = ?", [run_id]).fetchall()
    checks = con.execute(
        "select stage, table_name, check_name, coalesce(details->>'severity', 'error'), success, unexpected_count, "
        "details "
        f"from quality.check_results where run_id = ? order by {STAGE_ORDER}, stage, table_name, check_name",
        [run_id],
    ).fetchall()
    volumes = con.execute(
        "select stage, table_name, rows_in, rows_out, rows_quarantined, error_share from quality.stage_volumes "
        f"where run_id = ? order by {STAGE_ORDER}, checked_at, table_name",
        [run_id],
    ).fetchall()
    quarantine = con.execute(
        "select stage, record_key, reason, quarantined_at from quality.quarantine where run_id = ? "
        "order by stage, record_key",
        [run_id],
    ).fetchall()
    record = dict(zip(RUN_COLUMNS, run[0], strict=True)) if run else None
    if record:
        record["counts"] = _json(record["counts"])
        record["parameters"] = _json(record["parameters"])
        record["stage_timings"] = _json(record["stage_timings"])
    return {
        "run": record,
        "checks": [
            {
                **dict(zip(("stage", "table", "check", "severity", "success", "unexpected"), r[:6], strict=True)),
                "details": _json(r[6]),
            }
            for r in checks
        ],
        "volumes": [
            dict(zip(("stage", "table", "rows_in", "rows_out", "quarantined", "error_share"), r, strict=True))
            for r in volumes
        ],
        "quarantine": [dict(zip(("stage", "record_key", "reason", "at"), r, strict=True)) for r in quarantine],
    }


def check_history(con: duckdb.DuckDBPyConnection, runs: int) -> dict:
    """The last ``runs`` runs (newest first) and, per check, its outcome in each of them (None: not run)."""
    run_rows = con.execute(
        "select run_id, started_at, status from ops.pipeline_runs order by started_at desc limit ?", [runs]
    ).fetchall()
    run_ids = [r[0] for r in run_rows]
    rows = con.execute(
        "select stage, table_name, check_name, severity, run_id, success, unexpected_count "
        f"from quality.check_history where run_id in (select unnest(?::varchar[])) "
        f"order by {STAGE_ORDER}, stage, table_name, check_name",
        [run_ids],
    ).fetchall()
    checks: dict[tuple[str, str, str], dict] = {}
    for stage, table, check, severity, run_id, success, unexpected in rows:
        entry = checks.setdefault(
            (stage, table, check),
            {"stage": stage, "table": table, "check": check, "severity": severity, "outcomes": {}},
        )
        entry["outcomes"][run_id] = {"success": success, "unexpected": unexpected}
    return {
        "runs": [dict(zip(("run_id", "started_at", "status"), r, strict=True)) for r in run_rows],
        "checks": list(checks.values()),
    }


def to_markdown(report: dict) -> str:
    """The run report as markdown (kept here for callers of the original API)."""
    from sitrep.report.markdown import report_markdown

    return report_markdown(report)
