"""The analyses a run saved, kept decoded in its own process for the corpus-wide assembly of the same run.

``stage_extraction`` needs every analysed article's analysis as a Python object. It read them all back from
``ops.article_analyses`` and decoded their JSON again, on the run's serial tail (after the last article is
parsed, with a core idle): on 400 NewsArticles 2017 articles (8.6 MB of JSON) about 0.6 CPU s for the query and
0.16 for the decoding. The analyses this process saved in the run went through it as JSON text moments before:
``remember`` decodes that very text (``json.loads`` of the string written to the warehouse, so the object is the
one a read would give) while the workers still parse, with its MD5, and ``recall`` hands them out when the
warehouse still holds exactly that text (DuckDB's ``md5`` of the stored string; any other row, e.g. one cached
by an earlier run, is read from the warehouse as before).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable

#: (warehouse, cache key, article id) -> (MD5 of the saved JSON text, its decoded analysis)
_SAVED: dict[tuple[str, str, str], tuple[str, dict]] = {}
_LOCK = threading.Lock()


def digest(text: str) -> str:
    """MD5 (hex) of ``text``'s UTF-8 bytes, as DuckDB's ``md5`` gives it for a stored VARCHAR."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: S324 - an identity check, not security


def forget(warehouse: str | None = None) -> None:
    """Drop what is kept (for ``warehouse`` only, when given)."""
    with _LOCK:
        if warehouse is None:
            _SAVED.clear()
        else:
            for k in [k for k in _SAVED if k[0] == warehouse]:
                del _SAVED[k]


def remember(warehouse: str, key: str, saved: Iterable[tuple[str, str]]) -> None:
    """Keep the analyses just written to ``warehouse`` under ``key``: (article id, JSON text) pairs."""
    kept = {(warehouse, key, aid): (digest(text), json.loads(text)) for aid, text in saved}
    with _LOCK:
        _SAVED.update(kept)


def recall(warehouse: str, key: str, stored: Iterable[tuple[str, str | None]]) -> dict[str, dict]:
    """The kept analyses of the (article id, MD5 of the stored JSON) pairs whose text is the one saved here;
    each is handed out once (the kept copy is dropped)."""
    out = {}
    with _LOCK:
        for aid, md5 in stored:
            kept = _SAVED.get((warehouse, key, aid))
            if kept is not None and md5 is not None and kept[0] == md5:
                out[aid] = _SAVED.pop((warehouse, key, aid))[1]
    return out
