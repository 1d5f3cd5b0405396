"""CPU seconds of a run's serial tail, measured outside the flow on a built warehouse: corpus-wide assembly
(entity resolution, event merging, quotes) from the cached analyses, and the GX validations of the six extraction
tables. With ``--workers 1`` this work runs after the last article is parsed, on the run's critical path.

usage: .venv/bin/python bench/profile_tail.py WAREHOUSE [--reps 2] [--profile cumulative|tottime]

The warehouse is copied to a temporary folder (never written). Prints the CPU seconds of each part (assembly
after ``warm_assembly``, as in a run), and a hash of the assembled tables and of the check outcomes: run it
with the code before and after a change and compare the hashes and seconds: the code measured is that of the
checkout it is run from (``cd ../main && .venv/bin/python ../B/bench/profile_tail.py W``), else this file's.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pickle
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

import duckdb

#: the code measured: the checkout the command is run from (e.g. a worktree of main), else this file's
ROOT = Path.cwd() if (Path.cwd() / "sitrep" / "extract").is_dir() else Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cached_inputs import load_inputs  # noqa: E402

from expectations import suites  # noqa: E402
from expectations.context import frame_sql  # noqa: E402
from expectations.runner import _batch_definition, validate_frame  # noqa: E402
from sitrep.extract.pipeline import assemble, warm_assembly  # noqa: E402
from tasks.validate import SUITE_ARGS  # noqa: E402
from warehouse import db  # noqa: E402

TABLES = ("entities", "mentions", "events", "event_participants", "event_mentions", "quotes")


def timed(label: str, fn, profile: str | None):
    """Run ``fn``; print its CPU seconds (and a profile sorted by ``profile``); return its result."""
    prof = cProfile.Profile(time.process_time) if profile else None
    start = time.process_time()
    if prof:
        prof.enable()
    out = fn()
    if prof:
        prof.disable()
    print(f"{label}: {time.process_time() - start:.2f} CPU s")
    if prof:
        pstats.Stats(prof).sort_stats(profile).print_stats(30)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse")
    parser.add_argument("--reps", type=int, default=2, help="validation passes (their CPU is summed)")
    parser.add_argument("--profile", choices=("cumulative", "tottime"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "w.duckdb"
        shutil.copy(args.warehouse, copy)
        con = duckdb.connect(str(copy))
        analyses, meta = load_inputs(con)
        warm_assembly()
        tables = timed(f"assembly of {len(analyses)} articles", lambda: assemble(analyses, meta), args.profile)
        rows = {k: [sorted(map(str, r.items())) for r in v] for k, v in sorted(tables.items())}
        print("assembled:", {k: len(v) for k, v in tables.items()}, hashlib.sha256(pickle.dumps(rows)).hexdigest()[:16])
        con.execute("create schema if not exists staging")
        for name in TABLES:
            con.execute(f"create or replace table staging.{name} as select * from curated.{name}")
        _batch_definition()  # GX's context, made once per run
        inputs = {t: (db.frame(con, frame_sql(t)), SUITE_ARGS.get(t, lambda _c: {})(con)) for t in TABLES}
        digest = hashlib.sha256()

        def validate_all() -> None:
            for _ in range(args.reps):
                for table, (df, context) in inputs.items():
                    out = validate_frame("extract", table, df, suites.SUITES[table][0](**context))
                    state = [out.checks, sorted(out.failed_rows.items())]
                    digest.update(json.dumps(state, sort_keys=True, default=str).encode())

        timed(f"6 extraction-table validations x {args.reps}", validate_all, args.profile)
        print("checks:", digest.hexdigest()[:16])
        con.close()


if __name__ == "__main__":
    main()
