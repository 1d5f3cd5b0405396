"""What the analyst commands share: the read-only warehouse, usage errors, accent folding."""

from __future__ import annotations

import unicodedata

ANALYST_SCHEMA = "analyst"


def usage_error(message: str) -> Exception:
    """The command line's usage error (printed without a traceback, exit code 2)."""
    from sitrep.cli import UsageError

    return UsageError(message)


def open_warehouse(warehouse: str | None, *, wait: float | None = None, need_analyst: bool = True):
    """A read-only connection (waiting up to ``wait`` s while a run writes); a warehouse made before the analyst
    views gets a clear message."""
    from sitrep.config import Settings
    from warehouse.db import WarehouseError, connect

    path = Settings.from_env(warehouse=warehouse).warehouse
    try:
        con = connect(path, read_only=True, wait=wait)
    except WarehouseError as exc:
        raise usage_error(str(exc)) from exc
    if need_analyst:
        found = con.execute(
            "select count(*) from information_schema.tables where table_schema = ?", [ANALYST_SCHEMA]
        ).fetchall()[0][0]
        if not found:
            con.close()
            raise usage_error(
                f"{path} has no analyst views yet (it was made by an older sitrep): run `sitrep run --warehouse "
                f"{path}` once to upgrade it"
            )
    return con


def fold(text: str) -> str:
    """Lower case without accents ("Díaz-Canel" -> "diaz-canel"), the way the analyst views fold names."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``fold(text)`` and, for each folded character, the offset of the original character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where
