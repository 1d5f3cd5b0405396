"""Date anchors for undated articles, applied to their event candidates before merging.

An undated article is dated from the strongest anchor available: its own year-less dateline completed by its
story (a dated article, or another's photo caption); its story's earliest publication date; else, for explicit
month-days only, the one year the collection's dated articles allow. With an anchor, its candidates are dated
as the article itself would have dated them with a publication date.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import date, timedelta

from sitrep.extract import dates
from sitrep.extract.event_dates import STALE_DAYS
from sitrep.ingest.metadata import dateline_of

#: a year-less date takes the one year that puts it this close to the collection's dated articles
COLLECTION_WINDOW_DAYS = 90


def as_date(value) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def anchors(articles: dict[str, dict], dated: list[date], window_days: int = 14) -> dict[str, date]:
    """Undated article -> the anchor its weekday and day-of-month expressions ('on Monday', 'June 12') are
    read against: its own year-less dateline ('SOCHI, September 4.') in the year its story's dated articles
    give, when that lands within ``window_days`` of them; else the earliest publication date in its story;
    else, with no dated story, its dateline in the one year the collection's dated articles allow.

    A story whose articles carry no publication date may still date a year-less dateline through a photo
    caption of another of its articles ('in Lima on May 4, 2022' for 'QUITO, May 3'): two independent
    statements that agree within the window. A caption date alone never becomes another article's anchor.
    """
    first: dict[str, date] = {}
    shown: dict[str, set[date]] = {}
    captions = {aid: set(dates.explicit_dates(meta.get("caption_text") or "")) for aid, meta in articles.items()}
    for aid, meta in articles.items():
        sid = meta.get("story_id")
        if not sid:
            continue
        d = as_date(meta.get("published_at"))
        if d:
            first[sid] = min(d, first.get(sid, d))
        shown.setdefault(sid, set()).update(captions[aid])
    out = {}
    for aid, meta in articles.items():
        if as_date(meta.get("published_at")):
            continue
        sid = meta.get("story_id")
        line = dateline_of(meta["dateline"]) if meta.get("dateline") else None
        line = line if line and line.get("month") else None
        story_days = ([first[sid]] if sid in first else sorted(shown.get(sid, set()) - captions[aid])) if sid else []
        own = None
        for day in story_days if line else []:
            guess = _closest_year(day, line["month"], line["day"])
            if guess and abs((guess - day).days) <= window_days:
                own = guess
                break
        if own:
            out[aid] = own
        elif sid in first:
            out[aid] = first[sid]
        elif line and (day := _collection_day(line["month"], line["day"], dated)):
            out[aid] = day
    return out


def collection_dates(articles: dict[str, dict]) -> list[date]:
    """Publication dates of the collection's dated articles, sorted."""
    return sorted(d for meta in articles.values() if (d := as_date(meta.get("published_at"))))


def _collection_day(month: int, day: int, dated: list[date], window_days: int = COLLECTION_WINDOW_DAYS) -> date | None:
    """The one year in which month/day lies within ``window_days`` of some dated article of the collection.

    Why: an analyst's collection is gathered around a period; a wire dispatch 'SOCHI, September 4.' or an
    'On January 23, ...' in an undated article of it most likely belongs to that period. When the collection's
    dates allow more than one year (an archive spanning years), or none, nothing is inferred."""
    if not dated:
        return None
    years = set(range(dated[0].year - 1, dated[-1].year + 2))
    found = []
    for year in sorted(years):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        i = bisect.bisect_left(dated, cand)
        near = [dated[j] for j in (i - 1, i) if 0 <= j < len(dated)]
        if any(abs((cand - d).days) <= window_days for d in near):
            found.append(cand)
    return found[0] if len(found) == 1 else None


def redate_month_days(cands: list[dict], dated: list[date]) -> list[dict]:
    """An undated article with no anchor at all: only its explicit month-days ('On January 23, ...') are
    dated, from the collection, and what follows them in the discourse; weekdays stay undated."""

    def day_of(hints: dict, planned: bool) -> date | None:
        return _collection_day(*hints["month_day"], dated) if "month_day" in hints else None

    return _redate_with(cands, day_of, None, "collection")


def redate(cands: list[dict], anchor: date) -> list[dict]:
    """Date an undated article's candidates from its story's anchor, as the article itself would have
    with a publication date: weekdays and month-days against the anchor, and candidates that would have
    taken the discourse date inherit the last day so resolved (never vague or announced ones). After a late
    arrival ('landed on Monday night'), what follows takes the anchor day, as it would the publication day."""
    return _redate_with(
        cands, lambda hints, planned: _day_from_hints(hints, anchor, planned), anchor, "story", fallback=anchor
    )


def _redate_with(
    cands: list[dict],
    day_of: Callable[[dict, bool], date | None],
    after_late: date | None,
    source: str,
    fallback: date | None = None,
) -> list[dict]:
    """Date undated candidates in text order: each from its own hints (``day_of``), else, when it would have
    taken the discourse date, from the day the article last named ('arrived on Monday. X was greeted by Y');
    that day was named for something already told, so it is read backwards even for an announced event
    ('arrived on Monday ... is due to meet Y later'). After a late arrival: ``after_late``. One that would
    have taken the publication day, with no day named before it, takes ``fallback`` (the story's publication
    day) as a publication date: a stated day of another report of the same happening still wins."""
    out, last = [], None
    for cand in sorted(cands, key=lambda c: c["start_char"]):
        cand = dict(cand)
        hints = cand.get("date_hints") or {}
        if not cand.get("event_date"):
            day = day_of(hints, cand.get("event_status") == "planned")
            if day is None and not hints and cand.get("date_source") == "unanchored":
                if cand.get("after_late_arrival"):  # (an announced one here says 'later', that same day)
                    day = after_late
                else:
                    day = _fresh(day_of(cand.get("discourse_hints") or {}, False) or last, fallback)
                if day is None and fallback is not None and cand.get("event_status") != "planned":
                    day = _lead_day(cand.get("lead_hints"), day_of, fallback)
                if day is None and fallback is not None and cand.get("event_status") != "planned":
                    cand.update(event_date=fallback.isoformat(), date_precision="day", date_source="publication")
            if day:
                cand.update(event_date=day.isoformat(), date_precision="day", date_source=source)
        stated = cand.get("date_source") != "publication"
        if cand.get("event_date") and cand.get("date_precision") == "day" and not _planned_or_vague(cand) and stated:
            last = as_date(cand["event_date"])
        out.append(cand)
    return out


def _fresh(day: date | None, anchor: date | None) -> date | None:
    """A day the discourse carries, unless it lies more than ``STALE_DAYS`` before the story's publication day: a
    background happening's ('was killed on June 18'), as a dated article would not carry it (``_discourse_day``)."""
    return None if day and anchor and (anchor - day).days > STALE_DAYS else day


#: an undated lead's weekday read against its story's publication day lies at most this many days before it: a
#: story's day is itself a guess from its reports, so the window is narrower than a dated article's lead
#: (``event_dates.LEAD_LAG_DAYS``)
ANCHOR_LAG_DAYS = 3


def _lead_day(hints: dict | None, day_of: Callable[[dict, bool], date | None], fallback: date) -> date | None:
    """The day the lead names after an event of the opening that names none ('X hosted Y ... A band played
    at the reception on Monday'), as the dated article would take it (``date_leads_forward``): a day up to
    ``ANCHOR_LAG_DAYS`` before the story's publication day; None otherwise."""
    day = day_of(hints, False) if hints else None
    return day if day and 0 < (fallback - day).days <= ANCHOR_LAG_DAYS else None


def _day_from_hints(hints: dict, anchor: date, planned: bool) -> date | None:
    if "month_day" in hints:
        return _closest_year(anchor, *hints["month_day"])
    if "weekday" in hints and hints.get("kind") == "weekday":
        delta = (hints["weekday"] - anchor.weekday()) % 7
        return anchor + timedelta(days=delta) if planned else anchor - timedelta(days=(7 - delta) % 7)
    return None


def _planned_or_vague(cand: dict) -> bool:
    return cand.get("event_status") == "planned" or cand.get("date_source") == "vague"


def _closest_year(anchor: date, month: int, day: int) -> date | None:
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None
