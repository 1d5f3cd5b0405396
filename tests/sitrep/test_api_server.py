"""The temporary Prefect server a `sitrep run` starts first: it answers, and it never outlives the run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from sitrep import api_server
from tests.conftest import ROOT


def test_not_started_when_the_environment_names_an_api(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:9/api")
    assert api_server.start() is None


def test_server_answers_and_stops(tmp_path, monkeypatch):
    home = tmp_path / "not-yet" / "prefect"  # its own database, not the session's, in a folder still to be made
    monkeypatch.setenv("PREFECT_HOME", str(home))
    server = api_server.TemporaryServer()
    try:
        server.wait(180)
        with urllib.request.urlopen(f"{server.api_url}/health", timeout=10) as resp:
            assert resp.status == 200 and json.loads(resp.read()) is True
        proc = server.proc
    finally:
        server.stop()
    assert server.proc is None and proc.poll() is not None
    assert home.is_dir()


SERVER_THEN_DIE = """
import os
from sitrep import api_server
server = api_server.TemporaryServer()
server.wait(180)
print(server.proc.pid, flush=True)
os.kill(os.getpid(), 9)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux-only")
def test_server_stops_when_the_run_process_is_killed(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(tmp_path)}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.run([sys.executable, "-c", SERVER_THEN_DIE], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env=env)  # fmt: skip
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    pid = int(proc.stdout.strip())
    deadline = time.monotonic() + 30
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


FLOW_THEN_EXIT = """
from prefect import flow, get_run_logger
from sitrep import api_server

@flow
def chatty():
    from prefect.settings import get_current_settings

    print("heartbeat", get_current_settings().flows.heartbeat_frequency, flush=True)
    logger = get_run_logger()
    for i in range(50):
        logger.info("line %d", i)

server = api_server.start()
with api_server.serving(server):
    chatty()
print("stopped", server.proc is None, flush=True)
"""


def test_run_logs_are_sent_before_the_server_stops(tmp_path):
    """The flow's last logs, still batched when it returns, reach the server before it stops (they once
    failed at interpreter exit with '--- Error logging to API ---')."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_HOME": str(tmp_path), "PREFECT_LOGGING_LEVEL": "INFO"}
    env.pop("PREFECT_API_URL", None)
    proc = subprocess.run([sys.executable, "-c", FLOW_THEN_EXIT], capture_output=True, text=True, timeout=300,
                          cwd=ROOT, env=env)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "stopped True" in proc.stdout
    assert "Error logging to API" not in proc.stderr
    assert "heartbeat None" in proc.stdout  # no heartbeat thread for the server of one run (its end waited for it)


def test_heartbeats_stay_when_the_environment_sets_them(monkeypatch):
    monkeypatch.delenv("PREFECT_RUNNER_HEARTBEAT_FREQUENCY", raising=False)
    monkeypatch.delenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", raising=False)
    assert list(api_server._one_run_settings().values()) == [None]
    monkeypatch.setenv("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "60")
    assert api_server._one_run_settings() == {}
