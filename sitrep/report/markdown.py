"""The run report and the check history as markdown (`sitrep report` and the Prefect UI artifacts).

Article text is untrusted: every value that may come from an article goes through ``md_text``, which
HTML-escapes it and escapes markdown's own syntax, so a title like ``<script>…</script>`` shows as text.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

MAX_EXAMPLES = 3
#: columns worth showing in an example row, besides the check's own columns
_EXAMPLE_KEYS = ("article_id", "event_id", "entity_id", "quote_id", "story_id", "title", "canonical_name")
# markdown syntax a value could trigger: emphasis, code, links, table cells, headings/lists at a line start
# (values are one line, never at a line start), and an underscore unless inside a word (snake_case stays)
_MD_SPECIAL = re.compile(r"([\\`*\[\]|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
OUTCOME_MARK = {True: "ok", False: "FAIL", None: "·"}


def md_text(value: object, limit: int = 160) -> str:
    """A value as inert markdown text: HTML-escaped, markdown punctuation escaped, one line, cut to ``limit``."""
    text = " ".join(("" if value is None else str(value)).split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=True))


def md_code(value: object) -> str:
    """A value for inside a markdown code span (shown literally): backticks and line breaks removed."""
    return " ".join(str(value).replace("`", "'").split())


def number(value: object) -> str:
    """A metric value: whole numbers without decimals, others to three places."""
    if isinstance(value, int | float):
        return f"{value:.0f}" if float(value).is_integer() else f"{value:.3f}"
    return md_text(value)


def _duration(run: dict) -> str:
    start, end = run.get("started_at"), run.get("finished_at")
    if isinstance(start, datetime) and isinstance(end, datetime):
        return f"{(end - start).total_seconds():.1f} s"
    return "n/a"


def example_fields(check: dict, example: dict) -> list[str]:
    kwargs = (check.get("details") or {}).get("kwargs") or {}
    wanted = [kwargs.get(k) for k in ("column", "column_A", "column_B")] + list(kwargs.get("column_list") or [])
    if any(str(w).startswith("_body") for w in wanted if w):
        wanted.append("_body_span")
    fields = [k for k in _EXAMPLE_KEYS if k in example]
    for w in wanted:
        if w and w in example and w not in fields:
            fields.append(w)
    return fields or list(example)[:4]


def _examples(check: dict) -> list[str]:
    examples = (check.get("details") or {}).get("examples") or []
    lines = []
    for ex in examples[:MAX_EXAMPLES]:
        fields = example_fields(check, ex)
        lines.append("  - " + "; ".join(f"{md_text(k)} = {md_text(ex.get(k))}" for k in fields))
    if not examples and (check.get("details") or {}).get("partial_unexpected_list"):
        values = check["details"]["partial_unexpected_list"][:MAX_EXAMPLES]
        lines.append("  - values: " + ", ".join(md_text(v) for v in values))
    return lines


def _check_section(title: str, checks: list[dict], empty: str) -> list[str]:
    lines = ["", f"## {title}", ""]
    if not checks:
        return lines + [empty]
    for c in checks:
        lines.append(
            f"- `{c['check']}` on {md_text(c['stage'])}.{md_text(c['table'])}: **{c['unexpected'] or 0}** rows"
        )
        lines += _examples(c)
    return lines


def _timings(run: dict) -> list[str]:
    """Wall-clock seconds per stage (ops.pipeline_runs.stage_timings: ``{stage: {"seconds": s}}``)."""
    timings = run.get("stage_timings")
    if not isinstance(timings, dict) or not timings:
        return []
    parts = []
    for stage, value in timings.items():
        seconds = value.get("seconds") if isinstance(value, dict) else value
        parts.append(f"{md_text(stage)} {seconds:.1f} s" if isinstance(seconds, int | float) else md_text(stage))
    return ["- timings: " + ", ".join(parts)]


def report_markdown(report: dict) -> str:
    """The run report: status and timings, rows per stage, failed checks with examples, warnings, drift."""
    run = report["run"]
    if run is None:
        return "# sitrep data-quality report\n\nNo run recorded yet: run `sitrep run` first.\n"
    checks = report["checks"]
    drift = [c for c in checks if c["stage"] == "drift"]
    table_checks = [c for c in checks if c["stage"] != "drift"]
    errors = [c for c in table_checks if not c["success"] and c["severity"] != "warn"]
    warnings = [c for c in table_checks if not c["success"] and c["severity"] == "warn"]
    drifted = [c for c in drift if not c["success"]]
    counts = run.get("counts") or {}
    lines = [
        f"# sitrep data-quality report — run `{md_code(run['run_id'])}`",
        "",
        f"- status: **{md_text(run['status'])}**; started {run['started_at']}, finished {run['finished_at']} "
        f"({_duration(run)})",
        f"- checks: {len(table_checks)} run, **{len(errors)} failed** (error), **{len(warnings)} warnings**, "
        f"**{len(drifted)} drift warnings**; quarantined records: **{len(report['quarantine'])}**",
        *_timings(run),
    ]
    if counts.get("error"):
        lines.append(f"- error: {md_text(counts['error'], limit=600)}")
    summary = [f"{md_text(k)}={md_text(v)}" for k, v in counts.items() if not isinstance(v, dict | list | type(None))]
    summary = [s for s in summary if not s.startswith("error=")]
    if summary:
        lines.append("- counts: " + ", ".join(summary))
    lines += ["", "## Rows per stage", ""]
    if report.get("volumes"):
        lines += ["| stage | table | rows in | rows out | quarantined | error share |", "|---|---|---|---|---|---|"]
        for v in report["volumes"]:
            share = f"{(v['error_share'] or 0):.1%}"
            lines.append(
                f"| {md_text(v['stage'])} | {md_text(v['table'])} | {v['rows_in']} | {v['rows_out']} | "
                f"{v['quarantined']} | {share} |"
            )
    else:
        lines.append("No table was validated in this run.")
    lines += ["", "## Checks by stage and table", ""]
    lines += ["| stage | table | checks | failed | warnings | unexpected rows |", "|---|---|---|---|---|---|"]
    grouped: dict[tuple[str, str], list[dict]] = {}
    for c in table_checks:
        grouped.setdefault((c["stage"], c["table"]), []).append(c)
    for (stage, table), group in grouped.items():
        bad = sum(not c["success"] and c["severity"] != "warn" for c in group)
        warned = sum(not c["success"] and c["severity"] == "warn" for c in group)
        unexpected = sum(c["unexpected"] or 0 for c in group)
        lines.append(f"| {md_text(stage)} | {md_text(table)} | {len(group)} | {bad} | {warned} | {unexpected} |")
    lines += _check_section("Failed checks (error: rows quarantined)", errors, "No error check failed.")
    lines += _check_section("Warnings (recorded, nothing blocked)", warnings, "No warning.")
    lines += ["", "## Drift against earlier runs of the same sources", ""]
    if drift:
        lines += ["| metric | this run | baseline | runs | |", "|---|---|---|---|---|"]
        for c in drift:
            d = c.get("details") or {}
            flag = "ok" if c["success"] else "**WARN**"
            lines.append(
                f"| {md_text(c['check'].removeprefix('drift:'))} | {number(d.get('current'))} | "
                f"{number(d.get('baseline'))} | {md_text(d.get('runs'))} | {flag} |"
            )
        lines += [f"- {md_text((c.get('details') or {}).get('message'), limit=300)}" for c in drifted]
    else:
        lines.append("No earlier completed run of the same sources to compare with.")
    lines += ["", "## Quarantine", ""]
    if report["quarantine"]:
        lines += ["| stage | record | reason |", "|---|---|---|"]
        for q in report["quarantine"]:
            lines.append(f"| {md_text(q['stage'])} | {md_text(q['record_key'])} | {md_text(q['reason'], 300)} |")
    else:
        lines.append("Nothing was quarantined in this run.")
    return "\n".join(lines) + "\n"


def history_markdown(history: dict) -> str:
    """Per check its outcome in each of the last runs (oldest left): ``ok``, ``FAIL`` or ``·`` (not run)."""
    runs = list(reversed(history["runs"]))
    if not runs:
        return "# sitrep check history\n\nNo run recorded yet: run `sitrep run` first.\n"
    lines = [
        f"# sitrep check history — last {len(runs)} run{'s' if len(runs) != 1 else ''} (oldest first)",
        "",
        "| # | run | started | status |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {i} | `{md_code(r['run_id'])}` | {r['started_at']} | {md_text(r['status'])} |"
        for i, r in enumerate(runs, 1)
    ]
    header = " | ".join(str(i) for i in range(1, len(runs) + 1))
    lines += [
        "",
        f"| stage | table | check | severity | {header} | failed |",
        "|---|---|---|---|" + "---|" * len(runs) + "---|",
    ]
    for c in history["checks"]:
        marks = []
        failures = 0
        for r in runs:
            outcome = c["outcomes"].get(r["run_id"])
            success = None if outcome is None else bool(outcome["success"])
            failures += success is False
            marks.append(OUTCOME_MARK[success])
        lines.append(
            f"| {md_text(c['stage'])} | {md_text(c['table'])} | `{c['check']}` | {md_text(c['severity'])} | "
            + " | ".join(marks)
            + f" | {failures} |"
        )
    return "\n".join(lines) + "\n"
