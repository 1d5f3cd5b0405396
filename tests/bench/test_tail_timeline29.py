"""bench/tail_timeline29.py: the serial tail is what each role spends after the workers last parsed."""

from __future__ import annotations

import json

from tests.bench.bench_modules import load_bench


def test_tail_starts_where_the_workers_cpu_last_grew():
    bench = load_bench("tail_timeline29")
    series = [
        (0.0, {"run": 0.5, "server": 0.2}),
        (1.0, {"run": 1.0, "server": 0.4, "workers": 2.0}),
        (2.0, {"run": 1.1, "server": 0.5, "workers": 4.0}),
        (3.0, {"run": 2.0, "server": 0.6, "workers": 4.0}),
        (4.0, {"run": 3.5, "server": 0.9, "workers": 4.0}),
    ]
    out = bench.tail(series)
    assert out["last_parse_at_s"] == 2.0 and out["tail_wall_s"] == 2.0
    assert out["tail_cpu_s"] == {"run": 2.4, "server": 0.4, "workers": 0.0}
    lines = bench.timeline(series, 2.0)
    assert len(lines) == 2 and "workers  4.00" in lines[0] and "run  2.40" in lines[1]


def test_stack_samples_count_our_functions_after_the_cut(tmp_path):
    bench = load_bench("tail_timeline29")
    path = tmp_path / "stacks.jsonl"
    ours = ["/w/sitrep/extract/resolution.py:matching", "/w/tasks/extract.py:stage_extraction"]
    samples = [
        (1.0, "MainThread", ["/w/sitrep/extract/pipeline.py:analyze", "/w/tasks/extract.py:analyze_new_articles"]),
        (5.0, "MainThread", ours),
        (6.0, "MainThread", ["/py/threading.py:wait", *ours]),  # waiting: no CPU
        (7.0, "MainThread", ["/w/.venv/lib/site-packages/great_expectations/x.py:f", "/w/expectations/runner.py:v"]),
    ]
    path.write_text("".join(json.dumps(s) + "\n" for s in samples), encoding="utf-8")
    after = bench.stacks_after(str(path), 4.0)
    assert after["samples_by_thread"] == {"MainThread": 2}
    counted = dict(after["ours_inclusive"])
    assert counted == {"/w/sitrep/extract/resolution.py:matching": 1, "/w/tasks/extract.py:stage_extraction": 1,
                       "/w/expectations/runner.py:v": 1}  # fmt: skip
