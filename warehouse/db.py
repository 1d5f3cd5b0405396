"""Connect to the DuckDB warehouse (read-write with migrations applied, or read-only) and hold the run lock."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import re
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_MIGRATION_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


#: seconds a connection waits for another process's hold on the file to end (``SITREP_LOCK_WAIT`` overrides)
DEFAULT_LOCK_WAIT = 120.0
_RETRY_SECONDS = 0.1


class WarehouseError(RuntimeError):
    """A warehouse problem a user can act on (missing file, read-only violation, lock held)."""


class WarehouseBusyError(WarehouseError):
    """Another process held the warehouse file for longer than this connection would wait."""


def lock_wait() -> float:
    raw = os.environ.get("SITREP_LOCK_WAIT")
    if raw is None:
        return DEFAULT_LOCK_WAIT
    try:
        return max(0.0, float(raw))
    except ValueError:
        raise ValueError(f"SITREP_LOCK_WAIT must be a number of seconds, not {raw!r}") from None


def now() -> datetime:
    return datetime.now(UTC)


def migration_files() -> list[tuple[int, Path]]:
    found = []
    for path in MIGRATIONS_DIR.glob("*.sql"):
        if m := _MIGRATION_NAME.match(path.name):
            found.append((int(m.group(1)), path))
    found.sort()
    versions = [v for v, _ in found]
    if len(versions) != len(set(versions)):
        raise WarehouseError(f"two migrations share a number in {MIGRATIONS_DIR}: {sorted(versions)}")
    return found


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending migrations in order, each in its own transaction, recorded in ops.schema_migrations."""
    con.execute("create schema if not exists ops")
    con.execute(
        "create table if not exists ops.schema_migrations (version integer, name varchar, checksum varchar, "
        "applied_at timestamptz)"
    )
    applied = {v for (v,) in con.execute("select version from ops.schema_migrations").fetchall()}
    done = []
    for version, path in migration_files():
        if version in applied:
            continue
        sql = path.read_text(encoding="utf-8")
        con.execute("begin transaction")
        try:
            con.execute(sql)
            con.execute(
                "insert into ops.schema_migrations values (?, ?, ?, ?)",
                [version, path.name, hashlib.sha256(sql.encode()).hexdigest(), now()],
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        done.append(path.name)
    return done


def _is_lock_conflict(exc: duckdb.Error) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


def _open(path: Path, read_only: bool, wait: float | None) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying while another process holds it (a run writing, a reader reading)."""
    wait = lock_wait() if wait is None else wait
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            if not _is_lock_conflict(exc):
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusyError(
                    f"the warehouse {path} is busy: another process (most likely a `sitrep run` publishing) "
                    f"held it for the {wait:g} s this command waits; try again, or wait longer with "
                    "--wait SECONDS or SITREP_LOCK_WAIT"
                ) from None
            time.sleep(_RETRY_SECONDS)


class _Lent:
    """The connection ``held`` keeps open, lent to one step: leaving the step's ``with`` (or closing it) leaves
    the connection open for the next step."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)

    def __enter__(self) -> _Lent:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def close(self) -> None:
        return None


#: write connections ``held`` keeps open (resolved path -> connection)
_HELD_CONNECTIONS: dict[str, duckdb.DuckDBPyConnection] = {}


@contextlib.contextmanager
def held(path: str | Path) -> Iterator[None]:
    """One write connection for several consecutive steps of this process (a stage's validations and publish):
    each ``connect(path)`` inside gets it, instead of opening the file (and checkpointing it at the close) once
    per step (≈ 0.03 CPU s each). Other processes wait for the whole block, as they wait for one step."""
    key = str(Path(path).resolve())
    if key in _HELD_CONNECTIONS or str(path) == ":memory:":
        yield
        return
    con = connect(path)
    _HELD_CONNECTIONS[key] = con
    try:
        yield
    finally:
        del _HELD_CONNECTIONS[key]
        con.close()


def connect(path: str | Path, *, read_only: bool = False, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse. Read-write connections create the file and apply migrations first.

    While another process holds the file (DuckDB allows one writing process, or any number of readers), the
    connection retries for ``wait`` seconds (default ``SITREP_LOCK_WAIT`` or 120) and then raises
    ``WarehouseBusyError``. Runs hold their write connection only for a step's reads and writes (never through
    NLP or corpus-wide assembly), so readers get the last published state in between.
    """
    path = Path(path)
    if _HELD_CONNECTIONS and not read_only and (con := _HELD_CONNECTIONS.get(str(path.resolve()))) is not None:
        return _Lent(con)  # type: ignore[return-value]
    if read_only:
        if str(path) != ":memory:" and not path.exists():
            raise WarehouseError(f"no warehouse at {path}: run `sitrep run` first (or pass --warehouse)")
        return _open(path, True, wait)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
        con = _open(path, False, wait)
    else:
        con = duckdb.connect(":memory:")
    migrate(con)
    return con


#: run locks this process holds (path -> depth), so the CLI and the flow it calls can both take it
_HELD_LOCKS: dict[str, int] = {}


@contextlib.contextmanager
def run_lock(path: str | Path, *, reentrant: bool = False) -> Iterator[None]:
    """An exclusive lock beside the warehouse file so two runs never interleave their writes.

    ``sitrep run`` takes it before starting Prefect (so a second run stops at once with one clear line); the
    flow takes it ``reentrant``, which passes when this process already holds it and locks otherwise.
    """
    lock_path = Path(f"{path}.lock")
    key = str(lock_path.resolve())
    if reentrant and _HELD_LOCKS.get(key):
        _HELD_LOCKS[key] += 1
        try:
            yield
        finally:
            _HELD_LOCKS[key] -= 1
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise WarehouseError(f"another sitrep run is writing to {path}; wait for it to finish") from exc
        _HELD_LOCKS[key] = 1
        try:
            yield
        finally:
            _HELD_LOCKS.pop(key, None)
            fcntl.flock(fh, fcntl.LOCK_UN)


def frame(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence | None = None) -> pl.DataFrame:
    """Run a query and return a polars frame (fully fetched)."""
    return con.sql(sql, params=list(params) if params else None).pl()


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame) -> int:
    """Insert a polars frame by column name (columns missing from the frame get their defaults)."""
    if df.height == 0:
        return 0
    con.register("_sitrep_insert", df.to_arrow())
    try:
        cols = ", ".join(f'"{c}"' for c in df.columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from _sitrep_insert")
    finally:
        con.unregister("_sitrep_insert")
    return df.height


def replace_by_key(con: duckdb.DuckDBPyConnection, table: str, df: pl.DataFrame, keys: Sequence[str]) -> int:
    """Idempotent load: delete rows whose key is in ``df``, then insert ``df`` (caller holds the transaction)."""
    if df.height == 0:
        return 0
    con.register("_sitrep_keys", df.select(list(keys)).unique().to_arrow())
    try:
        cond = " and ".join(f't."{k}" is not distinct from k."{k}"' for k in keys)
        con.execute(f"delete from {table} t where exists (select 1 from _sitrep_keys k where {cond})")
    finally:
        con.unregister("_sitrep_keys")
    return insert_frame(con, table, df)


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def stage_frame(con: duckdb.DuckDBPyConnection, name: str, df: pl.DataFrame) -> int:
    """Replace ``staging.<name>`` with ``df`` (the stage's output awaiting validation)."""
    con.register("_sitrep_stage", df.to_arrow())
    try:
        con.execute(f"create or replace table staging.{name} as select * from _sitrep_stage")
    finally:
        con.unregister("_sitrep_stage")
    return df.height


def quarantine(con: duckdb.DuckDBPyConnection, run_id: str, rows: list[dict]) -> int:
    """Record rejected records; the same (stage, record_key) rejected again replaces its earlier row."""
    if not rows:
        return 0
    at = now()
    df = pl.DataFrame(
        [
            {
                "run_id": run_id,
                "stage": r["stage"],
                "record_key": r["record_key"],
                "reason": r["reason"],
                "payload": r["payload"] if isinstance(r["payload"], str) else _json(r["payload"]),
                "quarantined_at": at,
            }
            for r in rows
        ]
    ).unique(subset=["stage", "record_key"], keep="last", maintain_order=True)
    return replace_by_key(con, "quality.quarantine", df, ("stage", "record_key"))


def _json(value: object) -> str:
    import json

    return json.dumps(value, default=str, ensure_ascii=False)


def columns(con: duckdb.DuckDBPyConnection, schema: str, table: str) -> list[str]:
    """Column names of a table, in order."""
    rows = con.execute(
        "select column_name from information_schema.columns where table_schema = ? and table_name = ? "
        "order by ordinal_position",
        [schema, table],
    ).fetchall()
    return [r[0] for r in rows]


def publish_staged(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Insert ``staging.<table>`` into ``curated.<table>`` by the curated table's columns; returns rows inserted."""
    cols = ", ".join(f'"{c}"' for c in columns(con, "curated", table))
    con.execute(f"insert into curated.{table} ({cols}) select {cols} from staging.{table}")
    return con.execute(f"select count(*) from staging.{table}").fetchall()[0][0]
