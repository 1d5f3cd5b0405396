"""cProfile of sitrep's per-article extraction alone (mentions, events, quotes: ``analyze_doc``) on parsed real
articles, with the CPU seconds of the whole pass and a hash of the analyses (equal in two checkouts = same output).

usage: .venv/bin/python bench/profile_extract25.py [--n 150] [--warm 20] [--top 40] [--sort tottime|cumulative]
       [--reps 1] [--pickle DOCS.pkl]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path.cwd() if (Path.cwd() / "sitrep" / "extract").is_dir() else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_throughput import FILES, load_articles  # noqa: E402
from sitrep.config import DEFAULT_MODEL  # noqa: E402
from sitrep.extract.doc_bytes import DOC_BYTES_EXCLUDE  # noqa: E402
from sitrep.extract.nlp import load_nlp  # noqa: E402
from sitrep.extract.pipeline import analyze_doc  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--warm", type=int, default=20)
    ap.add_argument("--corpus", choices=sorted(FILES), default="newsarticles2017")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sort", default="tottime")
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--cache", help="file of parsed Docs (bytes) reused between runs")
    ap.add_argument("--no-profile", action="store_true")
    ap.add_argument("--callers", help="print the callers of functions matching this")
    ap.add_argument("--dump", help="write the pstats here")
    args = ap.parse_args()
    from spacy.tokens import Doc

    nlp = load_nlp(DEFAULT_MODEL)
    bodies = [a["body"] for a in load_articles(args.corpus, args.n + args.warm)]
    cache = Path(args.cache) if args.cache else None
    if cache and cache.exists():
        blobs = json.loads(cache.read_text())
        blobs = [bytes.fromhex(b) for b in blobs]
    else:
        blobs = [d.to_bytes(exclude=DOC_BYTES_EXCLUDE) for d in nlp.pipe(bodies, batch_size=32)]
        if cache:
            cache.write_text(json.dumps([b.hex() for b in blobs]))
    docs = [Doc(nlp.vocab).from_bytes(b, exclude=DOC_BYTES_EXCLUDE) for b in blobs]
    for i, doc in enumerate(docs[: args.warm]):
        analyze_doc({"article_id": f"w{i}", "published_at": "2017-06-01"}, doc)
    docs = docs[args.warm :]
    prof = cProfile.Profile()
    best = None
    for _ in range(args.reps):
        fresh = [Doc(nlp.vocab).from_bytes(b, exclude=DOC_BYTES_EXCLUDE) for b in blobs[args.warm :]]
        start = time.process_time()
        if not args.no_profile:
            prof.enable()
        out = [analyze_doc({"article_id": str(i), "published_at": "2017-06-01"}, d) for i, d in enumerate(fresh)]
        if not args.no_profile:
            prof.disable()
        took = time.process_time() - start
        best = took if best is None else min(best, took)
    digest = hashlib.sha256(json.dumps(out, sort_keys=True, default=str).encode()).hexdigest()[:16]
    print(f"{len(docs)} articles: extraction {best:.2f} CPU s (best of {args.reps}), analyses hash {digest}")
    if not args.no_profile:
        print_profile(pstats.Stats(prof).sort_stats(args.sort), args)


def print_profile(st: pstats.Stats, args: argparse.Namespace) -> None:
    """Print the ``--top`` functions of ``st``, the callers of ``--callers``, and write ``--dump``; shared with
    bench/worker_cpu32.py."""
    st.print_stats(args.top)
    if args.callers:
        st.print_callers(args.callers)
    if args.dump:
        st.dump_stats(args.dump)


if __name__ == "__main__":
    main()
