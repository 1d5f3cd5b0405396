"""The temporary Prefect API server of a ``sitrep run``, started before anything heavy is imported.

With no Prefect API configured, Prefect starts a temporary local server when the flow starts and waits for it:
after the run's process has imported Prefect, GX, Polars and spaCy (about 6 CPU seconds), the server's own
start-up (about 5 more) follows, one after the other. ``start()`` launches the same server (the command Prefect
runs for its temporary server) as the very first thing the run does, so it boots on another core while the run
imports its libraries; ``serving()`` then points the run at it, waits until it answers, and stops it at the end.

If the environment names an API (``PREFECT_API_URL``) nothing is started; if a Prefect profile names one, or
temporary servers are switched off, the early server is stopped unused and Prefect's settings decide as before.
On Linux the server also stops when the run's process dies (SIGKILL included), so it is never left behind.
Before the server stops, the logs and events Prefect still queues for it are sent (``drain_api_workers``).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

from sitrep import heap

#: what Prefect sets for its own temporary server (no UI; the server knows it is temporary)
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
#: start-up work a server that lives for one run does not need (unless the environment says otherwise): the
#: automations services (no automation can be defined while it runs; their start builds two in-process API
#: clients, each re-reading all settings and the logging config) and block-type registration (which imports every
#: installed Prefect collection, prefect-dask and Dask included, to hash their block types). About 1.9 of ≈ 11
#: CPU s of the server's boot on the busy 2-core machine (4 alternating boots each).
SERVER_DEFAULTS = {
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}
#: ``python -m uvicorn``, with the garbage collector of a run's processes (``sitrep.heap``) set first: the server's
#: start-up imports and builds ≈ 1,000 modules' objects, which each full collection walked again (≈ 0.3 of its
#: ≈ 3.2 CPU s of start-up, measured on the busy 2-core machine); it lives for one run
SERVER_MAIN = (
    f"import gc, runpy, sys; gc.set_threshold{heap.THRESHOLDS}; sys.argv[0] = 'uvicorn'; "
    "runpy.run_module('uvicorn', run_name='__main__', alter_sys=True)"
)
ATTEMPTS = 3
#: the longest a run waits at its end for Prefect to send its last logs and events to the temporary server
DRAIN_SECONDS = 10.0


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Linux: the server gets SIGTERM when the process that started it dies."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _prefect_package_dir() -> str:
    """The folder holding the ``prefect`` package, found without importing it."""
    import importlib.util

    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise RuntimeError("prefect is not installed")
    return str(Path(spec.origin).parent.parent)


def _make_home() -> None:
    """Create the Prefect home the environment names: the server keeps its database there and cannot open it in a
    folder that does not exist yet (it exited at start-up with 'unable to open database file')."""
    home = os.environ.get("PREFECT_HOME")
    if home:
        Path(home).expanduser().mkdir(parents=True, exist_ok=True)


class TemporaryServer:
    """A Prefect API server process on a free local port."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self._launch()

    def _launch(self) -> None:
        self.port = _free_port()
        _make_home()
        args = [sys.executable, "-c", SERVER_MAIN, "--app-dir", _prefect_package_dir(), "--factory",
                "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
                "--log-level", "error", "--lifespan", "on"]  # fmt: skip
        self.proc = subprocess.Popen(
            args,
            env={**SERVER_DEFAULTS, **os.environ, **SERVER_ENV},
            stdin=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
        )

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait(self, timeout: float) -> None:
        """Block until the server answers its health check; relaunch on another port if it could not bind."""
        deadline = time.monotonic() + timeout
        attempts = 1
        while True:
            code = self.proc.poll() if self.proc else None
            if code is not None:
                if attempts >= ATTEMPTS:
                    raise RuntimeError(f"the temporary Prefect server exited with code {code} at start-up")
                attempts += 1
                self._launch()  # most likely the port was taken between choosing and binding it
                continue
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"the temporary Prefect server did not start within {timeout:.0f} s "
                    "(raise PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS on a busy machine)"
                )
            time.sleep(0.1)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def start() -> TemporaryServer | None:
    """Launch the server now unless the environment already names a Prefect API (then None)."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    try:
        return TemporaryServer()
    except (OSError, RuntimeError):
        return None  # Prefect starts its own when the flow starts, as it always did


@contextlib.contextmanager
def serving(server: TemporaryServer | None) -> Iterator[None]:
    """Point Prefect at ``server`` for the block (after Prefect is imported) and stop it afterwards."""
    if server is None:
        yield
        return
    try:
        from prefect.settings import (
            PREFECT_API_URL,
            PREFECT_SERVER_EPHEMERAL_ENABLED,
            PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
            temporary_settings,
        )

        if PREFECT_API_URL.value() or not PREFECT_SERVER_EPHEMERAL_ENABLED.value():
            server.stop()  # a profile names an API, or temporary servers are off: Prefect's settings decide
            yield
            return
        server.wait(float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value()))
        os.environ["PREFECT_API_URL"] = server.api_url  # processes started from here on (a Dask LocalCluster)
        try:
            with temporary_settings(updates={PREFECT_API_URL: server.api_url, **_one_run_settings()}):
                try:
                    yield
                finally:
                    drain_api_workers()
        finally:
            os.environ.pop("PREFECT_API_URL", None)
    finally:
        server.stop()


def _one_run_settings() -> dict:
    """Settings for a flow run against the temporary server, unless the environment sets them: no flow-run
    heartbeats. They let a server tell a crashed run from a long one; a server that lives for the run only and
    dies with it has nothing to tell. Their thread sleeps in whole seconds, and the flow's end waited for it to
    wake (up to 1 s, ≈ 0.5 on average, with both cores idle: the run's last step)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY

    names = ("PREFECT_FLOWS_HEARTBEAT_FREQUENCY", "PREFECT_RUNNER_HEARTBEAT_FREQUENCY")
    return {} if any(os.environ.get(n) for n in names) else {PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}


def drain_api_workers(timeout: float = DRAIN_SECONDS) -> None:
    """Send the logs and events Prefect still holds to the server, while it runs.

    Prefect batches run logs (a batch every 2 s) and sends what is left when the interpreter exits: by then the
    temporary server is stopped, and the last logs of a run (the flow's "Finished in state ...") failed with
    "--- Error logging to API ---" on stderr, mostly on a busy machine where the last batch was still waiting.
    """
    from prefect.logging.handlers import APILogWorker

    workers = [APILogWorker]
    try:
        from prefect.events.worker import EventsWorker

        workers.append(EventsWorker)
    except ImportError:  # pragma: no cover - older Prefect
        pass
    for worker in workers:
        with contextlib.suppress(Exception):  # a stuck worker must not fail a finished run
            worker.drain_all(timeout=timeout, at_exit=False)
