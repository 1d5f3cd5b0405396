"""Analyst commands: ``show`` (a record with its evidence), ``search`` (ranked full text), ``export`` (a table or
view to a file). Each lives in its own module and imports neither Prefect, spaCy nor GX, so they start fast.

``register`` adds their argument parsers to the ``sitrep`` command line; ``HANDLERS`` maps a command to the
function that runs it (each takes the parsed arguments and returns an exit code).
"""

from __future__ import annotations

import argparse

from sitrep.commands.export import FORMATS

WAIT_HELP = "while a run is writing, wait this long for the warehouse (default: $SITREP_LOCK_WAIT or 120)"


def register(sub: argparse._SubParsersAction, wh_help: str) -> None:
    """Add ``show``, ``search`` and ``export`` to the ``sitrep`` subcommands."""
    show = sub.add_parser("show", help="an event or an entity with its evidence sentences, titles, outlets, dates")
    show.add_argument("kind", choices=("event", "entity"))
    show.add_argument("key", metavar="ID_OR_NAME", help="event id (or a unique prefix); entity name, any alias, or id")
    show.add_argument("--warehouse", help=wh_help)
    show.add_argument("--limit", type=int, default=20, help="events and quotes shown per entity (default 20)")

    search = sub.add_parser("search", help="ranked full-text search over article titles and bodies")
    search.add_argument("text", help='words to find; "a quoted phrase" must appear as written')
    search.add_argument("--warehouse", help=wh_help)
    search.add_argument("--limit", type=int, default=10, help="hits to show (default 10)")
    search.add_argument("--format", choices=("text", "csv", "json"), default="text")

    export = sub.add_parser("export", help="write a table or view (e.g. analyst.events) to csv, parquet or json")
    export.add_argument("name", help="schema.name, or a name found in one schema (analyst first)")
    export.add_argument("--format", choices=FORMATS, default=None, help="default: from the --out extension")
    export.add_argument("--out", required=True, metavar="PATH", help="file to write (replaced if it exists)")
    export.add_argument("--warehouse", help=wh_help)
    for p in (show, search, export):
        p.add_argument("--wait", type=float, metavar="SECONDS", help=WAIT_HELP)


def run_show(args: argparse.Namespace) -> int:
    from sitrep.commands.show import main

    return main(args)


def run_search(args: argparse.Namespace) -> int:
    from sitrep.commands.search import main

    return main(args)


def run_export(args: argparse.Namespace) -> int:
    from sitrep.commands.export import main

    return main(args)


HANDLERS = {"show": run_show, "search": run_search, "export": run_export}
