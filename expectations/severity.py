"""Severity of an expectation, declared next to it in the suites and read back from its GX ``meta``.

- ``error``: the rows that fail it go to ``quality.quarantine`` and the rest of the table is written;
- ``warn``: the failure is recorded (``quality.check_results``, the report, the artifacts) and nothing is blocked.

An expectation without a declared severity is an ``error``: the contract is strict unless a suite says otherwise.
"""

from __future__ import annotations

from typing import Any

ERROR = "error"
WARN = "warn"
SEVERITIES = (ERROR, WARN)


def _with(severity: str, expectations: tuple[Any, ...]) -> list:
    for exp in expectations:
        exp.meta = {**(exp.meta or {}), "severity": severity}
    return list(expectations)


def warn(*expectations: Any) -> list:
    """Mark expectations as ``warn``: recorded, never blocking a row."""
    return _with(WARN, expectations)


def error(*expectations: Any) -> list:
    """Mark expectations as ``error`` explicitly (the default)."""
    return _with(ERROR, expectations)


def severity_of(config: Any) -> str:
    """The severity of an expectation or its configuration (``error`` unless declared otherwise)."""
    meta = getattr(config, "meta", None) or {}
    value = meta.get("severity", ERROR)
    if value not in SEVERITIES:
        raise ValueError(f"unknown severity {value!r}: use one of {', '.join(SEVERITIES)}")
    return value
