"""`sitrep report`: the run report, the check history (``--runs N``) or the HTML page (``--html PATH``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sitrep.report import check_history, run_report
from sitrep.report.markdown import history_markdown, report_markdown

if TYPE_CHECKING:
    import duckdb


def report_text(
    con: duckdb.DuckDBPyConnection,
    run_id: str | None = None,
    runs: int | None = None,
    html_path: str | None = None,
    fmt: str = "markdown",
) -> str:
    """What `sitrep report` prints (and, with ``html_path``, the page it writes)."""
    if runs is not None and runs < 1:
        raise ValueError(f"--runs must be at least 1, not {runs}")
    if html_path:
        from sitrep.report.html import write_html

        path = write_html(con, html_path, runs=runs or 10, run_id=run_id)
        return f"sitrep report: wrote {path} (open it in a browser; it needs no network)\n"
    if runs is not None:
        history = check_history(con, runs)
        if fmt == "json":
            return json.dumps(history, default=str, indent=1, ensure_ascii=False) + "\n"
        return history_markdown(history)
    report = run_report(con, run_id)
    if fmt == "json":
        return json.dumps(report, default=str, indent=1, ensure_ascii=False) + "\n"
    return report_markdown(report)
