"""The day an article first went out, when its record's publish stamp is a later one.

News sites write the day a story first went out into its address ('cnn.com/2017/03/02/middleeast/...',
'rte.ie/news/2017/0324/...') and stamp the record with the day of a later update, or with the next calendar day of
another time zone. An act the text dates by nothing but the publication (no day of its own, none carried by the
discourse) was told in the first version: it takes the address's day. A day the text names is still read from the
stamp (an update says 'on Monday' of the day it was written), so only publication-dated candidates move.
"""

from __future__ import annotations

from datetime import date, datetime

from sitrep.ingest.dates import url_date

#: the most days a record's stamp may follow its address's day and still be that story's update
UPDATE_LAG_DAYS = 1


def _as_day(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def first_day(meta: dict) -> date | None:
    """The day in the article's address when its publish stamp lies 1..``UPDATE_LAG_DAYS`` days after it; None
    when the address names no day or the stamp is that day (or not shortly after it)."""
    published = _as_day(meta.get("published_at"))
    addressed = url_date(meta.get("url") or "")
    if published is None or addressed is None:
        return None
    return addressed if 0 < (published - addressed).days <= UPDATE_LAG_DAYS else None


def redate_first_published(analyses: list[dict], articles: dict[str, dict]) -> list[dict]:
    """``analyses`` with the candidates dated only by their article's publish stamp moved to the day the article
    first went out (``first_day``); other analyses unchanged."""
    out = []
    for a in analyses:
        meta = articles.get(a.get("article_id"), {})
        first = first_day(meta)
        stamp = _as_day(meta.get("published_at"))
        if first is None or stamp is None:
            out.append(a)
            continue
        cands = [
            {**c, "event_date": first.isoformat()}
            if c.get("date_source") == "publication" and c.get("event_date") == stamp.isoformat()
            else c
            for c in a.get("event_candidates", [])
        ]
        out.append({**a, "event_candidates": cands})
    return out
