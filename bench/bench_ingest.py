"""Ingest benchmark: docs/s on a first run versus an unchanged re-run of the same folder, and their ratio.

Corpus: N files (default 10,000) written to a temporary folder from the real articles of ../shared/corpora
(NewsArticles 2017 and Reuters-21578; generated sentences when the corpora are absent), as a mix of
plain-text articles with site chrome (70 %), saved HTML pages with navigation/comments/footer (20 %) and
JSON Lines files of 20 records each (10 %).

Measured, in one run:
- first run: `sitrep.ingest.iter_sources` reads, decodes, sniffs, cleans and extracts metadata for every file;
- unchanged re-run: the same folder with a `known(path, size, mtime_ns)` index built from the first run (what
  tasks/ingest.py builds from raw.documents), so nothing is read;
- with `--flow`, also the whole `sitrep run --until ingest` twice into a temporary warehouse (Prefect start-up,
  GX validation and DuckDB writes included).

usage: .venv/bin/python bench/bench_ingest.py [--n 10000] [--seed 1] [--flow] [--keep DIR]
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.ingest import iter_sources  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
CHROME_TOP = ["Share", "2 min read", "No time to read?", "Get a summary"]
CHROME_END = ["Continue reading HERE.", "Previous Article", "Comments are closed.", "© The Bench Times 2024"]


def load_articles(limit: int, rnd: random.Random) -> list[tuple[str, str]]:
    """(title, body) pairs from the real corpora, or generated ones when they are absent."""
    out: list[tuple[str, str]] = []
    for name in ("newsarticles2017.jsonl.gz", "reuters21578.jsonl.gz"):
        path = CORPORA / name
        if not path.exists():
            continue
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("title") and len(rec.get("body") or "") > 200:
                    out.append((rec["title"], rec["body"]))
                if len(out) >= limit:
                    return out
    words = [
        "minister",
        "talks",
        "visit",
        "agreement",
        "capital",
        "president",
        "energy",
        "trade",
        "security",
        "summit",
        "official",
    ]
    while len(out) < limit:
        sents = [" ".join(rnd.choices(words, k=rnd.randint(8, 20))).capitalize() + "." for _ in range(12)]
        out.append((" ".join(rnd.choices(words, k=6)).title(), "\n\n".join(sents)))
    return out


def write_corpus(root: Path, n: int, seed: int) -> tuple[int, int]:
    """Write n files; returns (files, articles)."""
    rnd = random.Random(seed)
    pool = load_articles(max(n * 3, 1000), rnd)
    rnd.shuffle(pool)
    articles = 0
    it = iter(pool * 3)
    for i in range(n):
        sub = root / f"batch{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        kind = rnd.random()
        if kind < 0.7:
            title, body = next(it)
            text = "\n\n".join([title, *rnd.sample(CHROME_TOP, 2), body, *rnd.sample(CHROME_END, 2)])
            (sub / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
            articles += 1
        elif kind < 0.9:
            title, body = next(it)
            paras = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
            page = (
                f"<html><head><title>{html.escape(title)}</title>"
                f'<meta property="og:site_name" content="Bench Times"></head><body>'
                f"<nav><a href='/'>Home</a><a href='/w'>World</a></nav><article><h1>{html.escape(title)}</h1>"
                f"{paras}</article><div class='comments'><p>2 comments</p></div>"
                f"<footer>© 2024 Bench Times</footer></body></html>"
            )
            (sub / f"p{i:05d}.html").write_text(page, encoding="utf-8")
            articles += 1
        else:
            recs = [dict(zip(("title", "body"), next(it), strict=True), id=f"{i}-{k}") for k in range(20)]
            (sub / f"r{i:05d}.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n", encoding="utf-8")
            articles += 20
    return n, articles


def timed_pass(root: Path, known=None) -> tuple[float, dict, dict]:
    counts = {"document": 0, "unchanged": 0, "rejected": 0, "articles": 0}
    index = {}
    t = time.perf_counter()
    for rec in iter_sources([root], known=known):
        counts[rec["kind"]] += 1
        if rec["kind"] == "document":
            d = rec["document"]
            counts["articles"] += len(rec["articles"])
            index[(d["source_uri"], d["size_bytes"], d["mtime_ns"])] = d["document_id"]
    return time.perf_counter() - t, counts, index


def flow_pass(root: Path, warehouse: Path) -> float:
    t = time.perf_counter()
    cmd = [str(ROOT / ".venv/bin/sitrep"), "run", "--source", str(root), "--warehouse", str(warehouse), "--until",
           "ingest"]  # fmt: skip
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=10_000, help="files to generate")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--flow", action="store_true", help="also time `sitrep run --until ingest` twice")
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench_ingest_"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        files, articles = write_corpus(root, args.n, args.seed)
        src = "../shared/corpora" if CORPORA.exists() else "generated text"
        print(f"corpus: {files} files, {articles} articles from {src} ({time.perf_counter() - t:.1f}s to write)")
        first_s, first, index = timed_pass(root)
        print(
            f"first run:      {first['document']} docs ({first['articles']} articles, {first['rejected']} rejected)"
            f" in {first_s:.2f}s = {first['document'] / first_s:,.0f} docs/s ({first['articles'] / first_s:,.0f} "
            f"articles/s)"
        )
        again_s, again, _ = timed_pass(root, known=lambda p, s, m: index.get((p, s, m)))
        print(
            f"unchanged rerun: {again['unchanged']} unchanged, {again['document']} re-read in {again_s:.2f}s = "
            f"{again['unchanged'] / again_s:,.0f} docs/s"
        )
        ratio = (again["unchanged"] / again_s) / (first["document"] / first_s)
        print(f"ratio (rerun docs/s / first-run docs/s): {ratio:,.0f}x")
        if args.flow:
            wh = root / "bench.duckdb"
            f1 = flow_pass(root, wh)
            f2 = flow_pass(root, wh)
            print(
                f"flow `sitrep run --until ingest`: first {f1:.1f}s ({files / f1:,.0f} files/s), "
                f"unchanged rerun {f2:.1f}s ({files / f2:,.0f} files/s), ratio {f1 / f2:.1f}x"
            )
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
