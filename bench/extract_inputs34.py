"""CPU seconds of the extraction stage's assembly task (``tasks.extract.stage_extraction``) on a built warehouse,
with the run's analyses read back from ``ops.article_analyses`` (as before round 34) and taken from memory
(``tasks.analysis_memo``, as a run that saved them gets them), and the CPU the run spends earlier, while its
workers parse, to keep them (``analysis_memo.remember``: decoding each saved text and its MD5).

Each measurement runs in a fresh process on a fresh copy of the warehouse (never written), as a run's task runs
once, on a warehouse file it just reopened: the read is cold (a warm second read in the same process costs
almost nothing more than the memory). The two ways alternate ``--reps`` times; the CPU seconds (this process's:
other jobs' load changes them far less than wall seconds) of each are printed, and the staged tables of every
measurement are compared: they must be identical.

usage: .venv/bin/python bench/extract_inputs34.py WAREHOUSE [--reps 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sitrep.config import DEFAULT_MODEL  # noqa: E402
from tasks import analysis_memo, extract  # noqa: E402
from warehouse import db  # noqa: E402


def staged_digest(path: str) -> str:
    """A hash of the six staged extraction tables (rows sorted)."""
    h = hashlib.sha256()
    with db.connect(path) as con:
        for t in extract.EXTRACT_TABLES:
            h.update(repr(sorted(map(repr, con.sql(f"select * from staging.{t}").fetchall()))).encode())
    return h.hexdigest()[:16]


def one(way: str, warehouse: str, texts_file: str) -> dict:
    """One measurement in this process: ``way`` is ``read`` or ``memo``."""
    from sitrep.extract.pipeline import warm_assembly

    warm_assembly()  # as a run has it built by the time its NLP ends
    key = extract._cache_key(DEFAULT_MODEL)
    keep = 0.0
    if way == "memo":
        with open(texts_file, "rb") as fh:
            texts = pickle.load(fh)  # noqa: S301 - written by this script's parent
        start = time.process_time()
        analysis_memo.remember(warehouse, key, texts)
        keep = time.process_time() - start
    start = time.process_time()
    extract.stage_extraction.fn(warehouse, DEFAULT_MODEL)
    took = time.process_time() - start
    return {"way": way, "cpu_s": round(took, 3), "remember_cpu_s": round(keep, 3), "staged": staged_digest(warehouse)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("warehouse")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--one", nargs=2, metavar=("WAY", "TEXTS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], args.warehouse, args.one[1])))
        return
    with tempfile.TemporaryDirectory() as tmp:
        key = extract._cache_key(DEFAULT_MODEL)
        with db.connect(args.warehouse, read_only=True) as con:
            sql = "select article_id, analysis from ops.article_analyses where model = ?"
            texts = con.execute(sql, [key]).fetchall()
        texts_file = str(Path(tmp) / "texts.pkl")
        with open(texts_file, "wb") as fh:
            pickle.dump(texts, fh)
        runs: dict[str, list[dict]] = {"read": [], "memo": []}
        for i in range(args.reps):
            for way in ("read", "memo"):
                copy = str(Path(tmp) / f"{way}{i}.duckdb")
                shutil.copy(args.warehouse, copy)
                cmd = [sys.executable, __file__, copy, "--one", way, texts_file]
                out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
                runs[way].append(json.loads(out.strip().splitlines()[-1]))
        mb = sum(len(t.encode()) for _, t in texts) / 1e6
        print(f"{len(texts)} analyses ({mb:.1f} MB of JSON); {args.reps} fresh processes each way, CPU s:")
        for way, label in (("read", "analyses read back"), ("memo", "analyses from memory")):
            cpu = [r["cpu_s"] for r in runs[way]]
            print(f"  stage_extraction, {label}: mean {sum(cpu) / len(cpu):.2f} min {min(cpu):.2f} ({cpu})")
        keep = [r["remember_cpu_s"] for r in runs["memo"]]
        print(f"  kept while the workers parse (remember): mean {sum(keep) / len(keep):.2f}")
        if len({r["staged"] for way in runs for r in runs[way]}) != 1:
            raise SystemExit("the staged tables differ between the two ways")
        print("  staged tables identical")


if __name__ == "__main__":
    main()
