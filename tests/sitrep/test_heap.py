"""sitrep.heap: objects loaded for a process's life are left out of the collector's scans."""

from __future__ import annotations

import gc

from sitrep import heap


def test_freeze_loaded_moves_tracked_objects_out_of_later_collections() -> None:
    kept = [{"loaded": i} for i in range(1000)]
    before = gc.get_freeze_count()
    heap.freeze_loaded()
    try:
        assert gc.get_freeze_count() >= before + len(kept)
        cycle: list = []
        cycle.append(cycle)  # made after the freeze: still collected
        del cycle
        assert gc.collect() >= 1
    finally:
        gc.unfreeze()


EXIT = """
import atexit, sys, threading, time
from sitrep import heap
atexit.register(lambda: print("exit function ran"))
if sys.argv[1] == "thread":
    done = []
    threading.Thread(target=lambda: (time.sleep(0.3), done.append(1), print("thread done"))).start()
print("buffered line", end="")
heap.exit_process(int(sys.argv[2]) if sys.argv[2].isdigit() else sys.argv[2])
"""


def _exit(tmp_path, *args: str):
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = tmp_path / "exit.py"
    script.write_text(EXIT)
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=120,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT)})  # fmt: skip


def test_exit_process_runs_exit_functions_flushes_and_keeps_the_code(tmp_path) -> None:
    proc = _exit(tmp_path, "-", "3")
    assert proc.returncode == 3
    assert proc.stdout == "buffered lineexit function ran\n"  # piped (block-buffered) output is not lost


def test_exit_process_waits_for_a_running_thread_as_the_interpreter_does(tmp_path) -> None:
    proc = _exit(tmp_path, "thread", "0")
    assert proc.returncode == 0
    assert "thread done" in proc.stdout and "exit function ran" in proc.stdout


def test_exit_process_with_a_message_exits_as_systemexit_does(tmp_path) -> None:
    proc = _exit(tmp_path, "-", "stopped")
    assert proc.returncode == 1 and "stopped" in proc.stderr
