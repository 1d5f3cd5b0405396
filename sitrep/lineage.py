"""Run lineage: the code version that ran and a wall clock per pipeline stage (no Prefect, no warehouse)."""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from sitrep import __version__

ROOT = Path(__file__).resolve().parents[1]
CODE_PACKAGES = ("sitrep", "tasks", "flows", "expectations", "warehouse")


@lru_cache(maxsize=1)
def code_version() -> str:
    """``<package version>+g<git commit>`` in a git checkout (``.dirty`` with local edits), else a source hash."""
    try:
        sha = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short=10", "HEAD"], capture_output=True, text=True, timeout=5
        )
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no", "--", *CODE_PACKAGES],
            capture_output=True, text=True, timeout=5,
        )  # fmt: skip
        if sha.returncode == 0 and sha.stdout.strip():
            return f"{__version__}+g{sha.stdout.strip()}" + (".dirty" if dirty.stdout.strip() else "")
    except (OSError, subprocess.SubprocessError):
        pass
    digest = hashlib.sha256()
    for package in CODE_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return f"{__version__}+src.{digest.hexdigest()[:10]}"


class StageClock:
    """Wall-clock seconds per stage: ``with clock("nlp"): ...``; ``clock.timings`` is JSON-ready."""

    def __init__(self) -> None:
        self.timings: dict[str, dict[str, float]] = {}

    @contextlib.contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = {"seconds": round(time.perf_counter() - start, 3)}
