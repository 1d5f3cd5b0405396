"""Check that a refactor changed nothing: compare the curated, analyst and quality tables (and the cached
per-article analyses) of two sitrep warehouses row for row.

usage: .venv/bin/python scripts/compare_warehouses.py BEFORE.duckdb AFTER.duckdb
Build both from the same sources (e.g. ``sitrep run --source ../shared/devset/docs --warehouse ...``) with the
code before and after the change. Columns that differ between any two runs (load times, run ids, the source
path, the analysis cache key) are left out. Prints one line per table (rows, rows only in BEFORE, rows only in
AFTER, with duplicates counted: EXCEPT ALL) and exits 1 when any table differs.
"""

from __future__ import annotations

import re
import sys

import duckdb

SCHEMAS = {"curated", "analyst", "quality"}
EXTRA_TABLES = {"ops.article_analyses"}
#: run bookkeeping, not results
SKIP_TABLES = {
    "quality.check_results",
    "quality.check_history",
    "quality.latest_checks",
    "quality.run_metrics",
    "quality.stage_volumes",
}
#: columns that differ between runs of the same code
SKIP_COLUMN = re.compile(r"(_at$|^run_id$|loaded|duration|elapsed|^ts$|timestamp|^model$|^source_uri$)")


def compare(before: str, after: str) -> int:
    """Print the comparison; return the number of tables that differ."""
    con = duckdb.connect()
    con.execute("ATTACH ? AS a (READ_ONLY)", [before])
    con.execute("ATTACH ? AS b (READ_ONLY)", [after])
    tables = con.execute(
        "select table_schema, table_name from information_schema.tables where table_catalog = 'a' order by 1, 2"
    ).fetchall()
    differ = 0
    for schema, table in tables:
        name = f"{schema}.{table}"
        if (schema not in SCHEMAS and name not in EXTRA_TABLES) or name in SKIP_TABLES:
            continue
        cols = [
            r[0]
            for r in con.execute(
                "select column_name from information_schema.columns where table_catalog = 'a' and table_schema = ? "
                "and table_name = ? order by ordinal_position",
                [schema, table],
            ).fetchall()
        ]
        keep = ", ".join(f'"{c}"' for c in cols if not SKIP_COLUMN.search(c))
        rows = con.execute(f"select count(*) from a.{name}").fetchone()[0]
        n_a = con.execute(f"select count(*) from (select {keep} from a.{name} except all select {keep} from b.{name})")
        n_a = n_a.fetchone()[0]
        n_b = con.execute(f"select count(*) from (select {keep} from b.{name} except all select {keep} from a.{name})")
        n_b = n_b.fetchone()[0]
        same = n_a == n_b == 0
        differ += not same
        print(f"{'OK  ' if same else 'DIFF'} {name}: {rows} rows, only in before {n_a}, only in after {n_b}")
    print("IDENTICAL" if not differ else f"{differ} tables differ")
    return differ


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(1 if compare(sys.argv[1], sys.argv[2]) else 0)
