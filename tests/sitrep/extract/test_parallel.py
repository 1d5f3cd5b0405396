"""Work units fanned out to worker processes give the same analyses, in the same order, as one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from sitrep.config import DEFAULT_MODEL
from sitrep.extract.parallel import analyze_all, unit_sizes, units
from tests.conftest import ROOT, SEEDS


def _articles() -> list[dict]:
    out = []
    for i, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        out.append({"article_id": f"a{i}", "body": path.read_text(encoding="utf-8"), "published_at": None})
    return out


def test_units_keep_order_and_size():
    assert [len(u) for u in units(list(range(7)), 3)] == [2, 2, 1, 1, 1]
    assert [x for u in units(list(range(7)), 3) for x in u] == list(range(7))
    assert units([], 4) == []
    assert units(list(range(5)), 32) == [list(range(5))]  # one batch or less: one unit


def test_last_units_taper_so_workers_finish_together():
    assert unit_sizes(400, 32)[:9] == [32] * 9  # whole batches while many articles are left
    assert unit_sizes(400, 32)[9:] == [28, 21, 16, 12, 9, 7, 5, 4, 4, 4, 2]  # then at most a quarter of the rest
    for n in (0, 1, 31, 33, 64, 65, 129, 1000):
        sizes = unit_sizes(n, 32)
        assert sum(sizes) == n and all(0 < s <= 32 for s in sizes)
        assert all(s >= 4 for s in sizes[:-1])  # never below an eighth of a batch, except the remainder


def test_parsed_docs_do_not_depend_on_their_batch():
    from sitrep.extract.doc_bytes import parse_articles
    from sitrep.extract.nlp import load_nlp

    articles = _articles()
    nlp = load_nlp(DEFAULT_MODEL)
    whole = parse_articles(articles, nlp, batch_size=len(articles))
    assert parse_articles(articles, nlp, batch_size=1) == whole
    assert parse_articles(articles[::-1], nlp, batch_size=3)[::-1] == whole


def test_two_worker_processes_match_one_process():
    articles = _articles()
    one = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=1) for a in analyses]
    two = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=2) for a in analyses]
    assert [a["article_id"] for a in two] == [a["article_id"] for a in articles]
    assert sum(len(a["mentions"]) for a in one) > 20  # the seeds are real articles: plenty to compare
    assert two == one


def test_started_workers_are_used_and_stopped():
    from sitrep.extract import parallel

    articles = _articles()
    assert parallel.start_workers(DEFAULT_MODEL, 4, len(articles), 32) == 0  # one unit: stays in this process
    assert parallel.start_workers(DEFAULT_MODEL, 1, len(articles), 2) == 1  # three units, one worker asked for
    try:
        pool = parallel._workers
        pids = {f.result(timeout=240) for f in pool._started}
        assert len(pids) == 1 and os.getpid() not in pids
        via_worker = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=1) for a in analyses]
    finally:
        parallel.stop_workers()
    assert parallel._workers is None
    in_process = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=1) for a in analyses]
    assert via_worker == in_process


def test_extraction_in_a_process_of_its_own_matches_one_process():
    from sitrep.extract import parallel

    articles = _articles()
    pool = parallel.Workers(DEFAULT_MODEL, 1, apart=True)
    try:
        apart = [a for analyses in pool.map(units(articles, 2), 2) for a in analyses]
        parsers, extractors = set(pool.pool._processes), set(pool.extractor._processes)
    finally:
        pool.close()
    assert len(parsers) == len(extractors) == 1 and parsers != extractors and os.getpid() not in parsers | extractors
    in_process = [a for _u, analyses in analyze_all(articles, DEFAULT_MODEL, 2, workers=1) for a in analyses]
    assert sum(len(a["event_candidates"]) for a in in_process) > 5
    assert apart == in_process


WORKERS_THEN_DIE = """
import os, sys
from sitrep.extract import parallel
parallel.start_workers(sys.argv[1], 2, 10, 2)
print(" ".join(str(f.result(timeout=240)) for f in parallel._workers._started), flush=True)
os.kill(os.getpid(), 9)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_exit_when_the_run_process_is_killed():
    proc = subprocess.run(
        [sys.executable, "-c", WORKERS_THEN_DIE, DEFAULT_MODEL],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    pids = [int(p) for p in proc.stdout.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 30
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(p) for p in pids)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie (exited, not yet reaped by init) is gone for our purposes
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


def test_articles_begun_early_come_first_and_match_one_process():
    from sitrep.extract import parallel

    articles = _articles()
    changed = {**articles[1], "body": articles[1]["body"] + "\n\nThe talks resume on Monday."}
    asked = [articles[0], changed, *articles[2:]]
    assert parallel.begin_analysis(articles[:2], DEFAULT_MODEL, 2) == 0  # no worker runs: nothing begun
    assert parallel.start_workers(DEFAULT_MODEL, 2, len(articles), 2) == 2
    try:
        assert parallel.begin_analysis(articles[:2], DEFAULT_MODEL, 2) == 2
        got = list(analyze_all(asked, DEFAULT_MODEL, 2, workers=2))
    finally:
        parallel.stop_workers()
    # the first unit begun early: its second article changed since, so only the first is kept from it
    assert [a["article_id"] for a in got[0][0]] == [articles[0]["article_id"]]
    assert [a["article_id"] for unit, _an in got[1:] for a in unit] == [a["article_id"] for a in asked[1:]]
    in_process = [a for _u, analyses in analyze_all(asked, DEFAULT_MODEL, 2, workers=1) for a in analyses]
    assert [a for _u, analyses in got for a in analyses] == in_process
    assert parallel._early == []


PRELOAD = """
import os, sys
os.environ["SITREP_PRELOAD_MODEL"] = sys.argv[1]
import gc
import sitrep.extract.preload
from sitrep.extract import gazetteer
from sitrep.extract.nlp import load_nlp
print(load_nlp.cache_info().currsize, "SITREP_PRELOAD_MODEL" in os.environ, gazetteer._town_index.cache_info().currsize,
      gc.get_freeze_count() > 0, flush=True)
"""


@pytest.mark.parametrize(("model", "loaded"), [(DEFAULT_MODEL, "1"), ("no-such-spacy-model", "0")])
def test_fork_server_preload_loads_the_model_once_and_never_raises(model, loaded):
    """What the workers' fork server imports before forking them: the model loaded and warmed in it, the town index
    read, all of it frozen out of the collector's scans (so a forked worker starts with all that), or, when that
    fails, nothing (the worker loads the model itself then)."""
    proc = subprocess.run(
        [sys.executable, "-c", PRELOAD, model],
        capture_output=True, text=True, timeout=300, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [loaded, "False", loaded, str(loaded == "1")]
