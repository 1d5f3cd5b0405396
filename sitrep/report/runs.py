"""`sitrep runs`: the recent runs' lineage (status, parameters, per-stage counts and timings, flow run, code)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sitrep.report import SUMMARY_KEYS

if TYPE_CHECKING:
    import duckdb

RUN_COLUMNS = (
    "run_id", "flow_name", "status", "started_at", "finished_at", "parameters", "counts", "stage_timings",
    "flow_run_id", "code_version", "runner", "workers",
)  # fmt: skip
STAGE_ORDER = ("ingest", "dedup", "nlp", "extract", "checks", "report")


def _load(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def recent_runs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict]:
    """The latest ``limit`` runs, newest first, with JSON columns decoded."""
    present = {
        r[0]
        for r in con.execute(
            "select column_name from information_schema.columns "
            "where table_schema = 'ops' and table_name = 'pipeline_runs'"
        ).fetchall()
    }
    if not present:
        return []
    # a warehouse last written before the lineage columns (migration 0050) lists its runs without them
    select = ", ".join(c if c in present else f"null as {c}" for c in RUN_COLUMNS)
    rows = con.execute(
        f"select {select} from ops.pipeline_runs order by started_at desc nulls last limit ?", [limit]
    ).fetchall()
    runs = []
    for row in rows:
        run = dict(zip(RUN_COLUMNS, row, strict=True))
        for key in ("parameters", "counts", "stage_timings"):
            run[key] = _load(run[key]) or {}
        if run["started_at"] and run["finished_at"]:
            run["seconds"] = round((run["finished_at"] - run["started_at"]).total_seconds(), 3)
        else:
            run["seconds"] = None
        runs.append(run)
    return runs


def _stage_line(run: dict) -> str:
    timings = run["stage_timings"]
    stages = (run["counts"] or {}).get("stages") or {}
    parts = []
    for name in [*STAGE_ORDER, *sorted(set(timings) - set(STAGE_ORDER))]:
        if name not in timings and name not in stages:
            continue
        part = name
        if name in timings:
            part += f" {timings[name]['seconds']:.1f}s"
        counts = stages.get(name)
        if isinstance(counts, dict) and counts:
            part += " (" + " ".join(f"{k}={v}" for k, v in counts.items()) + ")"
        parts.append(part)
    return " | ".join(parts)


def to_text(runs: list[dict]) -> str:
    """One block per run, newest first."""
    if not runs:
        return "no runs recorded yet: `sitrep run` makes one\n"
    out = []
    for run in runs:
        p = run["parameters"]
        took = f"{run['seconds']:.1f}s" if run["seconds"] is not None else "-"
        out.append(
            f"{run['run_id']}  {run['status']}  {run['started_at']:%Y-%m-%d %H:%M:%S}  {took}  "
            f"runner={run['runner'] or p.get('runner') or 'local'} workers={run['workers'] or p.get('workers') or '-'}"
            f"  code={run['code_version'] or '-'}"
        )
        out.append(f"  sources={','.join(p.get('sources') or [])} until={p.get('until')} model={p.get('spacy_model')}")
        if line := _stage_line(run):
            out.append("  stages: " + line)
        counts = run["counts"] or {}
        if "error" in counts:
            out.append(f"  error: {counts['error']}")
        elif any(k in counts for k in SUMMARY_KEYS):
            out.append("  totals: " + "  ".join(f"{k}={counts.get(k, 0)}" for k in SUMMARY_KEYS))
        out.append(f"  prefect flow run: {run['flow_run_id'] or '-'}")
    return "\n".join(out) + "\n"


def to_json(runs: list[dict]) -> str:
    return json.dumps(runs, default=str, indent=1, ensure_ascii=False) + "\n"
