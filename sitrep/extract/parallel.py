"""Analyse articles on every core: work units of whole spaCy batches fanned out to worker processes.

The unit of work is at most one ``nlp.pipe`` batch of articles (``units``; the last units of a call are
smaller, so the workers finish together), the same in every mode; a parsed ``Doc`` does not depend on its
batch anyway, and the analyses are identical whatever the worker count. Each worker process loads spaCy once
(``load_nlp`` is cached per process) and returns plain analysis records: a ``Doc`` never leaves the process that
made it.

Worker processes are never forked from the caller (a Prefect flow process with threads and event loops running,
which a forked child would inherit half-locked): they are forked from a ``forkserver`` (a fresh single-threaded
process that loads spaCy and warms the analysis once, ``preload``, before its first fork; ``spawn`` where the
platform has no fork server), so each worker starts with the model loaded. A run starts them early
(``start_workers``, as soon as it knows there is NLP work), so spaCy loads in them while the run's own process
ingests and deduplicates; a worker exits by itself if the process that started it dies (even by SIGKILL).
Articles can be handed to started workers before the NLP stage proper (``begin_analysis``: e.g. right after
ingest, those that cannot turn out exact duplicates), so they parse while the run's own process deduplicates;
``analyze_all`` then collects them first and analyses only the rest.
"""

from __future__ import annotations

import functools
import math
import multiprocessing
import multiprocessing.context
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

# spaCy and the extraction modules are imported where they run (``analyze_unit``, ``_init_worker``): a run's
# own process starts its workers, and hands them articles, before it has loaded either (about 2 CPU s)

#: a tiny text analysed once when a worker starts, so its lazily built tables (gazetteers) are ready
_WARM_TEXT = "Officials from France met their counterparts in Nairobi on Monday, the ministry said."


#: guided scheduling of work units: a unit holds at most a quarter of the articles still to hand out (two per
#: worker of a two-core machine), and never fewer than an eighth of a batch
_GUIDED_SHARE = 4


def unit_sizes(n: int, size: int) -> list[int]:
    """Sizes of consecutive work units for ``n`` articles: ``size`` each while many are left, then smaller ones
    (guided self-scheduling: at most a quarter of those still to come), so the worker processes finish close
    together instead of one parsing a whole last unit while the others idle (on 400 NewsArticles 2017 articles
    and two workers, simulated from their lengths: the last worker ends ≈ 7 % after an even split with units of
    32, ≈ 2 % with these).

    A parsed ``Doc`` does not depend on the batch it was parsed in (spaCy's layers work per token and per
    sequence: the same bytes with batches of 1, 8, 32 or 64 and in any order), so the sizes change only the
    scheduling, never the analyses.
    """
    size = max(1, size)
    if n <= size:  # one batch or less: one unit (it runs in the calling process, no worker started for it)
        return [n] if n else []
    out, least = [], max(1, size // 8)
    while n > 0:
        take = min(n, max(least, min(size, math.ceil(n / _GUIDED_SHARE))))
        out.append(take)
        n -= take
    return out


def units(articles: Sequence[dict], size: int) -> list[list[dict]]:
    """Consecutive work units of up to ``size`` articles (``unit_sizes``: the last ones smaller)."""
    out, start = [], 0
    for n in unit_sizes(len(articles), size):
        out.append(list(articles[start : start + n]))
        start += n
    return out


def analyze_unit(articles: list[dict], model: str, batch_size: int) -> list[dict]:
    """Analyse one work unit with this process's spaCy pipeline (loaded on first use)."""
    from sitrep.extract.nlp import load_nlp
    from sitrep.extract.pipeline import analyze_articles

    return analyze_articles(articles, load_nlp(model), batch_size=batch_size)


def parse_unit(articles: list[dict], model: str, batch_size: int) -> list[bytes]:
    """Parse one work unit with this process's spaCy pipeline: each article's ``Doc`` as bytes, for
    ``extract_unit`` in another process."""
    from sitrep.extract.doc_bytes import parse_articles  # spaCy only: no extraction code in a parsing process
    from sitrep.extract.nlp import load_nlp

    return parse_articles(articles, load_nlp(model), batch_size=batch_size)


def extract_unit(articles: list[dict], parsed: list[bytes], model: str) -> list[dict]:
    """The analyses of one work unit parsed by ``parse_unit`` (the same as ``analyze_unit`` gives)."""
    from sitrep.extract.nlp import load_nlp
    from sitrep.extract.pipeline import analyze_parsed

    return analyze_parsed(articles, parsed, load_nlp(model))


def _exit_with_parent() -> None:
    """Wait (in a daemon thread) for the process that started this worker to end, then end this one."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="sitrep-parent-watch", daemon=True).start()


def warm_up(model: str) -> None:
    """Load ``model`` in this process and analyse a tiny text once, so lazily built tables are ready."""
    analyze_unit([{"article_id": "warm-up", "body": _WARM_TEXT}], model, 32)


def _init_worker(model: str) -> None:
    _exit_with_parent()
    warm_up(model)


def _init_parser(model: str) -> None:
    """A worker that only parses (its units' extraction runs in another process) warms the spaCy pipeline only:
    neither the extraction modules nor their look-up tables load in it, so it parses its first unit sooner."""
    _exit_with_parent()
    parse_unit([{"article_id": "warm-up", "body": _WARM_TEXT}], model, 32)


def _ready() -> int:
    return os.getpid()


def processes_pay(n_articles: int, batch_size: int) -> bool:
    """Worker processes pay for their start (spaCy loaded in each) from two work units on."""
    return n_articles > max(1, batch_size)


def extraction_apart(workers: int) -> bool:
    """``workers`` parsing processes leave a core of this machine free: the per-article extraction from the
    parsed ``Doc`` (about a fifth of a worker's CPU) then runs in a process of its own, next to the parsing."""
    from sitrep.config import machine_cores

    return workers < machine_cores()


def _pass_on(source: Future, target: Future) -> None:
    """Settle ``target`` as ``source`` settled."""
    if source.cancelled():
        target.cancel()
    elif source.exception() is not None:
        target.set_exception(source.exception())
    else:
        target.set_result(source.result())


def _context(model: str) -> multiprocessing.context.BaseContext:
    """The start method of worker processes: a fork server that preloads ``model`` (started now, if this process
    has none running yet; it loads while the caller goes on), or ``spawn`` where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    from multiprocessing import forkserver

    from sitrep.extract.preload import MODEL_VAR

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["sitrep.extract.preload"])
    os.environ[MODEL_VAR] = model  # read by the server's preload (its environment is this one's at its start)
    try:
        forkserver.ensure_running()  # a running server is kept (its preloaded model may be another: loaded then)
    finally:
        os.environ.pop(MODEL_VAR, None)
    return ctx


class Workers:
    """``n`` spaCy worker processes for ``model``, all started (and loading spaCy) at once.

    With ``apart`` (``extraction_apart``), the workers only parse, and one more process (started when the first
    unit is parsed) turns their parsed ``Doc``s into analyses: the same analyses, in the same order.

    The processes are started by a thread of their own (a fork server's first fork waits for its preload):
    calls submitted meanwhile are held and handed to the pool, in order, once they run.
    """

    def __init__(self, model: str, n: int, apart: bool = False) -> None:
        self.model, self.n = model, n
        ctx = _context(model)
        init = _init_parser if apart else _init_worker
        self.pool = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=init, initargs=(model,))
        # started on its first task (the first parsed unit), so it does not load while the workers load
        self.extractor = (
            ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_init_worker, initargs=(model,))
            if apart
            else None
        )
        self._lock = threading.Lock()
        self._held: list[tuple[Callable, tuple, Future]] | None = []
        self._started: list[Future] = [Future() for _ in range(n)]  # each a worker's pid once it runs
        self._starter = threading.Thread(target=self._start, name="sitrep-workers-start", daemon=True)
        self._starter.start()

    def _start(self) -> None:
        """Start the ``n`` processes (the pool starts one per submitted call until it has ``n``), then hand the
        held calls over."""
        for started in self._started:
            try:
                self.pool.submit(_ready).add_done_callback(functools.partial(_pass_on, target=started))
            except Exception as exc:  # noqa: BLE001 - a broken pool also fails the held calls below
                started.set_exception(exc)
        with self._lock:
            held, self._held = self._held, None
            for fn, args, future in held:
                try:
                    self.pool.submit(fn, *args).add_done_callback(functools.partial(_pass_on, target=future))
                except Exception as exc:  # noqa: BLE001 - shut down or broken: the caller sees it on the future
                    future.set_exception(exc)

    def _submit(self, fn: Callable, *args: object) -> Future:
        """``pool.submit``, held while the processes start."""
        with self._lock:
            if self._held is not None:
                future: Future = Future()
                self._held.append((fn, args, future))
                return future
        return self.pool.submit(fn, *args)

    def map(self, todo: list[list[dict]], batch_size: int) -> Iterator[list[dict]]:
        """Analyses of each unit, in input order; every unit is submitted up front (workers never wait)."""
        futures = self.submit(todo, batch_size)[::-1]

        def results() -> Iterator[list[dict]]:
            while futures:  # each unit's analyses dropped here once handed on (10k articles never pile up)
                yield futures.pop().result()

        return results()

    def submit(self, todo: list[list[dict]], batch_size: int) -> list[Future]:
        """One future per unit, queued behind the units submitted before."""
        if self.extractor is None:
            return [self._submit(analyze_unit, unit, self.model, batch_size) for unit in todo]
        return [self._parse_then_extract(unit, batch_size) for unit in todo]

    def _parse_then_extract(self, unit: list[dict], batch_size: int) -> Future:
        analysed: Future = Future()
        extractor = self.extractor

        def parsed(done: Future) -> None:
            if done.cancelled() or done.exception() is not None:
                _pass_on(done, analysed)
                return
            try:
                extracted = extractor.submit(extract_unit, unit, done.result(), self.model)
            except RuntimeError as exc:  # shut down meanwhile
                analysed.set_exception(exc)
                return
            extracted.add_done_callback(lambda f: _pass_on(f, analysed))

        self._submit(parse_unit, unit, self.model, batch_size).add_done_callback(parsed)
        return analysed

    def close(self, wait: bool = True) -> None:
        """Shut the processes down; ``wait=False`` returns at once (the pool's own thread sees them exit)."""
        self._starter.join()
        self.pool.shutdown(wait=wait, cancel_futures=True)
        if self.extractor is not None:
            self.extractor.shutdown(wait=wait, cancel_futures=True)


_workers: Workers | None = None
#: units handed to ``_workers`` ahead of the NLP stage (``begin_analysis``), with their pending analyses
_early: list[tuple[list[dict], Future]] = []


def start_workers(model: str, workers: int, n_articles: int, batch_size: int) -> int:
    """Start worker processes for ``n_articles`` articles ahead of their analysis; returns how many run
    (0 when the work is a single unit: it runs in this process then, with no process to start)."""
    global _workers
    if n_articles < 1:
        stop_workers()  # started early for nothing: no article waits for analysis
        return 0
    if _workers is not None and _workers.model == model:
        return _workers.n  # started early: any number of workers gives the same analyses
    n = min(workers, math.ceil(n_articles / max(1, batch_size)))
    if n < 1 or not processes_pay(n_articles, batch_size):
        return 0
    stop_workers()
    _workers = Workers(model, n, apart=extraction_apart(n))
    return n


def workers_running() -> bool:
    """Worker processes started by ``start_workers`` are up (this process only waits on them meanwhile)."""
    return _workers is not None


def stop_workers(wait: bool = True) -> None:
    """Shut the started worker processes down (no-op when none run); analyses begun early are dropped.
    ``wait=False``: their exit is not waited for (they have no work left; the pool's thread reaps them)."""
    global _workers
    workers, _workers = _workers, None
    _early.clear()
    if workers is not None:
        workers.close(wait)


def begin_analysis(articles: Sequence[dict], model: str, batch_size: int) -> int:
    """Hand ``articles`` to the worker processes started for ``model`` now, ahead of the NLP stage; returns how
    many were handed over (0 when no worker runs: they are then analysed with the rest by ``analyze_all``).

    ``analyze_all`` collects their analyses first, for those of its articles given here with the same record.
    An article already begun with the same record is not handed over again.
    """
    if _workers is None or _workers.model != model or not articles:
        return 0
    begun = {a["article_id"]: a for unit, _f in _early for a in unit}
    articles = [a for a in articles if begun.get(a["article_id"]) != a]
    if not articles:
        return 0
    todo = units(articles, batch_size)
    _early.extend(zip(todo, _workers.submit(todo, batch_size), strict=True))
    return len(articles)


def _take_early(articles: Sequence[dict], model: str) -> list[tuple[list[int], list[dict], Future]]:
    """The units begun early, as ``(positions kept, unit, future)``: the positions of the unit's articles
    still asked for with the very record they were given (any other is analysed again with the rest)."""
    early = list(_early) if _workers is not None and _workers.model == model else []
    _early.clear()
    wanted = {a["article_id"]: a for a in articles}
    return [([i for i, a in enumerate(unit) if wanted.get(a["article_id"]) == a], unit, f) for unit, f in early]


def analyze_all(
    articles: Sequence[dict], model: str, batch_size: int, workers: int
) -> Iterator[tuple[list[dict], list[dict]]]:
    """Yield ``(unit, analyses)``: the articles begun early (``begin_analysis``) first, then the others in
    input order, on up to ``workers`` processes.

    Worker processes started by ``start_workers`` for this model are used (whatever their number: the
    analyses do not depend on it). Otherwise ``workers`` > 1 starts a pool for the call, and one worker (or a
    single unit) runs everything in this process, with no process start-up cost.
    """
    early = _take_early(articles, model)
    done = {unit[i]["article_id"] for keep, unit, _f in early for i in keep}
    todo = units([a for a in articles if a["article_id"] not in done], batch_size)
    if _workers is not None and _workers.model == model:
        rest = _workers.map(todo, batch_size)  # queued now, behind the early units: the workers never wait
        for keep, unit, future in early:
            analyses = future.result()
            if keep:
                yield [unit[i] for i in keep], [analyses[i] for i in keep]
        yield from zip(todo, rest, strict=True)
        return
    if not todo:
        return
    if workers <= 1 or len(todo) <= 1:
        for unit in todo:
            yield unit, analyze_unit(unit, model, batch_size)
        return
    n = min(workers, len(todo))
    pool = Workers(model, n, apart=extraction_apart(n))
    try:
        yield from zip(todo, pool.map(todo, batch_size), strict=True)
    finally:
        pool.close()
