"""Validate one staged table with its GX suite: results to quality.check_results, failing rows to quarantine."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import polars as pl
from prefect import task

from expectations import suites
from expectations.runner import validate_frame
from warehouse import db


def _ids(con: duckdb.DuckDBPyConnection, sql: str) -> list[str]:
    return [r[0] for r in con.execute(sql).fetchall()]


#: run-time context each suite needs, read from the warehouse (staged tables already validated upstream)
SUITE_ARGS: dict[str, Callable[[duckdb.DuckDBPyConnection], dict]] = {
    "article_dedup": lambda con: {
        "original_ids": _ids(con, "select article_id from staging.article_dedup where duplicate_of is null"),
        "article_ids": _ids(con, "select article_id from curated.articles"),
    },
    "mentions": lambda con: {
        "entity_ids": _ids(con, "select entity_id from staging.entities"),
        "article_ids": _ids(con, "select article_id from curated.articles"),
    },
    "event_participants": lambda con: {
        "event_ids": _ids(con, "select event_id from staging.events"),
        "entity_ids": _ids(con, "select entity_id from staging.entities"),
    },
    "event_mentions": lambda con: {
        "event_ids": _ids(con, "select event_id from staging.events"),
        "article_ids": _ids(con, "select article_id from curated.articles"),
    },
    "quotes": lambda con: {
        "article_ids": _ids(con, "select article_id from curated.articles"),
        "entity_ids": _ids(con, "select entity_id from staging.entities"),
    },
}


class IntegrityError(RuntimeError):
    """A staged table points at rows that do not exist: a bug to fix, not bad input to quarantine."""


def broken_references(table: str, checks: list[dict]) -> list[str]:
    """Names of the failed in-set checks on ``table``'s reference columns (suites.REFERENCES)."""
    wanted = {f"expect_column_values_to_be_in_set:{c}" for c in suites.REFERENCES.get(table, ())}
    return [c["check_name"] for c in checks if not c["success"] and c["check_name"] in wanted]


@task(task_run_name="validate-{stage}-{table}")
def validate_staged(warehouse: str, run_id: str, stage: str, table: str) -> dict:
    """Check ``staging.<table>``; keep only passing rows there; record checks and quarantine the rest."""
    builder, key_columns = suites.SUITES[table]
    with db.connect(warehouse) as con:
        df = db.frame(con, f"select * from staging.{table}")
        expectations = builder(**SUITE_ARGS.get(table, lambda _c: {})(con))
        outcome = validate_frame(stage, table, df, expectations)
        passed = outcome.passed(df)
        at = db.now()
        checks = pl.DataFrame(outcome.checks).with_columns(
            pl.lit(run_id).alias("run_id"), pl.lit(at).alias("checked_at")
        )
        with db.transaction(con):
            db.replace_by_key(con, "quality.check_results", checks, ("run_id", "stage", "table_name", "check_name"))
        if broken := broken_references(table, outcome.checks):
            bad = sum(c["unexpected_count"] for c in outcome.checks if c["check_name"] in broken)
            raise IntegrityError(
                f"referential integrity broken in staging.{table}: {bad} value(s) failed "
                f"{', '.join(b.split(':', 1)[1] for b in broken)} (see quality.check_results of run {run_id})"
            )
        with db.transaction(con):
            if stage != "ingest":  # derived tables are recomputed whole: earlier rejections are superseded
                con.execute(
                    "delete from quality.quarantine where stage = ? and starts_with(record_key, ?)",
                    [stage, f"{table}:"],
                )
            db.quarantine(con, run_id, outcome.quarantine_rows(df, key_columns))
            if passed.height != df.height:
                db.stage_frame(con, table, passed)
    return {
        "stage": stage,
        "table": table,
        "rows": df.height,
        "passed": passed.height,
        "checks": len(outcome.checks),
        "checks_failed": sum(not c["success"] for c in outcome.checks),
    }
