"""Skip a derived stage whose inputs are exactly those of its last publish (an unchanged re-run).

Dedup and extraction are recomputed over the whole corpus and are idempotent (re-running them on their own
output changes nothing), so when the fingerprint of their inputs equals the one recorded right after their
last successful publish, running them again would publish the same rows: the flow skips them, and the checks
of the run that published those rows are carried over to this run (the same rows would pass and fail the same
checks), so every run's report lists every stage. Any new or changed article, caption, cached analysis or code
file changes the fingerprint.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from prefect import task

from warehouse import db

ROOT = Path(__file__).resolve().parents[1]
CODE_DIRS = ("sitrep", "tasks", "expectations", "warehouse")

#: per stage, queries whose results are the stage's inputs (each returns one row)
INPUT_SQL = {
    "dedup": (
        "select count(*), coalesce(bit_xor(hash(article_id, content_hash, title, body, published_at, outlet, "
        "story_id, duplicate_of, duplicate_kind)), 0) from curated.articles",
        "select count(*), coalesce(bit_xor(hash(article_id, caption_text)), 0) from quality.article_captions",
    ),
    "extract": (
        "select count(*), coalesce(bit_xor(hash(article_id, content_hash, title, published_at, outlet, dateline, "
        "story_id, duplicate_of, duplicate_kind)), 0) from curated.articles",
        "select count(*), coalesce(bit_xor(hash(article_id, caption_text)), 0) from quality.article_captions",
        "select count(*), coalesce(bit_xor(hash(article_id, model, analyzed_at, analysis)), 0) "
        "from ops.article_analyses",
    ),
}


def stage_key(*settings: object) -> str:
    """The settings a stage's output depends on besides its inputs (e.g. the model, the error-share gate)."""
    return "|".join(str(x) for x in settings)


@lru_cache(maxsize=1)
def _code_hash() -> str:
    digest = hashlib.sha256()
    for folder in CODE_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _fingerprint(con, stage: str, key: str) -> str:
    parts = [stage, key, _code_hash()]
    for sql in INPUT_SQL[stage]:
        parts.append(repr(con.execute(sql).fetchall()))
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()


def stage_inputs_unchanged(warehouse: str, stage: str, key: str = "") -> bool:
    """True when ``stage``'s inputs are those of its last publish (``key``: e.g. the model). A plain call, not a
    task (a question the flow asks; the skip shows in the run's stages and its carried-over checks)."""
    with db.connect(warehouse) as con:
        rows = con.execute("select fingerprint from ops.stage_inputs where stage = ?", [stage]).fetchall()
        return bool(rows) and rows[0][0] == _fingerprint(con, stage, key)


@task(retries=2, retry_delay_seconds=1)
def record_stage_inputs(warehouse: str, run_id: str, stage: str, key: str = "") -> str:
    """After a successful publish: remember what ``stage``'s output was computed from."""
    with db.connect(warehouse) as con, db.transaction(con):
        fingerprint = _fingerprint(con, stage, key)
        con.execute("delete from ops.stage_inputs where stage = ?", [stage])
        con.execute("insert into ops.stage_inputs values (?, ?, ?, ?)", [stage, fingerprint, run_id, db.now()])
    return fingerprint


@task
def carry_over_checks(warehouse: str, run_id: str, stage: str) -> int:
    """A skipped stage: copy the check results of the run that published its rows to this run."""
    with db.connect(warehouse) as con, db.transaction(con):
        cols = [c for c in db.columns(con, "quality", "check_results") if c not in ("run_id", "checked_at")]
        listed = ", ".join(f'"{c}"' for c in cols)
        con.execute(
            f"insert into quality.check_results (run_id, checked_at, {listed}) select ?, ?, {listed} "
            "from quality.check_results where stage = ? and run_id = "
            "(select run_id from ops.stage_inputs where stage = ?) "
            "and not exists (select 1 from quality.check_results c where c.run_id = ? and c.stage = ?)",
            [run_id, db.now(), stage, stage, run_id, stage],
        )
        (n,) = con.execute(
            "select count(*) from quality.check_results where run_id = ? and stage = ?", [run_id, stage]
        ).fetchall()[0]
    return n
