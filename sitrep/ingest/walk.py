"""Find input files under the given sources: folders recursively, in a stable order, without hanging.

Directory symlinks are followed, but each real directory is entered at most once (so a symlink loop is walked
once and then reported); broken links, self-referencing links, FIFOs, sockets and devices are reported with a
reason instead of being opened (opening a FIFO would block the run).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass
class Found:
    """A regular file to read (``problem`` None, ``st`` its stat) or a path that cannot be read (``problem``)."""

    path: str
    st: os.stat_result | None = None
    problem: str | None = None


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO/named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _stat(path: str) -> tuple[os.stat_result | None, str | None]:
    try:
        return os.stat(path), None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, "symlink loop (the link resolves to itself)"
        if os.path.islink(path):
            return None, f"broken symlink (points to {os.readlink(path)!r}, which does not exist)"
        if exc.errno == errno.ENOENT:
            return None, "does not exist"
        if exc.errno == errno.EACCES:
            return None, "permission denied"
        return None, f"cannot be read ({exc.strerror or exc})"


def iter_files(sources: list) -> Iterator[Found]:
    """Every file under ``sources`` (files or folders), each real file once, folders in name order."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    for src in sources:
        yield from _visit(os.path.abspath(os.fspath(src)), seen_dirs, seen_files)


def _visit(path: str, seen_dirs: set, seen_files: set) -> Iterator[Found]:
    """One path: a problem, a folder to walk, or a file."""
    st, problem = _stat(path)
    if problem:
        yield Found(path, problem=problem)
    elif stat.S_ISDIR(st.st_mode):
        yield from _walk(path, st, seen_dirs, seen_files)
    else:
        yield from _file(path, st, seen_files)


def _file(path: str, st: os.stat_result, seen_files: set) -> Iterator[Found]:
    if not stat.S_ISREG(st.st_mode):
        yield Found(path, problem=f"{_kind(st.st_mode)}, not a regular file")
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_files:  # the same file reached again through a symlink: read once
        return
    seen_files.add(key)
    yield Found(path, st=st)


def _walk(path: str, st: os.stat_result, seen_dirs: set, seen_files: set) -> Iterator[Found]:
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        yield Found(
            path,
            problem=f"directory already visited (symlink loop or second link to "
            f"{os.path.realpath(path)}); not followed again",
        )
        return
    seen_dirs.add(key)
    try:
        with os.scandir(path) as it:
            names = sorted(e.name for e in it)
    except OSError as exc:
        yield Found(path, problem=f"folder cannot be listed ({exc.strerror or exc})")
        return
    for name in names:
        yield from _visit(os.path.join(path, name), seen_dirs, seen_files)
