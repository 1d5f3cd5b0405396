"""Data-quality reports: the latest run's checks and quarantine, as text/markdown (no Prefect, no GX)."""

from __future__ import annotations

import json

import duckdb

#: the run summary, in the order `sitrep run` prints it and ops.pipeline_runs.counts stores it
SUMMARY_KEYS = ("articles", "duplicates", "stories", "entities", "events", "quotes", "quarantined", "checks_failed")


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str | None:
    rows = con.execute("select run_id from ops.pipeline_runs order by started_at desc limit 1").fetchall()
    return rows[0][0] if rows else None


def run_report(con: duckdb.DuckDBPyConnection, run_id: str | None = None) -> dict:
    """Everything a reader needs about one run: its record, checks per stage/table, quarantined rows."""
    run_id = run_id or latest_run_id(con)
    if run_id is None:
        return {"run": None, "checks": [], "quarantine": []}
    cols = ["run_id", "flow_name", "parameters", "started_at", "finished_at", "status", "counts"]
    run = con.execute(f"select {', '.join(cols)} from ops.pipeline_runs where run_id = ?", [run_id]).fetchall()
    checks = con.execute(
        "select stage, table_name, check_name, success, unexpected_count, details from quality.check_results "
        "where run_id = ? order by coalesce(list_position(['ingest', 'dedup', 'extract'], stage), 9), stage, "
        "table_name, check_name",
        [run_id],
    ).fetchall()
    quarantine = con.execute(
        "select stage, record_key, reason, quarantined_at from quality.quarantine where run_id = ? "
        "order by stage, record_key",
        [run_id],
    ).fetchall()
    return {
        "run": dict(zip(cols, run[0], strict=True)) if run else None,
        "checks": [
            dict(zip(("stage", "table", "check", "success", "unexpected", "details"), r, strict=True)) for r in checks
        ],
        "quarantine": [dict(zip(("stage", "record_key", "reason", "at"), r, strict=True)) for r in quarantine],
    }


def _counts(run: dict) -> dict:
    raw = run.get("counts")
    return json.loads(raw) if isinstance(raw, str) else (raw or {})


def to_markdown(report: dict) -> str:
    """The report as markdown (Prefect artifact and `sitrep report`)."""
    run = report["run"]
    if run is None:
        return "# sitrep data-quality report\n\nNo run recorded yet: run `sitrep run` first.\n"
    checks = report["checks"]
    failed = [c for c in checks if not c["success"]]
    lines = [
        f"# sitrep data-quality report — run `{run['run_id']}`",
        "",
        f"- status: **{run['status']}**, started {run['started_at']}, finished {run['finished_at']}",
        f"- checks: {len(checks)} run, **{len(failed)} failed**; quarantined records: **{len(report['quarantine'])}**",
    ]
    counts = _counts(run)
    if counts:
        lines.append("- counts: " + ", ".join(f"{k}={v}" for k, v in counts.items() if not isinstance(v, dict)))
    lines += [
        "",
        "## Checks by stage and table",
        "",
        "| stage | table | checks | failed | unexpected rows |",
        "|---|---|---|---|---|",
    ]
    summary: dict[tuple[str, str], list[dict]] = {}
    for c in checks:
        summary.setdefault((c["stage"], c["table"]), []).append(c)
    for (stage, table), group in summary.items():
        bad = [c for c in group if not c["success"]]
        lines.append(f"| {stage} | {table} | {len(group)} | {len(bad)} | {sum(c['unexpected'] or 0 for c in group)} |")
    if failed:
        lines += ["", "## Failed checks", "", "| stage | table | check | unexpected |", "|---|---|---|---|"]
        lines += [f"| {c['stage']} | {c['table']} | `{c['check']}` | {c['unexpected']} |" for c in failed]
    lines += ["", "## Quarantine", ""]
    if report["quarantine"]:
        lines += ["| stage | record | reason |", "|---|---|---|"]
        for q in report["quarantine"]:
            reason = str(q["reason"]).replace("|", "\\|")
            lines.append(f"| {q['stage']} | `{q['record_key']}` | {reason} |")
    else:
        lines.append("Nothing was quarantined in this run.")
    return "\n".join(lines) + "\n"
