"""Score sitrep on the PLOVER gold-standard sentences, split into a tuning half and a held-out half.

usage (from the project root, after `evaluate_gsr.py build` and `sitrep run` on the built JSONL):
    .venv/bin/python bench/gsr_split.py ../shared/devset/plover/gsr_dev.json WAREHOUSE [--misses]

A record belongs to the tuning half when the first byte of sha256(id) is even, else to the held-out half. Rules
are tuned on the tuning half only (its misses are printed with --misses); both halves' figures are reported.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path


def half(record_id: str) -> str:
    return "tune" if hashlib.sha256(record_id.encode()).digest()[0] % 2 == 0 else "held-out"


def main(argv: list[str]) -> int:
    gold_path, warehouse = Path(argv[1]), argv[2]
    misses = "--misses" in argv
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scorer = gold_path.resolve().parents[2] / "bin" / "evaluate_gsr.py"
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("tune", "held-out"):
            part = [r for r in gold if half(r["id"]) == name]
            path = Path(tmp) / f"{name}.json"
            path.write_text(json.dumps(part), encoding="utf-8")
            args = [sys.executable, str(scorer), "score", str(path), warehouse]
            if misses and name == "tune":
                args.append("--misses")
            out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
            print(f"== {name} ({len(part)} sentences)\n{out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
