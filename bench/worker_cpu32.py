"""A worker's per-article CPU in-process, split into spaCy's own pipe and sitrep's extraction from the parsed Doc.

The articles are the NLP records a run hands its workers (ingested from the corpus as ``sitrep run`` reads it:
body, title, caption), parsed as a worker parses them (body and usable title in one ``nlp.pipe``). The process
is set up as a worker forked from the fork server is (``preload``: collector thresholds, warm-up, town index,
``gc.freeze``). Each repetition rebuilds the Docs from bytes and runs ``pipeline.analyze_doc`` on every article,
timed in this process's CPU seconds (``time.process_time``: other jobs' load changes them far less than wall
seconds); the minimum of the repetitions is printed, with a hash of the analyses (equal in two checkouts = same
output). ``--profile`` adds a cProfile (timed in CPU seconds) of one more repetition: the top functions and the
CPU per sitrep module (own time of its functions), spaCy's and other libraries' grouped apart.

usage: .venv/bin/python bench/worker_cpu32.py [--n 400] [--reps 3] [--profile] [--spacy-reps 0] [--top 40]
       (parsed Docs are cached in /tmp/worker_cpu32-N.pkl; --reparse parses again)
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path.cwd() if (Path.cwd() / "sitrep" / "extract").is_dir() else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_throughput import load_articles, write_corpus  # noqa: E402
from bench.profile_extract25 import print_profile  # noqa: E402
from sitrep.config import DEFAULT_MODEL  # noqa: E402


def nlp_records(n: int) -> list[dict]:
    """The records ``sources.prefetch`` hands the workers, for the first ``n`` corpus articles."""
    from sitrep.ingest import iter_sources
    from sitrep.sources import caption_text

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(load_articles("newsarticles2017", n), Path(tmp))
        out = []
        for item in iter_sources([str(folder)]):
            for a in item.get("articles", []) if item["kind"] == "document" else []:
                out.append(
                    {
                        "article_id": a["article_id"],
                        "body": a["body"],
                        "published_at": a.get("published_at"),
                        "title": a.get("title"),
                        "title_source": a.get("title_source"),
                        "caption_text": caption_text(a.get("removed")),
                    }
                )
    return out


def spacy_cpu(nlp, records: list[dict]) -> float:  # noqa: ANN001
    """CPU seconds of the worker's ``nlp.pipe`` over the bodies and usable titles (Docs kept, as a worker)."""
    from sitrep.extract.doc_bytes import parsed_pairs

    start = time.process_time()
    pairs = list(parsed_pairs(records, nlp, 32))
    took = time.process_time() - start
    del pairs
    return took


def as_worker(model: str):  # noqa: ANN201
    """This process set up as a worker forked from the NLP fork server (``sitrep.extract.preload``)."""
    from sitrep import heap
    from sitrep.extract import gazetteer
    from sitrep.extract.nlp import load_nlp
    from sitrep.extract.parallel import warm_up

    heap.collect_less()
    warm_up(model)
    gazetteer._town_index()
    heap.freeze_loaded()
    return load_nlp(model)


def extraction(nlp, records: list[dict], blobs: list, prof: cProfile.Profile | None = None):  # noqa: ANN001, ANN201
    """(CPU s of the Docs from bytes, CPU s of ``analyze_doc`` over all articles, the analyses)."""
    from spacy.tokens import Doc

    from sitrep.extract.doc_bytes import DOC_BYTES_EXCLUDE
    from sitrep.extract.pipeline import analyze_doc

    start = time.process_time()

    def load(data: bytes | None) -> Doc | None:
        return Doc(nlp.vocab).from_bytes(data, exclude=DOC_BYTES_EXCLUDE) if data else None

    docs = [(load(b), load(t)) for b, t in blobs]
    loading = time.process_time() - start
    start = time.process_time()
    if prof:
        prof.enable()
    out = [analyze_doc(r, d, t) for r, (d, t) in zip(records, docs, strict=True)]
    if prof:
        prof.disable()
    return loading, time.process_time() - start, out


def by_module(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Own CPU seconds per sitrep module; every other file grouped by its library."""
    sums: dict[str, float] = defaultdict(float)
    for (path, _line, _name), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():
        if "/sitrep/" in path:
            key = "sitrep/" + path.split("/sitrep/", 1)[1]
        elif "site-packages/" in path:
            key = "lib:" + path.split("site-packages/", 1)[1].split("/", 1)[0]
        elif path == "~":
            key = "builtins"
        else:
            key = "other:" + Path(path).name
        sums[key] += tt
    return sorted(sums.items(), key=lambda kv: -kv[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--spacy-reps", type=int, default=0, help="also time the worker's nlp.pipe this many times")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--modules", type=int, default=40)
    ap.add_argument("--callers", help="print the callers of functions matching this")
    ap.add_argument("--dump", help="write the pstats here")
    ap.add_argument("--reparse", action="store_true")
    args = ap.parse_args()

    nlp = as_worker(DEFAULT_MODEL)
    cache = Path(tempfile.gettempdir()) / f"worker_cpu32-{args.n}.pkl"
    if cache.exists() and not args.reparse:
        records, blobs = pickle.loads(cache.read_bytes())
    else:
        from sitrep.extract.doc_bytes import parse_articles

        records = nlp_records(args.n)
        blobs = parse_articles(records, nlp, 32)
        cache.write_bytes(pickle.dumps((records, blobs)))
    titles = sum(1 for _b, t in blobs if t)
    print(f"{len(records)} articles ({titles} titles parsed too)")
    for i in range(args.spacy_reps):
        print(f"  spaCy nlp.pipe (bodies + titles), rep {i + 1}: {spacy_cpu(nlp, records):.2f} CPU s")
    best, loads, digest = None, [], None
    for i in range(args.reps):
        loading, took, out = extraction(nlp, records, blobs)
        loads.append(loading)
        digest = hashlib.sha256(json.dumps(out, sort_keys=True, default=str).encode()).hexdigest()[:16]
        print(f"  rep {i + 1}: extraction {took:.2f} CPU s (Docs from bytes {loading:.2f})")
        best = took if best is None else min(best, took)
    if best is not None:
        print(f"extraction min of {args.reps}: {best:.2f} CPU s; analyses hash {digest}")
    if args.profile:
        prof = cProfile.Profile(time.process_time)
        _loading, took, _out = extraction(nlp, records, blobs, prof)
        print(f"profiled rep: {took:.2f} CPU s (with cProfile's overhead)")
        st = pstats.Stats(prof).sort_stats("tottime")
        total = sum(v[2] for v in st.stats.values())
        print(f"\nown time per module (of {total:.2f} s profiled):")
        for key, tt in by_module(st)[: args.modules]:
            print(f"  {tt:7.2f}  {100 * tt / total:5.1f}%  {key}")
        print_profile(st, args)


if __name__ == "__main__":
    main()
