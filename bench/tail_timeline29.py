"""The serial tail of a `sitrep run` on a timeline: what the run's own process (and Prefect's temporary server)
spend in CPU seconds after its NLP workers last parsed, i.e. while no worker has work.

Runs the command and samples its process tree every 50 ms (psutil): each process's CPU seconds (user + system),
by role (``run``: the command's process; ``server``: Prefect's temporary server; ``workers``: NLP worker
processes and their fork server; ``other``). The moment the workers' summed CPU last grew is the end of the
parallel part; the CPU each role spent after it is the run's **serial tail** (on two idle cores, the wall seconds
after the last parse are at least the run's tail CPU). Also prints the run's stage timings
(``ops.pipeline_runs``) and, with ``--stacks``, where the run's process spends its tail: its threads' Python stacks
are sampled every 20 ms from inside it (the command must be ``... -m sitrep ...``: it runs through this file, which
starts the sampling thread, then ``sitrep.cli.main``), and the samples taken after the last parse are counted per
function (inclusive: a function counts once per sample it is on the stack of a thread running Python code) for
the code of this project. Read the CPU figures when other jobs load the machine (wall seconds are noise then).

usage: .venv/bin/python bench/tail_timeline29.py [--stacks] -- .venv/bin/python -m sitrep run --source DIR
       --warehouse W.duckdb --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import psutil
from bench_throughput import process_role


def sample(cmd: list[str], env: dict, interval: float = 0.05) -> tuple[list[tuple[float, dict]], int]:
    """(seconds since start, {role: CPU seconds so far}) every ``interval``; the command's return code."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    root = psutil.Process(proc.pid)
    roles: dict[int, str] = {}
    last: dict[int, float] = {}
    series = []
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            procs = []
        for p in procs:
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue
            if p.pid not in roles:
                roles[p.pid] = process_role(p, proc.pid)
            last[p.pid] = t.user + t.system
        by_role: dict[str, float] = {}
        for pid, cpu in last.items():
            by_role[roles[pid]] = by_role.get(roles[pid], 0.0) + cpu
        series.append((time.perf_counter() - start, by_role))
        time.sleep(interval)
    err = proc.communicate()[1]
    if proc.returncode:
        print(err[-3000:], file=sys.stderr)
    return series, proc.returncode


def tail(series: list[tuple[float, dict]]) -> dict:
    """CPU seconds by role after the workers' CPU last grew, and the wall seconds of that tail."""
    end = series[-1]
    grew = [
        i for i in range(1, len(series)) if series[i][1].get("workers", 0) > series[i - 1][1].get("workers", 0) + 1e-9
    ]
    cut = series[grew[-1]] if grew else series[0]
    roles = sorted(set(end[1]) | set(cut[1]))
    return {
        "wall_s": round(end[0], 2),
        "cpu_s": {r: round(end[1].get(r, 0.0), 2) for r in roles},
        "last_parse_at_s": round(cut[0], 2),
        "tail_wall_s": round(end[0] - cut[0], 2),
        "tail_cpu_s": {r: round(end[1].get(r, 0.0) - cut[1].get(r, 0.0), 2) for r in roles},
    }


def timeline(series: list[tuple[float, dict]], every: float) -> list[str]:
    """Each role's CPU seconds in consecutive windows of ``every`` wall seconds."""
    out, prev, edge = [], series[0], every
    for point in series[1:]:
        if point[0] >= edge or point is series[-1]:
            used = {r: point[1].get(r, 0.0) - prev[1].get(r, 0.0) for r in ("run", "server", "workers")}
            out.append(f"{prev[0]:7.1f}-{point[0]:7.1f} s  " + "  ".join(f"{r} {v:5.2f}" for r, v in used.items()))
            prev, edge = point, point[0] + every
    return out


#: frames of this project's code (the rest is libraries)
_OURS = ("/sitrep/", "/tasks/", "/flows/", "/expectations/", "/warehouse/")


def _inner() -> None:
    """In the run's process: sample every thread's stack every 20 ms (epoch seconds, thread name, frames), run
    ``sitrep.cli.main`` with the rest of the arguments, write the samples to ``SITREP_STACKS`` as JSON lines."""
    import threading

    samples: list = []
    stop = threading.Event()

    def sampler() -> None:
        me = threading.get_ident()
        names = {}
        while not stop.wait(0.02):
            now = time.time()
            for ident, frame in sys._current_frames().items():
                if ident == me:
                    continue
                if ident not in names:
                    names[ident] = next((t.name for t in threading.enumerate() if t.ident == ident), str(ident))
                stack = []
                while frame is not None:
                    stack.append(f"{frame.f_code.co_filename}:{frame.f_code.co_name}")
                    frame = frame.f_back
                samples.append((now, names[ident], stack))

    threading.Thread(target=sampler, name="tail-stack-sampler", daemon=True).start()
    sys.argv = ["sitrep", *sys.argv[2:]]
    sys.path.insert(0, os.getcwd())  # the code of the checkout the command runs from, as ``-m sitrep`` would
    from sitrep import heap
    from sitrep.cli import main

    code = main()
    stop.set()
    with open(os.environ["SITREP_STACKS"], "w", encoding="utf-8") as fh:
        for sample_ in samples:
            fh.write(json.dumps(sample_) + "\n")
    heap.exit_process(code)


#: leaf frames where a thread waits (not CPU)
_WAITS = ("wait", "acquire", "select", "poll", "sleep", "_recv", "recv_bytes", "result", "join", "_worker")


def stacks_after(path: str, since: float, top: int = 40) -> dict:
    """Samples after epoch ``since``, per thread and per function of this project (inclusive counts, samples whose
    innermost frame is a wait left out), and the innermost library frames of the rest."""
    per_fn: dict[str, int] = {}
    leaves: dict[str, int] = {}
    threads: dict[str, int] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            when, thread, stack = json.loads(line)
            if when < since or not stack or stack[0].rsplit(":", 1)[1] in _WAITS:
                continue
            threads[thread] = threads.get(thread, 0) + 1
            leaves[stack[0]] = leaves.get(stack[0], 0) + 1
            for fn in {f for f in stack if any(o in f for o in _OURS) and "site-packages" not in f}:
                short = fn.split("/work/", 1)[-1].split("/tmp/", 1)[-1]
                per_fn[short] = per_fn.get(short, 0) + 1
    order = sorted(per_fn.items(), key=lambda kv: -kv[1])[:top]
    return {
        "samples_by_thread": threads,
        "ours_inclusive": order,
        "leaves": sorted(leaves.items(), key=lambda kv: -kv[1])[:15],
    }


def main() -> None:
    if sys.argv[1:2] == ["--inner"]:
        _inner()
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stacks", action="store_true", help="also sample the run's own stacks (a -m sitrep command)")
    ap.add_argument("--every", type=float, help="also print each role's CPU seconds per this many wall seconds")
    ap.add_argument("cmd", nargs=argparse.REMAINDER, help="the command, after --")
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    if not cmd:
        ap.error("give the command to measure after --")
    env = dict(os.environ)
    stack_file = None
    if args.stacks:
        if cmd[1:3] != ["-m", "sitrep"]:
            ap.error("--stacks needs a command PYTHON -m sitrep ...")
        fd, stack_file = tempfile.mkstemp(prefix="tail-stacks-", suffix=".jsonl")
        os.close(fd)
        env["SITREP_STACKS"] = stack_file
        cmd = [cmd[0], str(Path(__file__).resolve()), "--inner", *cmd[3:]]
    began = time.time()
    series, code = sample(cmd, env)
    out = tail(series)
    out["load_avg_1m"] = round(os.getloadavg()[0], 1)
    if "--warehouse" in cmd and code == 0:
        con = duckdb.connect(cmd[cmd.index("--warehouse") + 1], read_only=True)
        (timings,) = con.execute(
            "select stage_timings from ops.pipeline_runs order by started_at desc limit 1"
        ).fetchone()
        con.close()
        out["stages"] = json.loads(timings)
    print(json.dumps(out))
    if args.every:
        for line in timeline(series, args.every):
            print(line)
    if stack_file and code == 0:
        after = stacks_after(stack_file, began + out["last_parse_at_s"])
        print("samples by thread:", after["samples_by_thread"])
        for title in ("ours_inclusive", "leaves"):
            print(title)
            for fn, n in after[title]:
                print(f"  {n:5d}  {fn}")
        os.unlink(stack_file)
    sys.exit(code)


if __name__ == "__main__":
    main()
