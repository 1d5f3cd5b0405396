"""The ``sitrep`` command line: run, query, report, serve.

``query`` and ``report`` import neither Prefect, spaCy nor GX, so they start fast.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sitrep import commands
from sitrep.config import DEFAULT_SOURCE, STAGES, Settings
from sitrep.report import SUMMARY_KEYS

READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE", "SUMMARIZE"}


class UsageError(Exception):
    """A problem the user can fix; printed without a traceback, exit code 2."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sitrep", description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    wh_help = "warehouse file (default: $SITREP_WAREHOUSE or warehouse/sitrep.duckdb)"
    wait_help = "while a run is writing, wait this long for the warehouse (default: $SITREP_LOCK_WAIT or 120)"

    run = sub.add_parser("run", help="run the pipeline (ingest -> dedup -> extract) on files or folders")
    run.add_argument(
        "--source",
        action="append",
        dest="sources",
        metavar="PATH",
        help=f"file or folder to ingest; repeatable (default: {DEFAULT_SOURCE}/)",
    )
    run.add_argument("--warehouse", help=wh_help)
    run.add_argument("--until", choices=STAGES, default=None, help="stop after this stage")
    run.add_argument("--model", dest="spacy_model", help="spaCy pipeline package (default: $SITREP_SPACY_MODEL)")
    run.add_argument(
        "--prune", action="store_true", help="remove the articles of files under --source that no longer exist"
    )
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's task-by-task log")
    run.add_argument(
        "--workers", type=int, help="NLP worker processes (default: $SITREP_WORKERS or the machine's cores)"
    )
    run.add_argument("--runner", choices=("local", "dask"), default="local", help="task runner (default: local)")
    run.add_argument("--dask-address", metavar="ADDR", help="with --runner dask: an existing scheduler (tcp://...)")

    q = sub.add_parser("query", help="read-only SQL on the warehouse")
    q.add_argument("sql")
    q.add_argument("--warehouse", help=wh_help)
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--wait", type=float, metavar="SECONDS", help=wait_help)

    r = sub.add_parser("report", help="the latest run's data-quality report")
    r.add_argument("--warehouse", help=wh_help)
    r.add_argument("--run-id", help="a specific run instead of the latest")
    r.add_argument("--format", choices=("markdown", "json"), default="markdown")
    r.add_argument("--wait", type=float, metavar="SECONDS", help=wait_help)

    runs = sub.add_parser("runs", help="recent runs: status, parameters, per-stage counts and timings, lineage")
    runs.add_argument("--warehouse", help=wh_help)
    runs.add_argument("--limit", type=int, default=10, help="how many runs (default 10)")
    runs.add_argument("--format", choices=("text", "json"), default="text")
    runs.add_argument("--wait", type=float, metavar="SECONDS", help=wait_help)

    s = sub.add_parser("serve", help="serve the scheduled Prefect deployments (needs `prefect server start`)")
    s.add_argument("--warehouse", help=wh_help)
    s.add_argument("--watch", action="append", metavar="PATH", help="folder to ingest on schedule (repeatable)")
    s.add_argument("--cron", default="0 * * * *", help="schedule of the watched-folder run (default hourly)")
    commands.register(sub, wh_help)  # show, search, export (sitrep/commands/)
    return p


def cmd_run(args: argparse.Namespace) -> int:
    settings = Settings.from_env(
        sources=args.sources, warehouse=args.warehouse, until=args.until, spacy_model=args.spacy_model,
        workers=args.workers,
    )  # fmt: skip
    if args.dask_address and args.runner != "dask":
        raise UsageError("--dask-address needs --runner dask")
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from warehouse.db import WarehouseError, run_lock

    try:
        # taken before Prefect starts: a second run on the same warehouse stops here with one line
        with run_lock(settings.warehouse):
            from flows.pipeline import pipeline

            flow = pipeline
            if args.runner == "dask":
                from flows.runners import dask_task_runner

                flow = pipeline.with_options(task_runner=dask_task_runner(args.dask_address, settings.workers))
            try:
                result = flow(
                    sources=list(settings.sources),
                    warehouse=settings.warehouse,
                    until=settings.until,
                    spacy_model=settings.spacy_model,
                    workers=settings.workers,
                    runner=args.runner,
                    prune=args.prune,
                )
            except WarehouseError:
                raise
            except Exception as exc:  # the run itself failed: say so briefly; the run's record has the details
                print(f"sitrep run: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                print(
                    "  (ops.pipeline_runs has it as status 'failed'; `sitrep run -v` shows the task log)",
                    file=sys.stderr,
                )
                return 1
    except WarehouseError as exc:
        raise UsageError(str(exc)) from exc
    print(format_summary(result, settings))
    return 0


def format_summary(result: dict, settings: Settings) -> str:
    lines = [f"sitrep run {result.get('run_id')} -> {settings.warehouse} (until {settings.until})"]
    lines.append("  " + "  ".join(f"{k}={result.get(k, 0)}" for k in SUMMARY_KEYS))
    ingest = (result.get("stages") or {}).get("ingest") or {}
    if ingest:
        lines.append(
            f"  this run: {ingest.get('documents', 0)} new documents, {ingest.get('unchanged', 0)} unchanged, "
            f"{ingest.get('rejected', 0)} rejected at read"
        )
    if result.get("quarantined") or result.get("checks_failed"):
        lines.append("  see `sitrep report` for quarantined records and failed checks")
    return "\n".join(lines)


def _open_read_only(warehouse: str | None, wait: float | None = None):
    """A read-only connection; while a run is publishing it waits (``--wait``), then exits 2 saying so."""
    from warehouse.db import WarehouseError, connect

    path = Settings.from_env(warehouse=warehouse).warehouse
    try:
        return connect(path, read_only=True, wait=wait)
    except WarehouseError as exc:
        raise UsageError(str(exc)) from exc


def check_read_only(sql: str) -> None:
    """Refuse anything but reads, before it reaches the database."""
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"could not parse the SQL: {exc}") from exc
    for st in statements:
        kind = st.type.name
        if kind not in READ_ONLY_STATEMENTS:
            raise UsageError(
                f"sitrep query is read-only: a {kind} statement is refused. Change the warehouse only through "
                "`sitrep run`; for ad-hoc writes open a copy of the file with duckdb yourself."
            )


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    check_read_only(args.sql)
    con = _open_read_only(args.warehouse, args.wait)
    try:
        cur = con.execute(args.sql)
        columns = [d[0] for d in cur.description or []]
        rows = cur.fetchall()
    except duckdb.Error as exc:
        if "read-only" in str(exc).lower():
            raise UsageError(f"sitrep query is read-only: {exc}") from exc
        raise UsageError(f"query failed: {exc}") from exc
    finally:
        con.close()
    write_rows(columns, rows, args.format, sys.stdout)
    return 0


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out) -> None:
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(columns)
        w.writerows(rows)
    elif fmt == "json":
        json.dump([dict(zip(columns, r, strict=True)) for r in rows], out, default=str, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        cells = [[("" if v is None else str(v)).replace("\n", " ") for v in r] for r in rows]
        widths = [min(60, max([len(c)] + [len(r[i]) for r in cells])) for i, c in enumerate(columns)]
        fmt_row = lambda vals: " | ".join(v[:60].ljust(w) for v, w in zip(vals, widths, strict=True))  # noqa: E731
        out.write(fmt_row(columns) + "\n" + "-+-".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write(fmt_row(r) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def cmd_report(args: argparse.Namespace) -> int:
    from sitrep.report import run_report, to_markdown

    con = _open_read_only(args.warehouse, args.wait)
    try:
        report = run_report(con, args.run_id)
    finally:
        con.close()
    if args.format == "json":
        print(json.dumps(report, default=str, indent=1, ensure_ascii=False))
    else:
        print(to_markdown(report), end="")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    from sitrep.report.runs import recent_runs, to_json, to_text

    con = _open_read_only(args.warehouse, args.wait)
    try:
        runs = recent_runs(con, args.limit)
    finally:
        con.close()
    sys.stdout.write(to_json(runs) if args.format == "json" else to_text(runs))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from flows.deployments import serve_deployments

    settings = Settings.from_env(warehouse=args.warehouse)
    # scheduled runs start from the serving process: give them absolute paths
    watch = [str(Path(p).resolve()) for p in (args.watch or [DEFAULT_SOURCE])]
    serve_deployments(warehouse=str(Path(settings.warehouse).resolve()), watch=watch, cron=args.cron)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"run": cmd_run, "query": cmd_query, "report": cmd_report, "runs": cmd_runs, "serve": cmd_serve}
    handler = {**handlers, **commands.HANDLERS}[args.command]
    try:
        return handler(args)
    except UsageError as exc:
        print(f"sitrep {args.command}: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"sitrep {args.command}: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `sitrep query ... | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
