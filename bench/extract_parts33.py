"""Inclusive CPU seconds of chosen extraction functions in a worker's ``analyze_doc`` over the cached parsed
articles of ``worker_cpu32`` (no cProfile: its cost per call inflates spaCy's small Cython calls ten-fold and
hides where the real seconds go).

Each named function (``module:function``) is wrapped in every ``sitrep`` module that holds it (so ``from x import
f`` bindings are timed too) by a timer that counts its outermost calls only (recursion is not counted twice).
The timer costs about a microsecond per call: read functions called up to a few hundred thousand times. Prints the
extraction's CPU seconds (minimum of ``--reps``) and per function its calls and inclusive CPU seconds (of the
fastest repetition), with the analyses hash of ``worker_cpu32`` (the wrapping changes no output).

usage: .venv/bin/python bench/extract_parts33.py [--n 400] [--reps 3] [module:function ...]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path.cwd() if (Path.cwd() / "sitrep" / "extract").is_dir() else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.worker_cpu32 import as_worker, extraction  # noqa: E402
from sitrep.config import DEFAULT_MODEL  # noqa: E402

DEFAULT_PARTS = [
    "sitrep.extract.entities:doc_mentions",
    "sitrep.extract.events:doc_event_candidates",
    "sitrep.extract.quotes:doc_quotes",
    "sitrep.extract.group_phrase_rows:doc_group_phrases",
    "sitrep.extract.headline_clauses:title_events",
    "sitrep.extract.aside_agents:mark",
]


def wrap(spec: str, totals: dict[str, list]) -> None:
    """Replace ``module:function`` by a timed wrapper wherever a sitrep module holds it."""
    mod_name, name = spec.split(":")
    original = getattr(importlib.import_module(mod_name), name)
    row = totals.setdefault(spec, [0, 0.0, 0])  # calls, CPU s, depth

    def timed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        row[2] += 1
        if row[2] > 1:
            try:
                return original(*args, **kwargs)
            finally:
                row[2] -= 1
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            row[1] += time.process_time() - start
            row[0] += 1
            row[2] -= 1

    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("sitrep") and getattr(mod, name, None) is original:
            setattr(mod, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("parts", nargs="*")
    args = ap.parse_args()
    nlp = as_worker(DEFAULT_MODEL)
    records, blobs = pickle.loads((Path(tempfile.gettempdir()) / f"worker_cpu32-{args.n}.pkl").read_bytes())
    import sitrep.extract.pipeline  # noqa: F401 - every extraction module loaded before wrapping

    totals: dict[str, list] = {}
    for spec in args.parts or DEFAULT_PARTS:
        wrap(spec, totals)
    best = None
    for i in range(args.reps):
        for row in totals.values():
            row[0], row[1] = 0, 0.0
        _loading, took, out = extraction(nlp, records, blobs)
        digest = hashlib.sha256(json.dumps(out, sort_keys=True, default=str).encode()).hexdigest()[:16]
        print(f"  rep {i + 1}: extraction {took:.2f} CPU s; analyses hash {digest}", flush=True)
        if best is None or took < best[0]:
            best = (took, {k: (v[0], v[1]) for k, v in totals.items()})
    print(f"extraction min of {args.reps}: {best[0]:.2f} CPU s (timers included)")
    for spec, (calls, cpu) in sorted(best[1].items(), key=lambda kv: -kv[1][1]):
        print(f"  {cpu:7.2f} s  {calls:8d} calls  {spec}")


if __name__ == "__main__":
    main()
