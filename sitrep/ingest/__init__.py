"""Ingest: turn files and folders into raw documents and staged articles.

Minimal walking-skeleton version (``.txt`` only); the public entry point is :func:`iter_sources`.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = ["iter_sources"]


def _iter_files(sources: list[str | Path]) -> Iterator[Path]:
    for src in sources:
        path = Path(src)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file())
        else:
            yield path


def _split_title(text: str) -> tuple[str, str]:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.strip():
            return line.strip(), "\n".join(lines[i + 1 :]).strip()
    return "", ""


def iter_sources(
    sources: list[str | Path],
    *,
    max_bytes: int = 20_000_000,
    known: Callable[[str, int, int], str | None] | None = None,
) -> Iterator[dict]:
    """Yield one ``document`` / ``unchanged`` / ``rejected`` record per input file; never raises on bad input."""
    for path in _iter_files(sources):
        uri = str(path.resolve())
        try:
            stat = path.stat()
            if known and (doc_id := known(uri, stat.st_size, stat.st_mtime_ns)):
                yield {"kind": "unchanged", "source_uri": uri, "document_id": doc_id}
                continue
            if stat.st_size > max_bytes:
                yield _rejected(uri, f"{uri}: file is {stat.st_size} bytes, over the {max_bytes}-byte limit")
                continue
            data = path.read_bytes()
        except OSError as exc:
            yield _rejected(uri, f"{uri}: unreadable ({exc.strerror or exc})")
            continue
        if not data.strip():
            yield _rejected(uri, f"{uri}: empty file")
            continue
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            yield _rejected(uri, f"{uri}: not valid UTF-8 text")
            continue
        title, body = _split_title(text)
        if not body:
            yield _rejected(uri, f"{uri}: no article body after the title line")
            continue
        doc_id = hashlib.sha256(data).hexdigest()
        yield {
            "kind": "document",
            "document": {
                "document_id": doc_id,
                "source_uri": uri,
                "media_type": "text/plain",
                "raw_text": text,
                "size_bytes": len(data),
                "mtime_ns": stat.st_mtime_ns,
                "encoding": "utf-8",
            },
            "articles": [
                {
                    "article_id": doc_id,
                    "document_id": doc_id,
                    "source_uri": uri,
                    "title": title,
                    "outlet": None,
                    "author": None,
                    "published_at": None,
                    "language": None,
                    "body": body,
                    "word_count": len(body.split()),
                    "removed": [],
                }
            ],
        }


def _rejected(uri: str, reason: str) -> dict:
    return {"kind": "rejected", "record_key": uri, "reason": reason, "payload": {"source_uri": uri,
            "file_name": os.path.basename(uri)}}
