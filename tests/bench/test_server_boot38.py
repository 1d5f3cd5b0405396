"""bench/server_boot38.py: the profiled server command is the run's own server command with a profiler around it."""

from __future__ import annotations

import pytest

from sitrep import api_server
from tests.bench.bench_modules import load_bench


def test_profiled_main_compiles_and_keeps_the_run_servers_collector_thresholds():
    bench = load_bench("server_boot38")
    main = bench._PROFILED_MAIN.format(thresholds=api_server.heap.THRESHOLDS, out="/tmp/x.prof")
    compile(main, "<server>", "exec")
    assert f"gc.set_threshold{api_server.heap.THRESHOLDS}" in main
    assert "runpy.run_module('uvicorn'" in main and "SIGUSR1" in main


def test_profiled_launch_restores_the_server_command(monkeypatch):
    bench = load_bench("server_boot38")
    seen = []

    class Refused:
        def __init__(self) -> None:
            seen.append(api_server.SERVER_MAIN)
            raise OSError("no port")

    original = api_server.SERVER_MAIN
    monkeypatch.setattr(api_server, "TemporaryServer", Refused)
    with pytest.raises(OSError):
        bench._launch("/tmp/x.prof")
    assert seen and "cProfile" in seen[0]
    assert original == api_server.SERVER_MAIN
