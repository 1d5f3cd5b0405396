"""Where one worker's CPU seconds go: each spaCy component, then sitrep's per-article extraction (mentions, events,
quotes), on the same real articles (CPU seconds of this process, ``time.process_time``).

``SITREP_BLIS_KERNELS=off`` times BLIS's own kernel choice (``sitrep.blis_kernels``; 100 articles on AMD family
0x1A: 12.54 -> 9.69 CPU s with the kernels, tok2vec 2.39 -> 1.03, NER 4.70 -> 3.39, the same output hash).

usage: .venv/bin/python bench/profile_nlp.py [--n 100] [--corpus newsarticles2017|reuters] [--batch-size 32] [--warm 20]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_throughput import FILES, load_articles  # noqa: E402
from sitrep.config import DEFAULT_MODEL  # noqa: E402
from sitrep.extract import entities, events, quotes  # noqa: E402
from sitrep.extract.nlp import load_nlp  # noqa: E402


def profile(texts: list[str], warm: list[str], batch_size: int, digest=None) -> dict[str, float]:  # noqa: ANN001
    nlp = load_nlp(DEFAULT_MODEL)
    for doc in nlp.pipe(warm):  # lazy tables (gazetteers, look-up caches) built before timing, as a worker does
        events.doc_event_candidates(doc, entities.doc_mentions(doc), date(2017, 6, 1), "")
    seconds: dict[str, float] = {}
    start = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    seconds["tokenizer"] = time.process_time() - start
    for name, proc in nlp.pipeline:
        start = time.process_time()
        docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        seconds[name] = time.process_time() - start
    parts = {"mentions": 0.0, "events": 0.0, "quotes": 0.0}
    for doc in docs:
        t0 = time.process_time()
        mentions = entities.doc_mentions(doc)
        t1 = time.process_time()
        candidates = events.doc_event_candidates(doc, mentions, date(2017, 6, 1), "")
        t2 = time.process_time()
        found = quotes.doc_quotes(doc, mentions)
        t3 = time.process_time()
        if digest is not None:  # what extraction gave, to compare two checkouts' output (not timed)
            digest.update(json.dumps([mentions, candidates, found], sort_keys=True, default=str).encode())
        parts["mentions"] += t1 - t0
        parts["events"] += t2 - t1
        parts["quotes"] += t3 - t2
    seconds.update({f"extract:{k}": v for k, v in parts.items()})
    return seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--warm", type=int, default=20, help="articles analysed before timing (not timed)")
    args = ap.parse_args()
    bodies = [a["body"] for a in load_articles(args.corpus, args.n + args.warm)]
    texts = bodies[args.warm :]
    digest = hashlib.sha256()
    seconds = profile(texts, bodies[: args.warm], args.batch_size, digest)
    total = sum(seconds.values())
    print(f"{args.n} articles, {sum(len(t.split()) for t in texts)} words: {total:.2f} CPU s")
    print(f"  extraction output hash {digest.hexdigest()[:16]} (equal in two checkouts = same analyses)")
    from sitrep.blis_kernels import use_cpu_kernels

    print(f"  BLIS kernels: {use_cpu_kernels() or 'as BLIS chose them'} (SITREP_BLIS_KERNELS=off: BLIS's own choice)")
    for name, s in seconds.items():
        print(f"  {name:<28} {s:7.2f}  {100 * s / total:5.1f} %")


if __name__ == "__main__":
    main()
