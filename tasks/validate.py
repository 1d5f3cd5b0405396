"""Validate staged tables with their GX suites, and compare the run with earlier runs (drift).

Check results go to quality.check_results (with their severity), rows failing an ``error`` check to quarantine,
rows in / out per table to quality.stage_volumes; a table whose error share passes the limit stops the run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import polars as pl
from prefect import get_run_logger, task

from expectations.context import frame_sql, without_context
from expectations.severity import WARN
from sitrep.quality import drift
from sitrep.quality.gate import DEFAULT_MAX_ERROR_SHARE, check_error_share, error_share
from warehouse import db

if TYPE_CHECKING:
    import duckdb


def _ids(con: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    return [r[0] for r in con.execute(sql).fetchall()]


def _used(con: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...], ref_sql: str) -> list[str]:
    """The ids of ``ref_sql`` that ``staging.<table>`` holds in ``columns``.

    As an in-set check's value set this accepts exactly the rows the whole id list would (a value is in the set
    iff it is one of the table's own values that exists in ``ref_sql``), and it stays as small as the table's
    distinct values. GX rebuilds an expectation's configuration, value set and all, on each of its internal
    look-ups (about 140 per expectation), so a value set of every id in the warehouse cost seconds per table and
    grew with the warehouse.
    """
    used = " union ".join(f'select "{c}" as v from staging.{table}' for c in columns)
    return _ids(con, f"select distinct v from ({used}) where v in ({ref_sql})")


_ARTICLES = "select article_id from curated.articles"
_ENTITIES = "select entity_id from staging.entities"
_EVENTS = "select event_id from staging.events"
_ORIGINALS = "select article_id from staging.article_dedup where duplicate_of is null"

#: run-time context each suite needs, read from the warehouse (staged tables already validated upstream)
SUITE_ARGS: dict[str, Callable[[duckdb.DuckDBPyConnection], dict]] = {
    "article_dedup": lambda con: {
        "original_ids": _used(con, "article_dedup", ("duplicate_of",), _ORIGINALS),
        "article_ids": _used(con, "article_dedup", ("article_id", "story_id"), _ARTICLES),
    },
    "mentions": lambda con: {
        "entity_ids": _used(con, "mentions", ("entity_id",), _ENTITIES),
        "article_ids": _used(con, "mentions", ("article_id",), _ARTICLES),
    },
    "event_participants": lambda con: {
        "event_ids": _used(con, "event_participants", ("event_id",), _EVENTS),
        "entity_ids": _used(con, "event_participants", ("entity_id",), _ENTITIES),
    },
    "event_mentions": lambda con: {
        "event_ids": _used(con, "event_mentions", ("event_id",), _EVENTS),
        "article_ids": _used(con, "event_mentions", ("article_id",), _ARTICLES),
    },
    "quotes": lambda con: {
        "article_ids": _used(con, "quotes", ("article_id",), _ARTICLES),
        "entity_ids": _used(con, "quotes", ("speaker_entity_id",), _ENTITIES),
    },
}


class IntegrityError(RuntimeError):
    """A staged table points at rows that do not exist: a bug to fix, not bad input to quarantine."""


def broken_references(table: str, checks: list[dict]) -> list[str]:
    """Names of the failed in-set checks on ``table``'s reference columns (suites.REFERENCES)."""
    from expectations import suites

    wanted = {f"expect_column_values_to_be_in_set:{c}" for c in suites.REFERENCES.get(table, ())}
    return [c["check_name"] for c in checks if not c["success"] and c["check_name"] in wanted]


#: parent table -> (child table, column pointing at the parent's key): rows of a child whose parent row is
#: quarantined in this run follow it into quarantine (else they would be dangling references, a broken warehouse)
CASCADES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "entities": (("mentions", "entity_id", "entity_id"), ("event_participants", "entity_id", "entity_id"),
                 ("quotes", "speaker_entity_id", "entity_id")),
    "events": (("event_participants", "event_id", "event_id"), ("event_mentions", "event_id", "event_id")),
}  # fmt: skip


def _cascade(con: duckdb.DuckDBPyConnection, run_id: str, stage: str, table: str, failed: pl.DataFrame) -> int:
    """Move the staged child rows of ``failed`` parent rows to quarantine (caller holds the transaction)."""
    from expectations import suites

    moved = 0
    for child, column, parent_key in CASCADES.get(table, ()):
        ids = failed[parent_key].drop_nulls().unique().to_list()
        if not ids or column not in db.columns(con, "staging", child):  # child not staged (yet)
            continue
        rows = db.frame(con, f"select * from staging.{child} where {column} in (select unnest(?::varchar[]))", [ids])
        if not rows.height:
            continue
        _, key_columns = suites.SUITES[child]
        quarantined = []
        for record in rows.to_dicts():
            quarantined.append(
                {
                    "stage": stage,
                    "record_key": f"{child}:" + "|".join(str(record.get(k)) for k in key_columns),
                    "reason": f"its {table} row {record[column]} was quarantined in this run",
                    "payload": record,
                }
            )
        db.quarantine(con, run_id, quarantined)
        con.execute(f"delete from staging.{child} where {column} in (select unnest(?::varchar[]))", [ids])
        moved += rows.height
    return moved


def _logger() -> logging.Logger | logging.LoggerAdapter:
    try:
        return get_run_logger()
    except Exception:  # noqa: BLE001 - called through .fn outside a run
        return logging.getLogger("sitrep.validate")


def _write_docs_page(docs_dir: str | None, stage: str, table: str, results: object) -> None:
    """The table's GX Data Docs page; a rendering problem is logged, never fails the run."""
    if not docs_dir:
        return
    from pathlib import Path

    from sitrep.report.data_docs import write_validation_page

    try:
        write_validation_page(Path(docs_dir), stage, table, results)
    except Exception as exc:  # noqa: BLE001 - documentation only
        _logger().warning("Data Docs page for %s.%s not written: %s: %s", stage, table, type(exc).__name__, exc)


@task(task_run_name="validate-{stage}-{table}")
def validate_staged(
    warehouse: str,
    run_id: str,
    stage: str,
    table: str,
    max_error_share: float = DEFAULT_MAX_ERROR_SHARE,
    docs_dir: str | None = None,
) -> dict:
    """Check ``staging.<table>``; keep only passing rows there; record checks and quarantine the rest.

    Raises ``QualityGateError`` (after recording checks and quarantine) when the share of rows failing an
    ``error`` check passes ``max_error_share``: the caller then publishes nothing downstream.
    """
    # GX (about 3 CPU s to import) loads at the first validation, not with the flow: a run's NLP workers get
    # their first articles before this process has loaded it
    from expectations import suites
    from expectations.runner import validate_frame

    builder, key_columns = suites.SUITES[table]
    with db.connect(warehouse) as con:
        df = db.frame(con, frame_sql(table))
        expectations = builder(**SUITE_ARGS.get(table, lambda _c: {})(con))
        outcome = validate_frame(stage, table, df, expectations)
        passed = outcome.passed(df)
        at = db.now()
        checks = (
            pl.DataFrame(outcome.checks)
            .drop("severity")
            .with_columns(pl.lit(run_id).alias("run_id"), pl.lit(at).alias("checked_at"))
        )
        volume = pl.DataFrame(
            [
                {
                    "run_id": run_id, "stage": stage, "table_name": table, "rows_in": df.height,
                    "rows_out": passed.height, "rows_quarantined": df.height - passed.height,
                    "error_share": error_share(df.height, passed.height), "checked_at": at,
                }
            ]
        )  # fmt: skip
        with db.transaction(con):
            db.replace_by_key(con, "quality.check_results", checks, ("run_id", "stage", "table_name", "check_name"))
            db.replace_by_key(con, "quality.stage_volumes", volume, ("run_id", "stage", "table_name"))
        if broken := broken_references(table, outcome.checks):
            bad = sum(c["unexpected_count"] for c in outcome.checks if c["check_name"] in broken)
            raise IntegrityError(
                f"referential integrity broken in staging.{table}: {bad} value(s) failed "
                f"{', '.join(b.split(':', 1)[1] for b in broken)} (see quality.check_results of run {run_id})"
            )
        with db.transaction(con):
            if stage != "ingest":  # derived tables are recomputed whole: earlier runs' rejections are superseded
                con.execute(
                    "delete from quality.quarantine where stage = ? and starts_with(record_key, ?) and run_id <> ?",
                    [stage, f"{table}:", run_id],
                )
            db.quarantine(con, run_id, outcome.quarantine_rows(without_context(df), key_columns))
            if passed.height != df.height:
                db.stage_frame(con, table, without_context(passed))
                failed = df.with_row_index("_i").filter(pl.col("_i").is_in(sorted(outcome.failed_rows)))
                _cascade(con, run_id, stage, table, failed)
    if df.height:  # an incremental run with nothing new keeps the page of the last run that staged rows
        _write_docs_page(docs_dir, stage, table, outcome.results)
    check_error_share(stage, table, df.height, passed.height, outcome.failed_errors, max_error_share)
    return {
        "stage": stage,
        "table": table,
        "rows": df.height,
        "passed": passed.height,
        "checks": len(outcome.checks),
        "checks_failed": sum(not c["success"] and c["severity"] != WARN for c in outcome.checks),
        "checks_warned": sum(not c["success"] and c["severity"] == WARN for c in outcome.checks),
    }


#: warehouse numbers a drift metric needs, measured after the run
_WAREHOUSE_COUNTS_SQL = """
select
  (select count(*) from curated.articles where duplicate_kind is distinct from 'exact'),
  (select count(*) from curated.events),
  (select count(*) from curated.entities),
  (select count(*) from curated.entities where country_iso3 is null)
"""


@task
def check_drift(
    warehouse: str, run_id: str, sources: list[str], until: str, ingest: dict | None, factor: float
) -> list[dict]:
    """Record this run's metrics and compare them with earlier completed runs of the same sources (``warn``)."""
    key = drift.sources_key(sources, until)
    with db.connect(warehouse) as con:
        volumes = db.frame(
            con, "select stage, table_name, rows_in, rows_out from quality.stage_volumes where run_id = ?", [run_id]
        ).to_dicts()
        (row,) = con.execute(_WAREHOUSE_COUNTS_SQL).fetchall()
        counts = dict(zip(("articles_analysed", "events", "entities", "entities_without_country"), row, strict=True))
        if until != "extract":
            counts = {}
        metrics = drift.run_metrics(volumes, ingest, counts)
        earlier = con.execute(
            "select m.run_id, m.metric, m.value from quality.run_metrics m join ops.pipeline_runs r using (run_id) "
            "where m.sources_key = ? and r.status = 'completed' and m.run_id <> ? order by r.started_at desc",
            [key, run_id],
        ).fetchall()
        history: dict[str, dict[str, float]] = {}
        for rid, metric, value in earlier:
            history.setdefault(rid, {})[metric] = value
        results = drift.drift_checks(metrics, list(history.values()), factor)
        at = db.now()
        metric_rows = pl.DataFrame(
            [{"run_id": run_id, "sources_key": key, "metric": m, "value": v, "measured_at": at}
             for m, v in metrics.items()],
            schema={"run_id": pl.String, "sources_key": pl.String, "metric": pl.String, "value": pl.Float64,
                    "measured_at": pl.Datetime("us", "UTC")},
        )  # fmt: skip
        check_rows = pl.DataFrame(
            [
                {"run_id": run_id, "stage": "drift", "table_name": r["metric"].split(":", 1)[1],
                 "check_name": f"drift:{r['metric']}", "success": r["success"],
                 "unexpected_count": 0 if r["success"] else 1,
                 "details": json.dumps(
                     {"severity": WARN, **{k: r[k] for k in ("current", "baseline", "runs", "message")}}
                 ),
                 "checked_at": at}
                for r in results
            ]
        )  # fmt: skip
        with db.transaction(con):
            db.replace_by_key(con, "quality.run_metrics", metric_rows, ("run_id", "metric"))
            db.replace_by_key(con, "quality.check_results", check_rows, ("run_id", "stage", "table_name", "check_name"))
    for r in results:
        if not r["success"]:
            _logger().warning("drift: %s", r["message"])
    return results
