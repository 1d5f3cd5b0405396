"""bench/extract_inputs34.py: the extraction stage's assembly task timed with its analyses read back and taken
from memory; both ways must stage the same tables."""

from __future__ import annotations

import sys

from tests.bench.bench_modules import load_bench


def test_both_ways_are_timed_and_stage_the_same_tables(seeds_warehouse, monkeypatch, capsys):
    bench = load_bench("extract_inputs34")
    monkeypatch.setattr(sys, "argv", ["extract_inputs34.py", str(seeds_warehouse), "--reps", "1"])
    bench.main()
    out = capsys.readouterr().out
    assert out.startswith("5 analyses") and "1 fresh processes each way" in out
    assert "analyses read back:" in out and "analyses from memory:" in out and "(remember):" in out
    assert out.rstrip().endswith("staged tables identical")
