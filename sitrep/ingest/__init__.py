"""Ingest: turn files and folders into raw documents and article records.

Single public entry point: :func:`iter_sources`. Formats: ``.txt``, ``.html``/``.htm``, ``.jsonl``, ``.json``
(each optionally ``.gz``-compressed), folders recursively; files without a known extension are recognised by
content. Every input yields exactly one outcome record ("document", "unchanged" or "rejected"; a JSON Lines file
may add one "rejected" per bad line) and nothing raises for bad input.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from sitrep.ingest.decode import KNOWN_EXT, DecodeError, decode, gunzip, sniff
from sitrep.ingest.readers import (
    RecordError,
    declared_charset,
    html_article,
    iter_jsonl,
    json_records,
    record_article,
    text_article,
)
from sitrep.ingest.walk import iter_files

__all__ = ["iter_sources", "ingest_file"]

GZIP_INFLATE_FACTOR = 4  # a .gz file may inflate to 4x the byte limit (a 20 MB limit takes an 80 MB corpus)
ACCEPTED = ".txt, .html/.htm, .jsonl, .json (optionally .gz), or a file whose content is HTML or JSON"


def iter_sources(
    sources: list[str | Path],
    *,
    max_bytes: int = 20_000_000,
    known: Callable[[str, int, int], str | None] | None = None,
) -> Iterator[dict]:
    """Yield one record per input document (see API.md): "document", "unchanged" or "rejected".

    ``known(path, size, mtime_ns)`` returns the document_id already stored for that file state, which skips
    reading it (cheap unchanged re-runs). Files larger than ``max_bytes`` are rejected, and so are ``.gz`` files
    inflating past ``GZIP_INFLATE_FACTOR * max_bytes`` (zip-bomb guard).
    Streaming: files are found and read one at a time.
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]  # a single path given where a list was expected
    for found in iter_files(sources):
        if found.problem:
            yield _rejected(found.path, found.problem)
            continue
        st = found.st
        try:
            if known is not None and (doc_id := known(found.path, st.st_size, st.st_mtime_ns)):
                yield {"kind": "unchanged", "source_uri": found.path, "document_id": doc_id}
                continue
            yield from ingest_file(found.path, st.st_size, st.st_mtime_ns, max_bytes=max_bytes)
        except Exception as exc:  # noqa: BLE001 - the contract: bad input never stops the run
            yield _rejected(found.path, f"unexpected error while reading ({type(exc).__name__}: {exc})")


def ingest_file(path: str, size: int, mtime_ns: int | None, *, max_bytes: int = 20_000_000) -> Iterator[dict]:
    """Read, decode, sniff and parse one file; yields its document record and/or rejections."""
    if size > max_bytes:
        yield _rejected(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit", size=size)
        return
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        yield _rejected(path, f"unreadable ({exc.strerror or exc})", size=size)
        return
    if len(data) > max_bytes:
        yield _rejected(path, f"file grew past the {max_bytes:,}-byte limit while reading", size=len(data))
        return
    if not data:
        yield _rejected(path, "empty file (0 bytes)", size=0)
        return
    name = os.path.basename(path).lower()
    compression = None
    content = data
    if name.endswith(".gz"):
        try:
            content = gunzip(data, GZIP_INFLATE_FACTOR * max_bytes)
        except DecodeError as exc:
            yield _rejected(path, str(exc), size=len(data))
            return
        name, compression = name[:-3], "gzip"
    media, problem = _media_type(name, content)
    try:
        text, encoding = decode(content, declared_charset(content) if media == "text/html" else None)
    except DecodeError as exc:
        yield _rejected(path, str(exc), size=len(data))
        return
    if problem:  # decoded fine (so not binary) but of a type we do not take
        yield _rejected(path, problem, size=len(data))
        return
    if not text.strip():
        yield _rejected(path, f"blank file (only whitespace, {len(data)} bytes)", size=len(data))
        return
    if media == "text/plain" and sniff(text.encode("utf-8", "ignore")[:4096]) == "text/html":
        media = "text/html"  # a saved web page with a .txt name (or decoded from UTF-16)
    doc_id = hashlib.sha256(data).hexdigest()
    document = {
        "document_id": doc_id,
        "source_uri": path,
        "media_type": media,
        "raw_text": text,
        "size_bytes": len(data),
        "mtime_ns": mtime_ns,
        "encoding": encoding,
        "compression": compression,
    }
    yield from _articles(document, text, media)


def _media_type(name: str, content: bytes) -> tuple[str | None, str | None]:
    """(media type, None) from the extension, or from the content when the name has no known extension."""
    ext = os.path.splitext(name)[1]
    if ext in KNOWN_EXT:
        media = KNOWN_EXT[ext]
        if media == "application/json" and sniff(content) == "application/jsonl":
            media = "application/jsonl"
        elif media == "application/jsonl" and _pretty_json(content):
            media = "application/json"  # a JSON array or an indented object saved as .jsonl
        return media, None
    sniffed = sniff(content)
    if not ext or sniffed != "text/plain":
        return sniffed, None
    return None, f"unsupported file type {ext!r} (content is not HTML or JSON); accepted: {ACCEPTED}"


def _pretty_json(content: bytes) -> bool:
    """True when JSON content is one array or one multi-line object rather than one object per line."""
    head = content.lstrip(b"\xef\xbb\xbf \t\r\n")
    first, _, rest = head.partition(b"\n")
    first = first.strip()
    if head.startswith(b"["):
        return not first.endswith(b"]") or not rest.strip()
    return head.startswith(b"{") and not first.endswith(b"}")


def _articles(document: dict, text: str, media: str) -> Iterator[dict]:
    path, doc_id = document["source_uri"], document["document_id"]
    if media in ("application/jsonl", "application/json"):
        yield from _record_articles(document, text, media)
        return
    try:
        fields = text_article(text) if media == "text/plain" else html_article(text)
    except RecordError as exc:
        yield _rejected(path, str(exc), size=document["size_bytes"], media_type=media)
        return
    yield {
        "kind": "document",
        "document": document,
        "articles": [{"article_id": doc_id, "document_id": doc_id, "source_uri": path, **fields}],
    }


def _record_articles(document: dict, text: str, media: str) -> Iterator[dict]:
    """Articles of a JSON / JSON Lines document; bad records are rejected one by one, good ones still load."""
    path, doc_id = document["source_uri"], document["document_id"]
    if media == "application/jsonl":
        items = iter_jsonl(text)
        single = False
    else:
        try:
            records, single = json_records(text)
        except RecordError as exc:
            yield _rejected(path, str(exc), size=document["size_bytes"], media_type=media)
            return
        items = ((n, rec, None, None) for n, rec in enumerate(records, start=1))
    articles = []
    rejected = 0
    for n, rec, error, raw in items:
        key = f"{path}#{n}"
        try:
            if error:
                raise RecordError(error)
            fields = record_article(rec)
        except RecordError as exc:
            rejected += 1
            yield _rejected(path, str(exc), key=key, line=n, excerpt=raw[:300] if raw else None)
            continue
        article_id = doc_id if single else hashlib.sha256(f"{doc_id}#{n}".encode()).hexdigest()
        articles.append(
            {"article_id": article_id, "document_id": doc_id, "source_uri": path, "record_key": key, **fields}
        )
    if articles:
        document["records"] = len(articles) + rejected
        yield {"kind": "document", "document": document, "articles": articles}
    elif not rejected:
        yield _rejected(path, "JSON file holds no records", size=document["size_bytes"], media_type=media)


def _rejected(path: str, reason: str, *, key: str | None = None, **payload) -> dict:
    """A rejection whose reason names the file (and record)."""
    key = key or path
    return {
        "kind": "rejected",
        "record_key": key,
        "reason": f"{key}: {reason}",
        "payload": {
            "source_uri": path,
            "file_name": os.path.basename(path),
            **{k: v for k, v in payload.items() if v is not None},
        },
    }
