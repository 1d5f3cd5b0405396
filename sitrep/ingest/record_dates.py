"""The publish date of a JSON record, wherever the exporter put it.

Scrapers and feeds name the field in many ways (``published``, ``date_publish``, ``pubDate``,
``article:published_time``, ``datePublished``), with any case or separator, sometimes one level down in a
metadata object (``"metadata": {...}``, a JSON-LD block, its ``@graph`` list), and some keep the whole page, whose
``<head>`` carries the date in its meta tags. Keys are compared folded (lower case, letters and digits only).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

#: keys that name the publish date itself, most specific first (folded: lower case, letters and digits only)
PUBLISH_KEYS = (
    "published", "publishedat", "publisheddate", "publishedtime", "publishedon", "datepublished", "datepublish",
    "publishdate", "publishdatetime", "publishtime", "publishedtimestamp", "publicationdate", "publicationtime",
    "pubdate", "articlepublishedtime", "ogpublishedtime", "dcdate", "dctermsissued", "issued", "firstpublished",
)  # fmt: skip
#: generic keys read only at the record's top level, after the specific ones (a nested 'created_at' may be a
#: comment's or an author's)
GENERIC_KEYS = ("date", "datetime", "time", "timestamp", "createdat", "datecreated", "created")
#: how deep metadata objects are searched for a specific key ('metadata' -> 'jsonld' -> '@graph' item)
MAX_DEPTH = 3
#: fields that may hold the whole saved page
PAGE_KEYS = ("html", "rawhtml", "pagehtml", "body", "content", "text", "article")
_PAGE = re.compile(r"<(?:head|meta)\b", re.I)


def fold_key(key: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(key).lower())


def _present(value) -> bool:
    return value not in (None, "", [], {})


def _keyed(rec: dict) -> dict[str, object]:
    """Folded key -> value, the first spelling kept when two fold alike."""
    out: dict[str, object] = {}
    for k, v in rec.items():
        out.setdefault(fold_key(k), v)
    return out


def _nested(value, keys: tuple[str, ...], depth: int):
    """The first present value under one of ``keys`` in dicts (and lists of dicts) below ``value``."""
    if depth > MAX_DEPTH:
        return None
    if isinstance(value, list):
        for item in value[:50]:
            if (got := _nested(item, keys, depth + 1)) is not None:
                return got
        return None
    if not isinstance(value, dict):
        return None
    folded = _keyed(value)
    for key in keys:
        if _present(folded.get(key)):
            return folded[key]
    for sub in value.values():
        if isinstance(sub, (dict, list)) and (got := _nested(sub, keys, depth + 1)) is not None:
            return got
    return None


def published_value(rec: dict):
    """The raw publish value of a record: a specific key at the top, else the same one level down in metadata
    objects, else a generic date key at the top. None when there is none."""
    folded = _keyed(rec)
    for key in PUBLISH_KEYS:
        if _present(folded.get(key)):
            return folded[key]
    got = _nested({k: v for k, v in rec.items() if isinstance(v, (dict, list))}, PUBLISH_KEYS, 0)
    if got is not None:
        return got
    for key in GENERIC_KEYS:
        if _present(folded.get(key)):
            return folded[key]
    return None


def mail_date(value: str) -> dt.date | None:
    """An RFC 822 date as RSS feeds write it ('Tue, 04 Jun 2019 08:30:00 GMT')."""
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def page_published(rec: dict) -> dt.date | None:
    """The publish date in the meta tags of a whole page kept in the record (``html`` or a body field)."""
    folded = _keyed(rec)
    for key in PAGE_KEYS:
        page = folded.get(key)
        if isinstance(page, str) and _PAGE.search(page[:20_000]):
            import trafilatura

            try:
                meta = trafilatura.extract_metadata(
                    page, date_config={"extensive_search": False, "original_date": True}
                )
            except Exception:  # noqa: BLE001 - a malformed page gives no date, not a crash
                return None
            raw = meta.as_dict().get("date") if meta is not None else None
            try:
                return dt.date.fromisoformat(raw[:10]) if raw else None
            except ValueError:
                return None
    return None
