"""How much of a command's CPU runs with only one of its processes wanting a core: the serial share of a
`sitrep run`, measured while other jobs load the machine (where wall seconds are noise).

Runs the command and samples its process tree every 50 ms from /proc (Linux): each process's CPU seconds and
whether any of its threads is runnable. CPU used while at most one process of the tree was runnable is serial;
the rest ran beside another process of the tree. On a quiet machine with ``--cores`` cores of its own, the run
would take at least ``serial + parallel / cores`` seconds (``quiet_wall_bound_s``): read it against bare spaCy's
CPU seconds (``bench_throughput.py`` reports them) for a ratio other jobs' load does not move much.

usage: .venv/bin/python bench/serial_share21.py [--cores 2] -- .venv/bin/python -m sitrep run --source DIR ...
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = collections.defaultdict(list)
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as fh:
                    fields = fh.read().rsplit(")", 1)[1].split()
                kids[int(fields[1])].append(int(entry))
            except (OSError, IndexError):
                pass
    return kids


def _tree(root: int) -> list[int]:
    kids, out, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += kids.get(pid, [])
    return out


def _cpu_and_runnable(pid: int) -> tuple[float, bool]:
    """CPU seconds (user + system) of a process, and whether one of its threads is runnable now."""
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    runnable = False
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/stat", encoding="ascii", errors="replace") as fh:
                if fh.read().rsplit(")", 1)[1].split()[0] == "R":
                    runnable = True
                    break
        except OSError:
            pass
    return (int(fields[11]) + int(fields[12])) / HZ, runnable


def measure(cmd: list[str], cores: int, interval: float = 0.05) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seen: dict[int, float] = {}
    by_runnable: collections.Counter = collections.Counter()
    while proc.poll() is None:
        now: dict[int, float] = {}
        runnable = 0
        for pid in _tree(proc.pid):
            try:
                now[pid], busy = _cpu_and_runnable(pid)
            except (OSError, IndexError):
                continue
            runnable += busy
        used = sum(cpu - seen.get(pid, 0.0) for pid, cpu in now.items())
        seen.update(now)
        by_runnable[min(runnable, cores + 1)] += used
        time.sleep(interval)
    err = proc.communicate()[1]
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    serial = by_runnable[0] + by_runnable[1]
    parallel = sum(v for k, v in by_runnable.items() if k > 1)
    return {
        "wall_s": round(time.perf_counter() - start, 2),
        "cpu_s": round(serial + parallel, 2),
        "serial_cpu_s": round(serial, 2),
        "parallel_cpu_s": round(parallel, 2),
        "quiet_wall_bound_s": round(serial + parallel / cores, 2),
        "cpu_s_by_runnable_processes": {k: round(v, 2) for k, v in sorted(by_runnable.items())},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("cmd", nargs=argparse.REMAINDER, help="the command, after --")
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("give the command to measure after --")
    print(json.dumps(measure(cmd, args.cores)))


if __name__ == "__main__":
    sys.exit(main())
