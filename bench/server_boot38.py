"""CPU seconds of a `sitrep run`'s temporary Prefect server, started as a run starts it (``sitrep.api_server``):
at boot (until ``/health`` answers), per wall second while idle afterwards, and, with ``--profile OUT``, a
cProfile of the boot in CPU time (the server's main thread; dumped on SIGUSR1 once it answers, so the profile
holds the boot and the first seconds of its periodic services, e.g. the event vacuum).

CPU seconds, not wall seconds: other jobs' load stretches the boot's wall time but changes its CPU little. The
idle rate matters because the server lives as long as the run: a run stretched by load pays it longer.

usage: .venv/bin/python bench/server_boot38.py [--idle 20] [--reps 1] [--profile OUT.prof]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep import api_server  # noqa: E402
from sitrep.config import quiet_environment  # noqa: E402

#: the server's main module with a CPU-time profiler around it, dumped to the file named on SIGUSR1
_PROFILED_MAIN = (
    "import cProfile, gc, runpy, signal, sys, time; gc.set_threshold{thresholds}; sys.argv[0] = 'uvicorn'\n"
    "p = cProfile.Profile(time.process_time)\n"
    "signal.signal(signal.SIGUSR1, lambda *a: (p.disable(), p.dump_stats({out!r})))\n"
    "p.enable()\n"
    "runpy.run_module('uvicorn', run_name='__main__', alter_sys=True)"
)


def _cpu(proc: psutil.Process) -> float:
    times = proc.cpu_times()
    return times.user + times.system


def _launch(profile: str | None) -> api_server.TemporaryServer:
    """The run's temporary server (``api_server.start``), or the same command under a profiler."""
    if profile is None:
        server = api_server.start()
        if server is None:
            raise SystemExit("PREFECT_API_URL is set: no temporary server to measure")
        return server
    main = _PROFILED_MAIN.format(thresholds=api_server.heap.THRESHOLDS, out=profile)
    original = api_server.SERVER_MAIN
    api_server.SERVER_MAIN = main  # the launch reads it: same arguments and environment as a run's server
    try:
        return api_server.TemporaryServer()
    finally:
        api_server.SERVER_MAIN = original


def measure(idle: float, profile: str | None) -> dict:
    start = time.perf_counter()
    server = _launch(profile)
    try:
        server.wait(600)
        proc = psutil.Process(server.proc.pid)
        boot_cpu, boot_wall = _cpu(proc), time.perf_counter() - start
        time.sleep(idle)
        idle_cpu = _cpu(proc) - boot_cpu
        if profile is not None:
            proc.send_signal(signal.SIGUSR1)
            deadline = time.monotonic() + 60
            while not Path(profile).exists() and time.monotonic() < deadline:
                time.sleep(0.2)
    finally:
        server.stop()
    return {
        "boot_cpu_s": round(boot_cpu, 2),
        "boot_wall_s": round(boot_wall, 2),
        "idle_cpu_s_per_s": round(idle_cpu / idle, 4) if idle else None,
        "profiled": profile is not None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--idle", type=float, default=20.0, help="seconds to stay idle after the boot")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--profile", help="write a cProfile of the (first) boot here")
    args = ap.parse_args()
    quiet_environment()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    for rep in range(args.reps):
        print(json.dumps(measure(args.idle, args.profile if rep == 0 else None)), flush=True)
    if args.profile:
        import pstats

        pstats.Stats(args.profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
