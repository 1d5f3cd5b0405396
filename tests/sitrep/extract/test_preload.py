"""The NLP workers' fork server ends at once when its last client does (``preload._end_at_once``)."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

END = """
import atexit
from sitrep.extract import preload
atexit.register(preload._end_at_once)
print("buffered", end="")
raise SystemExit(3)
"""


def test_the_fork_servers_end_flushes_its_output_and_skips_the_teardown() -> None:
    proc = subprocess.run([sys.executable, "-c", END], capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT)})  # fmt: skip
    assert proc.stdout == "buffered"  # nothing written on the way is lost
    assert proc.returncode == 0  # ended by the handler (os._exit), not by the interpreter's own exit
