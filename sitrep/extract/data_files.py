"""The extraction's data files (``sitrep/extract/data``): tab-separated rows under a header line, ``#`` lines
are comments."""

from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


def read_tsv(name: str) -> list[dict]:
    """Rows of a data file (``#`` lines are comments; the first other line is the header)."""
    with (DATA_DIR / name).open(encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def word_sets(name: str, key: str = "kind", value: str = "word") -> dict[str, frozenset[str]]:
    """The ``value`` cells of a data file grouped by its ``key`` column ('court' -> {'court', 'judge', ...})."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(name):
        out.setdefault(row[key], set()).add(row[value])
    return {k: frozenset(v) for k, v in out.items()}
