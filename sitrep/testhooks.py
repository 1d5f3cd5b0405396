"""A test-only hook: make a run announce that it reached a phase, and wait there, so a test can kill it.

Set ``SITREP_TEST_PAUSE=<phase>:<marker file>`` (phases: ``nlp`` after a batch of analyses is saved, ``publish``
inside the extraction publish transaction). When the run reaches that phase it writes the marker file and
sleeps up to 60 s, so the crash-safety test can SIGKILL it at a known point. Unset (always, outside tests) it
costs one environment lookup and does nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

ENV = "SITREP_TEST_PAUSE"
PAUSE_SECONDS = 60


def pause_at(phase: str) -> None:
    spec = os.environ.get(ENV)
    if not spec:
        return
    wanted, _, marker = spec.partition(":")
    if wanted != phase or not marker:
        return
    Path(marker).write_text(f"{os.getpid()} {phase}\n", encoding="utf-8")
    time.sleep(PAUSE_SECONDS)
