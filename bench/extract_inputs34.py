"""CPU seconds of the extraction stage's assembly task (``tasks.extract.stage_extraction``) on a built warehouse,
with the run's analyses read back from ``ops.article_analyses`` (as before round 34) and taken from memory
(``tasks.analysis_memo``, as a run that saved them gets them), and the CPU the run spends earlier, while its
workers parse, to keep them (``analysis_memo.remember``: decoding each saved text and its MD5).

The warehouse is copied to a temporary folder (never written). Each way runs ``--reps`` times (minimum printed,
in this process's CPU seconds: other jobs' load changes them far less than wall seconds); the staged tables of
both ways are compared and must be identical.

usage: .venv/bin/python bench/extract_inputs34.py WAREHOUSE [--reps 3]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.config import DEFAULT_MODEL  # noqa: E402
from tasks import analysis_memo, extract  # noqa: E402
from warehouse import db  # noqa: E402


def staged(path: str) -> dict[str, list]:
    with db.connect(path) as con:
        return {t: sorted(map(repr, con.sql(f"select * from staging.{t}").fetchall())) for t in extract.EXTRACT_TABLES}


def cpu(fn) -> float:  # noqa: ANN001
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("warehouse")
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    from sitrep.extract.pipeline import warm_assembly

    warm_assembly()
    with tempfile.TemporaryDirectory() as tmp:
        wh = str(Path(tmp) / "w.duckdb")
        shutil.copy(args.warehouse, wh)
        key = extract._cache_key(DEFAULT_MODEL)
        with db.connect(wh) as con:
            sql = "select article_id, analysis from ops.article_analyses where model = ?"
            texts = con.execute(sql, [key]).fetchall()
        read, memo, keep = [], [], []
        for _ in range(args.reps):
            analysis_memo.forget()
            read.append(cpu(lambda: extract.stage_extraction.fn(wh, DEFAULT_MODEL)))
            tables_read = staged(wh)
            keep.append(cpu(lambda: analysis_memo.remember(wh, key, texts)))
            memo.append(cpu(lambda: extract.stage_extraction.fn(wh, DEFAULT_MODEL)))
            if staged(wh) != tables_read:
                raise SystemExit("the staged tables differ between the two ways")
        mb = sum(len(t.encode()) for _, t in texts) / 1e6
        print(f"{len(texts)} analyses ({mb:.1f} MB of JSON); min of {args.reps} reps, CPU s:")
        print(f"  stage_extraction, analyses read back:   {min(read):.2f}")
        print(f"  stage_extraction, analyses from memory: {min(memo):.2f}")
        print(f"  kept while the workers parse (remember): {min(keep):.2f}")
        print("  staged tables identical")


if __name__ == "__main__":
    main()
