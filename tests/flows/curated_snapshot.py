"""Every curated table of a warehouse, row for row, for comparing two runs (run ids and load times left out)."""

from __future__ import annotations

import duckdb

#: columns that record when or by which run a row was loaded, not what it says
VOLATILE_TYPES = ("TIMESTAMP WITH TIME ZONE", "TIMESTAMP")
VOLATILE_NAMES = ("run_id",)


def curated_tables(path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from information_schema.tables where table_schema = 'curated' "
                "and table_type = 'BASE TABLE' order by 1"
            ).fetchall()
        ]
        out = {}
        for table in tables:
            cols = [
                name
                for name, dtype in con.execute(
                    "select column_name, data_type from information_schema.columns "
                    "where table_schema = 'curated' and table_name = ? order by ordinal_position",
                    [table],
                ).fetchall()
                if dtype not in VOLATILE_TYPES and name not in VOLATILE_NAMES
            ]
            quoted = ", ".join(f'"{c}"' for c in cols)
            out[table] = sorted(con.execute(f"select {quoted} from curated.{table}").fetchall(), key=repr)
        return out
    finally:
        con.close()
