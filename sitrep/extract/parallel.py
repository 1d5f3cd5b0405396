"""Analyse articles on every core: work units of whole spaCy batches fanned out to worker processes.

The unit of work is one ``nlp.pipe`` batch of articles (``units``), the same in every mode, so an article is
parsed next to the same neighbours whether one process, N worker processes or a Dask cluster runs it, and the
analyses are identical whatever the worker count. Each worker process loads spaCy once (``load_nlp`` is
cached per process) and returns plain analysis records: a ``Doc`` never leaves the process that made it.

Worker processes are started with ``spawn`` (never ``fork``): the caller may be a Prefect flow process with
threads and event loops running, which a forked child would inherit half-locked.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from sitrep.extract.nlp import load_nlp
from sitrep.extract.pipeline import analyze_articles


def units(articles: Sequence[dict], size: int) -> list[list[dict]]:
    """Consecutive work units of ``size`` articles (the last may be shorter)."""
    size = max(1, size)
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def analyze_unit(articles: list[dict], model: str, batch_size: int) -> list[dict]:
    """Analyse one work unit with this process's spaCy pipeline (loaded on first use)."""
    return analyze_articles(articles, load_nlp(model), batch_size=batch_size)


def _warm(model: str) -> None:
    load_nlp(model)


def analyze_all(
    articles: Sequence[dict], model: str, batch_size: int, workers: int
) -> Iterator[tuple[list[dict], list[dict]]]:
    """Yield ``(unit, analyses)`` in input order; ``workers`` > 1 runs the units on that many processes.

    With one worker (or a single unit) everything runs in this process, with no process start-up cost.
    """
    todo = units(articles, batch_size)
    if workers <= 1 or len(todo) <= 1:
        for unit in todo:
            yield unit, analyze_unit(unit, model, batch_size)
        return
    n = min(workers, len(todo))
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_warm, initargs=(model,)) as pool:
        # map keeps input order and submits every unit up front: the workers never wait on the caller
        results = pool.map(analyze_unit, todo, [model] * len(todo), [batch_size] * len(todo))
        yield from zip(todo, results, strict=True)
