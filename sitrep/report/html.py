"""`sitrep report --html PATH`: one self-contained page (no network) with the quality report and the plots.

The page is a Jinja2 template with autoescaping on: titles, names and sentences from articles are escaped
wherever they appear. The plots are plotly figures with plotly.js inlined once (``include_plotlyjs=True`` on
the first figure), so the file opens offline.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from sitrep.report import check_history, run_report
from sitrep.report.data_docs import templates
from sitrep.report.markdown import MAX_EXAMPLES, OUTCOME_MARK, example_fields

if TYPE_CHECKING:
    import duckdb

#: quarantined records listed in the page (the rest is in quality.quarantine)
MAX_QUARANTINE_ROWS = 200


def _examples(check: dict) -> list[list[tuple[str, str]]]:
    examples = (check.get("details") or {}).get("examples") or []
    return [[(k, ex.get(k)) for k in example_fields(check, ex)] for ex in examples[:MAX_EXAMPLES]]


def render_html(con: duckdb.DuckDBPyConnection, runs: int = 10, run_id: str | None = None) -> str:
    """The page as a string."""
    from sitrep.report.plots import actor_network_figure, timeline_figure

    report = run_report(con, run_id)
    history = check_history(con, runs)
    history_runs = list(reversed(history["runs"]))
    history_rows = [
        {
            **c,
            "marks": [
                OUTCOME_MARK[None if c["outcomes"].get(r["run_id"]) is None else
                             bool(c["outcomes"][r["run_id"]]["success"])]
                for r in history_runs
            ],
        }
        for c in history["checks"]
    ]  # fmt: skip
    checks = [c for c in report["checks"] if c["stage"] != "drift"]
    network = actor_network_figure(con).to_html(full_html=False, include_plotlyjs=True, div_id="actor-network")
    timeline = timeline_figure(con).to_html(full_html=False, include_plotlyjs=False, div_id="events-timeline")
    return (
        templates()
        .get_template("report.html.j2")
        .render(
            run=report["run"],
            counts={
                k: v for k, v in ((report["run"] or {}).get("counts") or {}).items() if not isinstance(v, dict | list)
            },
            volumes=report["volumes"],
            errors=[{**c, "examples": _examples(c)} for c in checks if not c["success"] and c["severity"] != "warn"],
            warnings=[{**c, "examples": _examples(c)} for c in checks if not c["success"] and c["severity"] == "warn"],
            drift=[c for c in report["checks"] if c["stage"] == "drift"],
            quarantine=report["quarantine"][:MAX_QUARANTINE_ROWS],
            quarantine_total=len(report["quarantine"]),
            history_runs=history_runs,
            history=history_rows,
            network=Markup(network),  # plotly's own output from escaped labels
            timeline=Markup(timeline),
        )
    )


def write_html(con: duckdb.DuckDBPyConnection, path: str | Path, runs: int = 10, run_id: str | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(con, runs, run_id), encoding="utf-8")
    return path
