"""What a `sitrep run` asks of Prefect's temporary API server, and what each kind of call costs in CPU seconds.

``--count PREFECT_DB``: the last flow run recorded in a Prefect home's database (``$PREFECT_HOME/prefect.db``):
its task runs by name, task-run states, logs, artifacts (by type) and the events stored since it started.

``--cost``: a temporary server as a run starts it (``sitrep.api_server``), a throw-away flow that makes ``--n``
task runs of a trivial task, then one that updates a progress artifact ``--n`` times; prints the server's and this
process's CPU seconds per call (an empty flow's, measured the same way, subtracted). The server's start-up (its
largest part: imports and the app's routes, ≈ 3 CPU s) is measured too, from its launch until it answers.

Read CPU seconds on a loaded machine (wall seconds are noise there).

usage: .venv/bin/python bench/api_calls35.py --count /tmp/prefect-home/prefect.db
       .venv/bin/python bench/api_calls35.py --cost [--n 30]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def count(db_path: str) -> dict:
    con = sqlite3.connect(db_path)
    (fid, started) = con.execute("select id, start_time from flow_run order by start_time desc limit 1").fetchone()

    def one(sql: str, *args: object) -> int:
        return con.execute(sql, args).fetchone()[0]

    runs = "select id from task_run where flow_run_id = ?"
    return {
        "task_runs": one("select count(*) from task_run where flow_run_id = ?", fid),
        "task_run_names": dict(
            con.execute(
                "select regexp_name, count(*) from (select case when instr(name, 'validate-') = 1 then name "
                "else substr(name, 1, length(name) - 4) end as regexp_name from task_run where flow_run_id = ?) "
                "group by regexp_name order by regexp_name",
                (fid,),
            ).fetchall()
        ),
        "task_run_states": one(f"select count(*) from task_run_state where task_run_id in ({runs})", fid),
        "logs": one("select count(*) from log where flow_run_id = ?", fid),
        "artifacts": dict(
            con.execute("select type, count(*) from artifact where flow_run_id = ? group by type", (fid,)).fetchall()
        ),
        "events": dict(
            con.execute(
                "select event, count(*) from events where occurred >= ? group by event order by 2 desc", (started,)
            ).fetchall()
        ),
    }


def cost(n: int) -> dict:
    import psutil

    from sitrep import api_server
    from sitrep.config import quiet_environment

    quiet_environment()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    server = api_server.start()
    if server is None:
        raise SystemExit("PREFECT_API_URL is set: this measures the temporary server only")
    from prefect import flow, task
    from prefect.artifacts import create_progress_artifact, update_progress_artifact

    @task
    def trivial(i: int) -> int:
        return i

    @flow
    def calls(k: int, kind: str) -> int:
        if kind == "task":
            for i in range(k):
                trivial(i)
        elif kind == "artifact":
            bar = create_progress_artifact(progress=0.0, key="api-calls-progress", description="bench")
            for i in range(k):
                update_progress_artifact(bar, progress=float(i))
        return k

    proc = psutil.Process(server.proc.pid)

    def server_cpu() -> float:
        t = proc.cpu_times()
        return t.user + t.system

    out = {}
    with api_server.serving(server):
        out["server_start_cpu_s"] = round(server_cpu(), 2)
        calls(0, "none")  # the flow registered; clients built

        def measured(kind: str, k: int) -> tuple[float, float]:
            s, c = server_cpu(), time.process_time()
            calls(k, kind)
            api_server.drain_api_workers()
            time.sleep(3)  # the server's services flush what they received
            return server_cpu() - s, time.process_time() - c

        empty = measured("none", 0)
        for kind in ("task", "artifact"):
            srv, cli = measured(kind, n)
            out[f"{kind}_server_ms"] = round(1000 * (srv - empty[0]) / n, 1)
            out[f"{kind}_client_ms"] = round(1000 * (cli - empty[1]) / n, 1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", metavar="PREFECT_DB")
    ap.add_argument("--cost", action="store_true")
    ap.add_argument("--n", type=int, default=30)
    args = ap.parse_args()
    if not args.count and not args.cost:
        ap.error("give --count PREFECT_DB or --cost")
    if args.count:
        print(json.dumps(count(args.count), indent=1))
    if args.cost:
        print(json.dumps(cost(args.n)))


if __name__ == "__main__":
    main()
