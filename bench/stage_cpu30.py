"""CPU seconds per stage of a `sitrep run`'s own (flow) process: the serial part of a run, which other jobs'
load changes much less than wall seconds.

Runs ``sitrep.cli.main`` in this process with the arguments after ``OUT``; each stage of ``ops.pipeline_runs``
(``lineage.StageClock``) also records the process's CPU seconds (all its threads, ``time.process_time``) and the
main thread's (``time.thread_time``: the flow and its tasks). Writes ``OUT.json`` (total CPU, wall seconds, per
stage [process, main thread]) and, unless ``PROFILE=0``, ``OUT.prof``: a cProfile of the main thread timed in its
CPU seconds (``pstats``; the workers' NLP is in other processes). The code measured is the checkout the command
runs from (its folder is put first on the path, and the NLP workers get that path too).

usage: cd CHECKOUT && PROFILE=0 .venv/bin/python bench/stage_cpu30.py OUT run --source DIR --warehouse W --workers 2
"""

from __future__ import annotations

import contextlib
import cProfile
import json
import os
import sys
import time


def run() -> None:
    sys.path.insert(0, os.getcwd())
    from sitrep import lineage

    stage_cpu: dict[str, tuple[float, float]] = {}
    clock = lineage.StageClock.__call__

    @contextlib.contextmanager
    def timed(self, stage: str):  # noqa: ANN001, ANN202 - StageClock.__call__ with CPU seconds
        process, thread = time.process_time(), time.thread_time()
        with clock(self, stage):
            yield
        stage_cpu[stage] = (round(time.process_time() - process, 2), round(time.thread_time() - thread, 2))

    lineage.StageClock.__call__ = timed
    from sitrep.cli import main

    out = sys.argv[1]
    sys.argv = ["sitrep", *sys.argv[2:]]
    cpu, wall = time.process_time(), time.perf_counter()
    prof = cProfile.Profile(time.thread_time) if os.environ.get("PROFILE", "1") == "1" else None
    if prof:
        prof.enable()
    code = main()
    if prof:
        prof.disable()
        prof.dump_stats(out + ".prof")
    res = {"total_cpu_s": round(time.process_time() - cpu, 2), "wall_s": round(time.perf_counter() - wall, 2),
           "stages_cpu_s": stage_cpu, "code": code}  # fmt: skip
    with open(out + ".json", "w", encoding="utf-8") as fh:
        json.dump(res, fh)
    print(json.dumps(res), flush=True)
    os._exit(code or 0)  # as `python -m sitrep` ends (no interpreter teardown)


if __name__ == "__main__":  # the NLP workers' fork server imports this file as its main module: no run there
    run()
