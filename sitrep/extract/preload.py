"""Imported by the NLP workers' fork server (``parallel.Workers``) before it forks a worker: loads the spaCy
pipeline named in ``SITREP_PRELOAD_MODEL`` and warms the analysis once, so every worker forked from the server
starts with both ready (instead of each importing spaCy, loading the model and warming the extraction: ≈ 4 CPU s a
worker). A worker still runs its usual warm-up, which then finds everything loaded.

Never raises: the fork server imports this module at its start, and a failure here would stop it serving; a
worker forked from a server that could not preload simply loads everything itself, as a spawned one does.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys

#: the environment variable the fork server is started with (set only around its start, by ``parallel``)
MODEL_VAR = "SITREP_PRELOAD_MODEL"


def _end_at_once() -> None:
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(0)


def _preload() -> None:
    model = os.environ.pop(MODEL_VAR, "")
    if not model:
        return
    try:
        from sitrep import heap
        from sitrep.extract.parallel import warm_up

        heap.collect_less()  # in the server and the workers forked from it
        warm_up(model)
        # the finer town index (≈ 200k towns) is read at the first town tied to its country ('X, Florida'), which
        # the warm-up text has not: each worker loaded it for itself (≈ 0.35 CPU s); loaded once here, shared
        from sitrep.extract import gazetteer

        gazetteer._town_index()
        heap.freeze_loaded()  # the loaded model stays for the workers' lives: out of their collectors' scans
        # the server ends when its last client does: without freeing the model object by object first (≈ 0.3 s
        # after the run's own end, holding the run's output streams open); its forked workers never run it
        atexit.register(_end_at_once)
    except Exception:  # noqa: BLE001, S110 - only a head start (see the module's docstring)
        pass


_preload()
