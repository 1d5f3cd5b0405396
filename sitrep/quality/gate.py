"""The error-share gate: a stage whose share of quarantined rows passes the limit stops the run."""

from __future__ import annotations

#: default limit on the share of a staged table's rows that fail an ``error`` check (SITREP_MAX_ERROR_SHARE)
DEFAULT_MAX_ERROR_SHARE = 0.5
#: tables with fewer staged rows never trip the gate (one bad row of three is input to quarantine, not a trend)
GATE_MIN_ROWS = 10


class QualityGateError(RuntimeError):
    """A stage rejected too many rows: nothing downstream is published, the warehouse keeps its last good state."""


def error_share(rows_in: int, rows_out: int) -> float:
    """Share of staged rows that failed an ``error`` check (0 for an empty table)."""
    return 0.0 if rows_in <= 0 else (rows_in - rows_out) / rows_in


def check_error_share(
    stage: str, table: str, rows_in: int, rows_out: int, failed_checks: list[str], limit: float
) -> float:
    """Return the error share, or raise ``QualityGateError`` naming stage, table and checks when it passes ``limit``."""
    share = error_share(rows_in, rows_out)
    if share > limit and rows_in >= GATE_MIN_ROWS:
        checks = ", ".join(failed_checks) or "(none recorded)"
        raise QualityGateError(
            f"stage {stage!r}, table {table!r}: {rows_in - rows_out} of {rows_in} rows ({share:.0%}) failed error "
            f"checks, above the limit of {limit:.0%} (--max-error-share / SITREP_MAX_ERROR_SHARE); failed checks: "
            f"{checks}. Nothing downstream was published; see `sitrep report` and quality.quarantine."
        )
    return share
