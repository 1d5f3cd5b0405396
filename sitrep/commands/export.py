"""``sitrep export NAME --format csv|parquet|json|jsonl --out PATH``: any table or view of the warehouse to a file.

NAME is checked against the warehouse catalog (information_schema) before any SQL is built, and the catalog's
own spelling is quoted as an identifier, so a name can never smuggle SQL in. The file is written by DuckDB's
COPY (parquet keeps lists, structs and dates; json writes one array, jsonl one object per line).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from sitrep.commands.common import open_warehouse, usage_error

FORMATS = ("csv", "parquet", "json", "jsonl")
#: schemas searched, in order, for a name given without its schema
SCHEMA_ORDER = ("analyst", "curated", "quality", "ops", "raw")
HIDDEN_SCHEMAS = ("information_schema", "pg_catalog")
_COPY_OPTIONS = {
    "csv": "(format csv, header true)",
    "parquet": "(format parquet)",
    "json": "(format json, array true)",
    "jsonl": "(format json)",
}


def catalog(con) -> list[tuple[str, str, str]]:
    """(schema, name, kind) of every table and view a user can export."""
    rows = con.execute(
        "select table_schema, table_name, table_type from information_schema.tables "
        "where table_catalog = current_database() order by table_schema, table_name"
    ).fetchall()
    return [(s, n, "view" if t == "VIEW" else "table") for s, n, t in rows if s not in HIDDEN_SCHEMAS]


def resolve(con, name: str) -> tuple[str, str]:
    """(schema, name) of NAME as the catalog spells it; a usage error lists what exists when nothing matches."""
    known = catalog(con)
    wanted = name.strip().lower()
    if "." in wanted:
        hits = [(s, n) for s, n, _ in known if f"{s}.{n}".lower() == wanted]
    else:
        hits = [(s, n) for s, n, _ in known if n.lower() == wanted]
        hits.sort(key=lambda h: SCHEMA_ORDER.index(h[0]) if h[0] in SCHEMA_ORDER else len(SCHEMA_ORDER))
    if hits:
        return hits[0]
    names = ", ".join(f"{s}.{n}" for s, n, _ in known if s != "staging")
    raise usage_error(f"no table or view named {name!r} in the warehouse; exportable: {names}")


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def format_of(out: str, given: str | None) -> str:
    if given:
        return given
    ext = Path(out).suffix.lower().lstrip(".")
    if ext in FORMATS:
        return ext
    if ext == "ndjson":
        return "jsonl"
    raise usage_error(f"say --format ({'|'.join(FORMATS)}): the extension of {out!r} does not tell")


def export(con, name: str, out: str, fmt: str) -> tuple[str, int]:
    """Write table/view NAME to OUT in FMT; returns (schema.name, rows written)."""
    schema, table = resolve(con, name)
    target = Path(out)
    if target.is_dir():
        raise usage_error(f"--out {out} is a folder; give a file path")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = f"{quote_ident(schema)}.{quote_ident(table)}"
    tmp = target.with_name(f".{target.name}.part")
    (n,) = con.execute(f"copy (select * from {source}) to {quote_literal(str(tmp))} {_COPY_OPTIONS[fmt]}").fetchall()[0]
    os.replace(tmp, target)  # a reader never sees a half-written file
    return f"{schema}.{table}", n


def main(args: argparse.Namespace) -> int:
    import duckdb

    fmt = format_of(args.out, args.format)
    con = open_warehouse(args.warehouse, need_analyst=False, wait=args.wait)
    try:
        qualified, n = export(con, args.name, args.out, fmt)
    except duckdb.Error as exc:
        raise usage_error(f"export failed: {exc}") from exc
    finally:
        con.close()
    print(f"exported {qualified}: {n} row{'s' if n != 1 else ''} -> {args.out} ({fmt})")
    return 0
