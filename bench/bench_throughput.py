"""Throughput benchmark: `sitrep run` end to end against bare spaCy `nlp.pipe` on the same real articles.

Corpus: the first N articles with a body of ../shared/corpora/newsarticles2017.jsonl.gz (full-length modern
news, median ~2,700 characters), written to one JSON Lines file; Reuters-21578 with ``--corpus reuters``.

Measured in one run, so the ratios share the machine's load of the moment:
- bare spaCy: ``nlp.pipe(bodies, batch_size=32)`` with the pipeline sitrep loads (``load_nlp``: same model, same
  components), one process; and the same with ``n_process=<cores>`` (model load excluded from both);
- ``sitrep run --workers 1`` and ``--workers <cores>`` end to end, each into a fresh warehouse (the command as a
  user types it: interpreter start, Prefect's temporary server, ingest, dedup, NLP, extraction, GX, publish);
- the unchanged re-run of the last one (same files, same warehouse);
- ``sitrep run --runner dask --workers <cores>`` (a LocalCluster) into a fresh warehouse, with ``--dask``;
- peak memory (sum of the run's process tree, sampled every 0.2 s) of every run, and with ``--memory 1000,10000``
  extra first runs at those sizes (``--memory-until dedup`` keeps them to ingest + dedup).
Per-stage seconds come from ``ops.pipeline_runs.stage_timings``.

usage: .venv/bin/python bench/bench_throughput.py [--n 400] [--corpus newsarticles2017|reuters] [--dask]
       [--memory 1000,10000] [--memory-until extract|dedup] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
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


def bare_spacy(bodies: list[str], n_process: int) -> float:
    from sitrep.extract.nlp import load_nlp

    nlp = load_nlp(DEFAULT_MODEL)
    start = time.perf_counter()
    for _doc in nlp.pipe(bodies, batch_size=32, n_process=n_process):
        pass
    return time.perf_counter() - start


class PeakRSS:
    """Peak resident memory of a process and all its descendants (summed), sampled in a thread."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                total = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):
                        total += p.memory_info().rss
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(0.2)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def sitrep_run(source: Path, warehouse: Path, *args: str, until: str = "extract") -> dict:
    cmd = [*SITREP, "run", "--source", str(source), "--warehouse", str(warehouse), "--until", until, *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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
    return {"seconds": round(seconds, 2), "peak_rss_mb": round(peak / 2**20), "stages": json.loads(timings)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    ap.add_argument("--workers", type=int, default=machine_cores(), help="the all-cores worker count")
    ap.add_argument("--dask", action="store_true", help="also time --runner dask")
    ap.add_argument("--memory", default="", help="comma-separated sizes for extra first runs (peak memory)")
    ap.add_argument("--memory-until", choices=("dedup", "extract"), default="extract")
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args()
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    results: dict = {"n": args.n, "corpus": args.corpus, "cores": machine_cores(), "workers": args.workers}
    try:
        articles = load_articles(args.corpus, args.n)
        bodies = [a["body"] for a in articles]
        results["words"] = sum(len(b.split()) for b in bodies)
        source = write_corpus(articles, tmp / "src")

        def report(name: str, r: dict) -> None:
            results[name] = r
            print(f"{name:<24} {json.dumps(r)}", flush=True)

        bare1 = bare_spacy(bodies, 1)
        report("bare_spacy_1", {"seconds": round(bare1, 2), "articles_per_s": round(args.n / bare1, 2)})
        bareN = bare_spacy(bodies, args.workers)
        report(f"bare_spacy_{args.workers}", {"seconds": round(bareN, 2), "articles_per_s": round(args.n / bareN, 2)})
        for workers in sorted({1, args.workers}):
            r = sitrep_run(source, tmp / f"w{workers}.duckdb", "--workers", str(workers))
            r["articles_per_s"] = round(args.n / r["seconds"], 2)
            r["x_bare_spacy_1"] = round(bare1 / r["seconds"], 2)
            report(f"sitrep_workers_{workers}", r)
        rerun = sitrep_run(source, tmp / f"w{args.workers}.duckdb", "--workers", str(args.workers))
        rerun["fraction_of_first_run"] = round(
            rerun["seconds"] / results[f"sitrep_workers_{args.workers}"]["seconds"], 3
        )
        report("sitrep_unchanged_rerun", rerun)
        if args.dask:
            r = sitrep_run(source, tmp / "dask.duckdb", "--runner", "dask", "--workers", str(args.workers))
            r["articles_per_s"] = round(args.n / r["seconds"], 2)
            r["x_default_runner"] = round(results[f"sitrep_workers_{args.workers}"]["seconds"] / r["seconds"], 2)
            report("sitrep_dask", r)
        for size in [int(s) for s in args.memory.split(",") if s.strip()]:
            src = write_corpus(load_articles(args.corpus, size), tmp / f"mem{size}")
            r = sitrep_run(src, tmp / f"mem{size}.duckdb", "--workers", str(args.workers), until=args.memory_until)
            report(f"memory_{size}_{args.memory_until}", r)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
