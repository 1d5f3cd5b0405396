"""The ``sitrep`` command line: run, query, report, serve.

``query`` and ``report`` import neither Prefect, spaCy nor GX, so they start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from sitrep import __version__, api_server, commands, heap
from sitrep.config import DEFAULT_SOURCE, STAGES, Settings, quiet_environment
from sitrep.report import SUMMARY_KEYS
from sitrep.usage import EXIT_FAILED, EXIT_USAGE, UsageError, check_run, has_input, hide_run_tracebacks

READ_ONLY_STATEMENTS = {"SELECT", "EXPLAIN", "PRAGMA", "SHOW", "DESCRIBE", "SUMMARIZE"}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sitrep", description=__doc__.splitlines()[0])
    p.add_argument("--version", action="version", version=f"sitrep {__version__}")
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
    run.add_argument(
        "--max-error-share",
        type=float,
        metavar="SHARE",
        help="stop the run when a stage's share of rows failing error checks passes this (0..1; default: "
        "$SITREP_MAX_ERROR_SHARE or 0.5)",
    )
    run.add_argument("-v", "--verbose", action="store_true", help="show Prefect's task log and any traceback")
    run.add_argument(
        "--workers", type=int, help="NLP worker processes (default: $SITREP_WORKERS or the machine's cores)"
    )
    run.add_argument("--runner", choices=("local", "dask"), default="local", help="task runner (default: local)")
    run.add_argument("--dask-address", metavar="ADDR", help="with --runner dask: an existing scheduler (tcp://...)")

    q = sub.add_parser("query", help="read-only SQL on the warehouse")
    q.add_argument("sql", help="one or more read-only statements (separated by ';'): each result is printed")
    q.add_argument("--warehouse", help=wh_help)
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--wait", type=float, metavar="SECONDS", help=wait_help)

    r = sub.add_parser("report", help="the latest run's data-quality report")
    r.add_argument("--warehouse", help=wh_help)
    r.add_argument("--run-id", help="a specific run instead of the latest")
    r.add_argument("--format", choices=("markdown", "json"), default="markdown")
    r.add_argument("--runs", type=int, metavar="N", help="each check's outcome over the last N runs (the trend)")
    r.add_argument("--html", metavar="PATH", help="write one self-contained HTML page: quality, history, plots")
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
    for command in (q, r, s):
        command.add_argument("-v", "--verbose", action="store_true", help="show the traceback of a failure")
    commands.register(sub, wh_help)  # show, search, export (sitrep/commands/)
    return p


def cmd_run(args: argparse.Namespace) -> int:
    settings = Settings.from_env(
        sources=args.sources, warehouse=args.warehouse, until=args.until, spacy_model=args.spacy_model,
        workers=args.workers, max_error_share=args.max_error_share,
    )  # fmt: skip
    if args.dask_address and args.runner != "dask":
        raise UsageError("--dask-address needs --runner dask")
    check_run(settings, sources_given=bool(args.sources or os.environ.get("SITREP_SOURCES")))
    if not args.prune and not has_input(settings.sources):
        print(f"sitrep run: no input files found in {', '.join(settings.sources)}; nothing written")
        return 0
    if not args.verbose:
        os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    quiet_environment()
    heap.collect_less()
    server = api_server.start()  # boots on another core while this process imports its libraries
    try:
        return _run_flow(args, settings, server)
    finally:
        if server is not None:
            server.stop()


def _run_flow(args: argparse.Namespace, settings: Settings, server: api_server.TemporaryServer | None) -> int:
    from warehouse.db import WarehouseError, run_lock

    try:
        # taken before Prefect starts: a second run on the same warehouse stops here with one line
        with run_lock(settings.warehouse), _early_nlp_workers(args, settings):
            from flows.pipeline import pipeline

            heap.freeze_loaded()  # Prefect, polars and the flow stay loaded: out of the collector's scans

            hide_run_tracebacks(not args.verbose)

            flow = pipeline
            if args.runner == "dask":
                from flows.runners import dask_task_runner

                flow = pipeline.with_options(task_runner=dask_task_runner(args.dask_address, settings.workers))
            try:
                with api_server.serving(server):
                    result = flow(
                        sources=list(settings.sources),
                        warehouse=settings.warehouse,
                        until=settings.until,
                        spacy_model=settings.spacy_model,
                        workers=settings.workers,
                        runner=args.runner,
                        prune=args.prune,
                        max_error_share=settings.max_error_share,
                    )
            except WarehouseError:
                raise
            except Exception as exc:  # the run itself failed: say so briefly; the run's record has the details
                if args.verbose:
                    raise
                print(
                    f"sitrep run: the run failed: {type(exc).__name__}: {one_line(exc)} "
                    "(recorded as 'failed' in ops.pipeline_runs; `sitrep run -v` shows the task log)",
                    file=sys.stderr,
                )
                return EXIT_FAILED
    except WarehouseError as exc:
        raise UsageError(str(exc)) from exc
    print(format_summary(result, settings))
    return 0


@contextlib.contextmanager
def _early_nlp_workers(args: argparse.Namespace, settings: Settings) -> Iterator[None]:
    """With plenty of new text to analyse locally, start the NLP worker processes now, before this process
    imports Prefect and GX, and hand them the articles of the first source files (read once: the flow's ingest
    stages what was read here): they parse while the flow starts, ingests, checks and deduplicates. The flow
    uses these workers (it starts its own otherwise); they are stopped when the block ends, however it ends."""
    from sitrep import sources as sources_ahead
    from sitrep.extract import parallel

    local = settings.until == "extract" and args.runner == "local"
    sources, batch = list(settings.sources), max(1, settings.nlp_batch_size)
    new_text = local and sources_ahead.new_source_bytes(settings.warehouse, sources) >= sources_ahead.EARLY_START_BYTES
    # two units a worker (processes pay); then the first files are read and their articles handed over
    if new_text and parallel.start_workers(settings.spacy_model, settings.workers, 2 * settings.workers * batch, batch):
        try:
            ahead = 4 * settings.workers * batch
            articles = sources_ahead.prefetch(settings.warehouse, sources, settings.max_file_bytes, ahead)
            parallel.begin_analysis(articles, settings.spacy_model, batch)
        except Exception:  # noqa: BLE001 - only a head start: the flow reads and hands over everything itself
            sources_ahead.drop_prefetched()
    try:
        yield
    finally:
        sources_ahead.drop_prefetched()
        parallel.stop_workers()


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


def check_read_only(sql: str) -> list:
    """Refuse anything but reads, before it reaches the database; returns the parsed statements."""
    import duckdb

    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UsageError(f"could not parse the SQL: {one_line(exc)}") from exc
    if not statements:
        raise UsageError("no SQL statement given (the text is empty or only comments)")
    for st in statements:
        kind = st.type.name
        if kind not in READ_ONLY_STATEMENTS:
            raise UsageError(
                f"sitrep query is read-only: a {kind} statement is refused. Change the warehouse only through "
                "`sitrep run`; for ad-hoc writes open a copy of the file with duckdb yourself."
            )
    return statements


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    statements = check_read_only(args.sql)
    con = _open_read_only(args.warehouse, args.wait)
    results = []
    try:
        for statement in statements:
            cur = con.execute(statement)
            results.append(([d[0] for d in cur.description or []], cur.fetchall()) if cur else ([], []))
    except duckdb.Error as exc:
        if "read-only" in str(exc).lower():
            raise UsageError(f"sitrep query is read-only: {one_line(exc)}") from exc
        raise UsageError(f"query failed: {one_line(exc)}") from exc
    finally:
        con.close()
    if args.format == "json" and len(results) > 1:  # one JSON document: a list of results, one per statement
        json.dump([[dict(zip(c, r, strict=True)) for r in rows] for c, rows in results], sys.stdout, default=str,
                  ensure_ascii=False, indent=1)  # fmt: skip
        sys.stdout.write("\n")
        return 0
    for n, (columns, rows) in enumerate(results):
        if n:
            sys.stdout.write("\n")
        write_rows(columns, rows, args.format, sys.stdout)
    return 0


def one_line(exc: BaseException) -> str:
    """An exception's message on one line (DuckDB errors carry a caret diagram on the following lines)."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


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
        fmt_row = lambda vals: " | ".join(_cut(v, w).ljust(w) for v, w in zip(vals, widths, strict=True))  # noqa: E731
        out.write(fmt_row(columns) + "\n" + "-+-".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write(fmt_row(r) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _cut(value: str, width: int) -> str:
    """A table cell cut to ``width`` characters, ending with "…" when something was cut."""
    return value if len(value) <= width else value[: width - 1] + "…"


def cmd_report(args: argparse.Namespace) -> int:
    import duckdb

    from sitrep.report.command import report_text

    con = _open_read_only(args.warehouse, args.wait)
    try:
        if (
            args.run_id
            and not con.execute("select count(*) from ops.pipeline_runs where run_id = ?", [args.run_id]).fetchall()[0][
                0
            ]
        ):
            raise UsageError(f"no run {args.run_id!r} in ops.pipeline_runs (`sitrep runs` lists them)")
        text = report_text(con, args.run_id, args.runs, args.html, args.format)
    except duckdb.Error as exc:  # e.g. a warehouse the first run is still creating
        raise UsageError(f"could not read the report: {one_line(exc)}") from exc
    finally:
        con.close()
    print(text, end="")
    return 0


def cmd_runs(args: argparse.Namespace) -> int:
    import duckdb

    from sitrep.report.runs import recent_runs, to_json, to_text

    con = _open_read_only(args.warehouse, args.wait)
    try:
        runs = recent_runs(con, args.limit)
    except duckdb.Error as exc:
        raise UsageError(f"could not read the runs: {exc}") from exc
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
    except (UsageError, ValueError) as exc:
        if getattr(args, "verbose", False):
            raise
        print(f"sitrep {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # `sitrep query ... | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"sitrep {args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # anything unexpected: one line; -v shows the traceback
        if getattr(args, "verbose", False):
            raise
        print(f"sitrep {args.command}: {type(exc).__name__}: {one_line(exc)} (-v shows the traceback)", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
