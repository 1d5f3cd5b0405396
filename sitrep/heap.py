"""The garbage collector in the long-lived processes of a run: what stays loaded is taken out of its scans.

Python's cyclic garbage collector walks every tracked object of a generation on each collection, and a full
collection walks them all: in a ``sitrep run`` process that means the 2,000+ modules of Prefect, GX, pandas, polars
and spaCy (their classes, functions and pydantic models) on every one of its ≈ 10 full collections, and once more
as the interpreter exits. Measured on 400 articles, 2 workers: ≈ 2.0 of the run process's ≈ 12 CPU s went to the
collector, and its final collections at exit ≈ 1 CPU s more, after the last stage, when nothing else runs.

``freeze_loaded()`` moves every object tracked so far to the permanent generation (``gc.freeze``): called once a
process has imported and built what it keeps for its whole life (the flow's libraries, GX's context, the spaCy
model in the NLP workers' fork server, whose forked workers then also leave those pages unwritten), later
collections only walk what came after; called as the process ends, its objects are freed by the operating
system, not walked once more. ``collect_less()`` raises the collection thresholds (``THRESHOLDS``) in the run's
process, the NLP workers' fork server (so its workers) and Prefect's temporary server. Nothing else changes:
reference counting frees objects as before, and the collector still collects every cycle made after a freeze.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading
from typing import NoReturn

#: collection thresholds of a run's long-lived processes (Python's default is (700, 10, 10)): a young generation
#: of 50,000 objects, and a full collection only after 100 collections of the middle one. Once the loaded
#: libraries are frozen, Python's own rule (a full collection when the objects that survived since the last one
#: pass a quarter of the long-lived ones) fires far more often, the long-lived ones now being few
THRESHOLDS = (50_000, 20, 100)


def collect_less() -> None:
    """Set ``THRESHOLDS`` in this process (and the processes it forks from now on)."""
    gc.set_threshold(*THRESHOLDS)


def freeze_loaded() -> None:
    """Leave every object tracked so far out of later collections: what a process keeps loaded to its end, or,
    at its very end, everything (the operating system frees it)."""
    gc.freeze()


def exit_process(code: object) -> NoReturn:
    """End this process with ``code`` as ``raise SystemExit(code)`` does (the exit functions run, the standard
    streams flushed), but without the interpreter's teardown: it frees the objects of every loaded module one by
    one (Prefect, GX, pandas, polars, the gazetteers: ≈ 0.1-0.3 s of one core at a run's end, when nothing else
    runs), which the operating system frees at once. The usual exit when a thread it would wait for still runs,
    or the code is no exit status."""
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    if not isinstance(code, int) or any(t.is_alive() for t in others):
        raise SystemExit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)
