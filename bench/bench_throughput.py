"""Throughput benchmark: `sitrep run` end to end against bare spaCy `nlp.pipe` on the same real articles.

Corpus: the first N articles with a body of ../shared/corpora/newsarticles2017.jsonl.gz (full-length modern
news, median ~2,700 characters), written to one JSON Lines file; Reuters-21578 with ``--corpus reuters``.

Measured in one run, so the ratios share the machine's load of the moment:
- bare spaCy: ``nlp.pipe(bodies, batch_size=32)`` with the same model as ``spacy.load`` gives it (stock
  components), one process; and the same with ``n_process=<cores>`` (model load excluded from both);
- ``sitrep run --workers 1`` and ``--workers <cores>`` end to end, each into a fresh warehouse (the command as a
  user types it: interpreter start, Prefect's temporary server, ingest, dedup, NLP, extraction, GX, publish);
- the unchanged re-run of the last one (same files, same warehouse);
- ``sitrep run --runner dask --workers <cores>`` (a LocalCluster) into a fresh warehouse, with ``--dask``;
- peak memory (sum of the run's process tree, sampled every 0.2 s) of every run, and with ``--memory 1000,10000``
  extra first runs at those sizes, each followed by its unchanged re-run (``--memory-until dedup`` keeps them to
  ingest + dedup).
Bare spaCy's CPU seconds are reported too, and each run's ``x_bare_spacy_1_cpu_bound``: bare single-process spaCy's
CPU seconds over the run's CPU seconds spread over all cores, the most its wall ratio can reach (read it when other
jobs load the machine and wall seconds are noise). ``blis`` names the BLIS kernel set thinc gets on this CPU
(bare spaCy's; where that is ``generic``, sitrep's processes get the CPU's vector kernels, ``sitrep.blis_kernels``:
``--bare-kernels`` also times bare single-process spaCy with them, ``bare_spacy_1_kernels``). The
checkout's own bytecode is compiled first (as installing a package does; ``PYTHONDONTWRITEBYTECODE`` is set on the
shared machine). Per-stage seconds come from ``ops.pipeline_runs.stage_timings``; CPU seconds (user + system) per
process role (the run's process, Prefect's temporary server, NLP workers) from sampling the run's process tree. With
``--compare REPO`` the same runs of another checkout (e.g. main) alternate with this one's, and their
curated tables are compared (``scripts/compare_warehouses.py``).

With ``--strategies``, also NLP + per-article extraction without the flow: one process, spaCy's ``n_process``
(Docs pickled back, extraction in the parent) and sitrep's work units on worker processes.

usage: .venv/bin/python bench/bench_throughput.py [--n 400] [--corpus newsarticles2017|reuters] [--dask]
       [--strategies] [--memory 1000,10000 [--memory-only]] [--memory-until extract|dedup] [--server PORT]
       [--compare OTHER_CHECKOUT] [--json out.json] [--workdir DIR [--rerun-only]]

The 10k figures: ``--corpus reuters --memory 1000,10000 --memory-only --workdir DIR`` (first runs, their unchanged
re-runs, peak memory as RSS and PSS and their 10k/1k ratios); ``--rerun-only`` with the same ``DIR`` repeats just
the unchanged re-runs later (same code as the first runs, or the analysis cache is rightly redone).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.config import DEFAULT_MODEL, machine_cores  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
FILES = {"newsarticles2017": "newsarticles2017.jsonl.gz", "reuters": "reuters21578.jsonl.gz"}
SITREP = [sys.executable, "-m", "sitrep"]


def load_articles(corpus: str, n: int) -> list[dict]:
    path = CORPORA / FILES[corpus]
    if not path.exists():
        raise SystemExit(f"{path} is not here: this benchmark needs ../shared/corpora (see its README)")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("body", "").strip():
                out.append({k: rec[k] for k in ("id", "title", "body", "published", "source") if k in rec})
                if len(out) == n:
                    break
    return out


def write_corpus(articles: list[dict], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({**a, "outlet": a.get("source")}, ensure_ascii=False) + "\n")
    return folder


def analysis_strategies(articles: list[dict], workers: int) -> dict:
    """NLP + per-article extraction on ``workers`` cores: spaCy's n_process vs sitrep's work units."""
    from sitrep.extract.nlp import load_nlp
    from sitrep.extract.parallel import analyze_all
    from sitrep.extract.pipeline import analyze_articles

    rows = [{"article_id": a["id"], "body": a["body"], "published_at": None} for a in articles]
    nlp = load_nlp(DEFAULT_MODEL)
    analyze_articles(rows[:2], nlp)  # lazy gazetteers built before timing
    start = time.perf_counter()
    one = analyze_articles(rows, nlp, batch_size=32)
    single = time.perf_counter() - start
    start = time.perf_counter()
    via_n_process = analyze_articles(rows, nlp, batch_size=32, n_process=workers)
    n_process = time.perf_counter() - start
    start = time.perf_counter()
    via_units = [a for _u, analyses in analyze_all(rows, DEFAULT_MODEL, 32, workers) for a in analyses]
    units = time.perf_counter() - start
    return {
        "single_process_s": round(single, 2),
        f"spacy_n_process_{workers}_s": round(n_process, 2),
        f"work_units_{workers}_workers_s": round(units, 2),
        "same_analyses": one == via_n_process == via_units,
    }


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its ended (waited-for) child processes."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bare_spacy(bodies: list[str], n_process: int) -> tuple[float, float]:
    """Seconds and CPU seconds of ``nlp.pipe`` with the model as spaCy loads it (stock components; sitrep swaps
    two of them for look-up versions with the same output, see ``sitrep.extract.fast_pipes``). With
    ``n_process`` > 1 the CPU of spaCy's worker processes counts once they have ended."""
    import spacy

    nlp = spacy.load(DEFAULT_MODEL)
    start, cpu = time.perf_counter(), _cpu_seconds()
    for _doc in nlp.pipe(bodies, batch_size=32, n_process=n_process):
        pass
    return time.perf_counter() - start, _cpu_seconds() - cpu


_BARE_WITH_KERNELS = """
import json, resource, sys, time
import spacy
from sitrep.blis_kernels import use_cpu_kernels
bodies = [json.loads(line)["body"] for line in open(sys.argv[1], encoding="utf-8")]
kernels = use_cpu_kernels()
nlp = spacy.load(sys.argv[2])
def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime
start, c = time.perf_counter(), cpu()
for _doc in nlp.pipe(bodies, batch_size=32):
    pass
print(json.dumps({"seconds": time.perf_counter() - start, "cpu_s": cpu() - c, "kernels": kernels}))
"""


def bare_spacy_with_kernels(source: Path) -> dict:
    """Bare single-process ``nlp.pipe`` (stock components) with the BLIS kernels sitrep gives spaCy
    (``sitrep.blis_kernels``), in a process of its own: what bare spaCy would take with the same fix."""
    out = subprocess.run([sys.executable, "-c", _BARE_WITH_KERNELS, str(source / "articles.jsonl"), DEFAULT_MODEL],
                         capture_output=True, text=True, check=True, cwd=ROOT)  # fmt: skip
    r = json.loads(out.stdout.strip().splitlines()[-1])
    return {"seconds": round(r["seconds"], 2), "cpu_s": round(r["cpu_s"], 2), "kernels": r["kernels"]}


def blis_configuration() -> str:
    """The BLIS sub-configuration (kernel set) thinc's matrix products get on this machine, as BLIS reports it
    (``generic`` where the bundled BLIS does not know the CPU, e.g. AMD family 26)."""
    probe = "import numpy, blis.py; a = numpy.ones((8, 8), dtype='f'); blis.py.gemm(a, a)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "BLIS_ARCH_DEBUG": "1"})  # fmt: skip
    for line in (out.stdout + out.stderr).splitlines():
        if "sub-configuration" in line:
            return line.split("'")[1] if "'" in line else line.strip()
    return "unknown"


def compile_bytecode(repo: Path) -> None:
    """Write the bytecode of a checkout's own packages, as installing a package does: with
    ``PYTHONDONTWRITEBYTECODE`` set (as on the shared machine), an editable checkout would otherwise compile its
    ≈ 200 modules again in every run's process and fork server (≈ 0.15 CPU s each)."""
    import compileall

    for package in ("sitrep", "flows", "tasks", "warehouse", "expectations"):
        if (repo / package).is_dir():
            compileall.compile_dir(str(repo / package), quiet=1)


def process_role(proc: psutil.Process, root: int) -> str:
    """What a process of a run's tree is: the run itself, Prefect's temporary server, an NLP worker, other."""
    if proc.pid == root:
        return "run"
    try:
        cmd = " ".join(proc.cmdline())
    except psutil.Error:
        return "other"
    if "uvicorn" in cmd or "prefect" in cmd and "server" in cmd:
        return "server"
    if "multiprocessing" in cmd and "resource_tracker" not in cmd:
        return "workers"
    return "other"


class PeakRSS:
    """Peak memory of a process and all its descendants (summed), sampled in a thread: resident set (RSS) and
    proportional set (PSS: a page shared by k processes counts 1/k in each, so the NLP workers forked from one
    fork server do not count the model's pages they share once each); also the CPU seconds (user + system) each
    process of the tree used, as last seen (summed by role)."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self.peak_pss = 0  # stays 0 where the platform gives no PSS (then read the RSS figure)
        self.cpu: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                total = pss = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        mem = p.memory_full_info()  # Linux: /proc/PID/smaps_rollup, ≈ 0.1 ms a process
                        total += mem.rss
                        pss += getattr(mem, "pss", 0)
                        times = p.cpu_times()
                        role = self.cpu[p.pid][0] if p.pid in self.cpu else process_role(p, self.proc.pid)
                        self.cpu[p.pid] = (role, times.user + times.system)
                self.peak = max(self.peak, total)
                self.peak_pss = max(self.peak_pss, pss)
            except psutil.Error:
                pass
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak

    def cpu_by_role(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for role, seconds in self.cpu.values():
            out[role] = round(out.get(role, 0.0) + seconds, 2)
        out["total"] = round(sum(seconds for _r, seconds in self.cpu.values()), 2)
        return out


@contextlib.contextmanager
def prefect_server(port: int):
    """A `prefect server start` for the benchmark's runs (what a deployment uses), stopped at the end."""
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("prefect")), "server", "start", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        import urllib.request

        deadline = time.monotonic() + 180
        while True:
            try:
                urllib.request.urlopen(f"{url}/health", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("prefect server did not start") from None
                time.sleep(0.5)
        os.environ["PREFECT_API_URL"] = url
        yield url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        proc.terminate()
        proc.wait(timeout=30)


def sitrep_run(source: Path, warehouse: Path, *args: str, until: str = "extract", repo: Path = ROOT) -> dict:
    """``sitrep run`` of the checkout at ``repo`` (this one by default; another with its own .venv)."""
    python = sys.executable if repo == ROOT else str(repo / ".venv" / "bin" / "python")
    cmd = [python, "-m", "sitrep", "run", "--source", str(source), "--warehouse", str(warehouse), "--until", until]
    cmd += list(args)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=repo, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    rss = PeakRSS(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    peak = rss.stop()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out}\n{err}")
    con = duckdb.connect(str(warehouse), read_only=True)
    (timings,) = con.execute("select stage_timings from ops.pipeline_runs order by started_at desc limit 1").fetchall()[
        0
    ]
    con.close()
    return {
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(peak / 2**20),
        "peak_pss_mb": round(rss.peak_pss / 2**20),
        "stages": json.loads(timings),
        "cpu_s": rss.cpu_by_role(),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    ap.add_argument("--workers", type=int, default=machine_cores(), help="the all-cores worker count")
    ap.add_argument("--dask", action="store_true", help="also time --runner dask")
    ap.add_argument("--memory", default="", help="comma-separated sizes for extra first runs (peak memory)")
    ap.add_argument("--memory-until", choices=("dedup", "extract"), default="extract")
    ap.add_argument("--memory-only", action="store_true", help="only the --memory runs (no bare spaCy, no --n runs)")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument(
        "--workdir",
        type=Path,
        help="keep the corpora and warehouses here (not in a temporary folder that is deleted at the end)",
    )
    ap.add_argument(
        "--rerun-only",
        action="store_true",
        help="with --memory and --workdir: only the unchanged re-runs of warehouses an earlier call left there",
    )
    ap.add_argument(
        "--server", type=int, metavar="PORT", help="run against a `prefect server start` on PORT (no temporary server)"
    )
    ap.add_argument("--bare-kernels", action="store_true",
                    help="also bare single-process spaCy with the BLIS kernels sitrep gives it")  # fmt: skip
    ap.add_argument("--strategies", action="store_true", help="also time n_process vs work units (NLP + extraction)")
    ap.add_argument(
        "--compare",
        type=Path,
        metavar="REPO",
        help="also run `sitrep run` of another checkout (its own .venv), alternating with this one, same articles",
    )
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if args.rerun_only and not (args.workdir and args.memory):
        raise SystemExit("--rerun-only needs --workdir and --memory")
    tmp = args.workdir or Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    results: dict = {"n": args.n, "corpus": args.corpus, "cores": machine_cores(), "workers": args.workers}
    with contextlib.ExitStack() as stack:
        if args.server:
            results["prefect_api"] = stack.enter_context(prefect_server(args.server))
        try:
            run_all(args, tmp, results)
        finally:
            if args.workdir is None:
                shutil.rmtree(tmp, ignore_errors=True)


def report_to(results: dict):  # noqa: ANN201
    """A function that records a figure in ``results`` and prints it."""

    def report(name: str, r: dict) -> None:
        results[name] = r
        print(f"{name:<24} {json.dumps(r)}", flush=True)

    return report


def run_all(args: argparse.Namespace, tmp: Path, results: dict) -> None:
    if args.memory_only or args.rerun_only:
        run_memory(args, tmp, results, report_to(results))
        return
    articles = load_articles(args.corpus, args.n)
    bodies = [a["body"] for a in articles]
    results["words"] = sum(len(b.split()) for b in bodies)
    source = write_corpus(articles, tmp / "src")

    report = report_to(results)
    results["blis"] = blis_configuration()
    for repo in {ROOT, args.compare} - {None}:
        compile_bytecode(repo)
    bare1, bare1_cpu = bare_spacy(bodies, 1)
    report("bare_spacy_1", {"seconds": round(bare1, 2), "cpu_s": round(bare1_cpu, 2),
                            "articles_per_s": round(args.n / bare1, 2)})  # fmt: skip
    bareN, bareN_cpu = bare_spacy(bodies, args.workers)
    report(f"bare_spacy_{args.workers}", {"seconds": round(bareN, 2), "cpu_s": round(bareN_cpu, 2),
                                          "articles_per_s": round(args.n / bareN, 2)})  # fmt: skip
    if args.bare_kernels:
        report("bare_spacy_1_kernels", bare_spacy_with_kernels(source))
    if args.strategies:
        report("analysis_strategies", analysis_strategies(articles, args.workers))
    for workers in sorted({1, args.workers}):
        if args.compare:
            r = sitrep_run(source, tmp / f"cmp{workers}.duckdb", "--workers", str(workers), repo=args.compare)
            r["articles_per_s"] = round(args.n / r["seconds"], 2)
            r["x_bare_spacy_1"] = round(bare1 / r["seconds"], 2)
            report(f"compare_workers_{workers}", r)
        r = sitrep_run(source, tmp / f"w{workers}.duckdb", "--workers", str(workers))
        r["articles_per_s"] = round(args.n / r["seconds"], 2)
        r["x_bare_spacy_1"] = round(bare1 / r["seconds"], 2)
        # under other jobs' load wall seconds are noise: the same ratio from CPU seconds, the run's CPU spread
        # perfectly over all cores (the bound the wall ratio can reach; more CPU per run lowers it)
        r["x_bare_spacy_1_cpu_bound"] = round(bare1_cpu * machine_cores() / r["cpu_s"]["total"], 2)
        report(f"sitrep_workers_{workers}", r)
    if args.compare:
        same = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "compare_warehouses.py"), str(tmp / f"cmp{args.workers}.duckdb"),
             str(tmp / f"w{args.workers}.duckdb")],
            capture_output=True, text=True,
        )  # fmt: skip
        report("compare_identical", {"identical": same.returncode == 0, "last": same.stdout.strip()[-200:]})
    rerun = sitrep_run(source, tmp / f"w{args.workers}.duckdb", "--workers", str(args.workers))
    rerun["fraction_of_first_run"] = round(rerun["seconds"] / results[f"sitrep_workers_{args.workers}"]["seconds"], 3)
    report("sitrep_unchanged_rerun", rerun)
    if args.dask:
        r = sitrep_run(source, tmp / "dask.duckdb", "--runner", "dask", "--workers", str(args.workers))
        r["articles_per_s"] = round(args.n / r["seconds"], 2)
        r["x_default_runner"] = round(results[f"sitrep_workers_{args.workers}"]["seconds"] / r["seconds"], 2)
        report("sitrep_dask", r)
    run_memory(args, tmp, results, report)


def run_memory(args: argparse.Namespace, tmp: Path, results: dict, report) -> None:  # noqa: ANN001
    """First run and unchanged re-run at each ``--memory`` size: seconds, peak memory, re-run fraction."""
    for size in [int(s) for s in args.memory.split(",") if s.strip()]:
        warehouse, first_json = tmp / f"mem{size}.duckdb", tmp / f"mem{size}_{args.memory_until}.json"
        if args.rerun_only:  # the corpus file and warehouse an earlier call left, untouched
            r = json.loads(first_json.read_text(encoding="utf-8"))
            src = tmp / f"mem{size}"
        else:
            src = write_corpus(load_articles(args.corpus, size), tmp / f"mem{size}")
            r = sitrep_run(src, warehouse, "--workers", str(args.workers), until=args.memory_until)
            first_json.write_text(json.dumps(r), encoding="utf-8")
        report(f"memory_{size}_{args.memory_until}", r)
        again = sitrep_run(src, warehouse, "--workers", str(args.workers), until=args.memory_until)
        again["fraction_of_first_run"] = round(again["seconds"] / r["seconds"], 3)
        report(f"rerun_{size}_{args.memory_until}", again)
    sizes = [int(s) for s in args.memory.split(",") if s.strip()]
    if len(sizes) > 1:
        small, large = (results[f"memory_{n}_{args.memory_until}"] for n in (min(sizes), max(sizes)))
        ratios = {f"peak_rss_{max(sizes)}_over_{min(sizes)}": round(large["peak_rss_mb"] / small["peak_rss_mb"], 2)}
        if small.get("peak_pss_mb"):
            ratios[f"peak_pss_{max(sizes)}_over_{min(sizes)}"] = round(large["peak_pss_mb"] / small["peak_pss_mb"], 2)
        report("memory_ratio", ratios)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
