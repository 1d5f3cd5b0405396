"""Article metadata from text: outlet line, title, byline author/date, date lines, datelines, language, words.

Unknown stays None: a publication date is only taken from a complete written date (byline, a date-only header
line, a URL path, or a dateline that includes the year); a dateline without a year ("MOSCOW, May 29. /TASS/.")
never gets a guessed year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.ingest.dates import find_dates, parse_dateline, url_date
from sitrep.timewords import MONTHS, WEEKDAYS

_WORD = re.compile(r"\w+(?:['’.:-]\w+)*")
_COPYRIGHT_NAME = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*[-–]?\s*(?:(?:19|20)\d{2})?\s*)?"
    r"(?P<name>[^©\d|.]{2,60}?)\s*(?:(?:19|20)\d{2})?\s*(?:[.|]|all rights|$)",
    re.I,
)
_SITE_NAME = re.compile(
    r"^(?:[A-Z][a-z]+[A-Z][A-Za-z]+|[A-Za-z0-9-]+\.(?:com|net|org|news|info|co|tv|ru|ir|ua|uk)(?:\.[a-z]{2})?)$"
)


def word_count(text: str) -> int:
    """Number of word tokens (letters/digits, with inner apostrophes, dots or hyphens)."""
    return len(_WORD.findall(text or ""))


@lru_cache(maxsize=1)
def _langid():
    from sitrep.ingest.langid_model import load_identifier

    return load_identifier(norm_probs=True)


def detect_language(text: str, min_chars: int = 40, min_prob: float = 0.5) -> str | None:
    """ISO 639-1 code of the text's language (py3langid), or None when too short or unsure."""
    sample = (text or "")[:1200]
    if len(sample.strip()) < min_chars:
        return None
    letters = [c for c in sample if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.5 * len(letters):
        sample = sample.lower()  # all-caps wire copy confuses the character n-gram model
    lang, prob = _langid().classify(sample)
    return str(lang) if prob >= min_prob else None


def split_title(text: str) -> tuple[str | None, str, str]:
    """(outlet_line, title, rest) of a plain-text article: first non-empty line is the title.

    A leading outlet line ("CubaHeadlines" then the real title) is recognised when it is a short site-name
    shaped line (one CamelCase word or a domain name) or when the same name appears again in a copyright or
    "Source:" line, and the next non-empty line reads like a title. An all-caps short first line ("COCOA
    REVIEW") stays the title unless a footer confirms it.
    """
    lines = text.split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    if not idx:
        return None, "", ""
    first = lines[idx[0]].strip()
    if len(idx) >= 3:
        second = lines[idx[1]].strip()
        if _looks_like_outlet(first, text) and 3 <= len(second.split()) <= 30 and not _is_sentence(second):
            return first, second, "\n".join(lines[idx[1] + 1 :])
    return None, first, "\n".join(lines[idx[0] + 1 :])


def _is_sentence(s: str) -> bool:
    return len(s.split()) > 30 or bool(re.search(r"[.!?]$", s) and len(s.split()) > 12)


def _looks_like_outlet(line: str, text: str) -> bool:
    if len(line) > 40 or len(line.split()) > 3 or re.search(r"[.!?,:;]$", line):
        return False
    if _SITE_NAME.match(line):
        return True
    esc = re.escape(line)
    return bool(re.search(r"(?im)^\s*(?:©|\(c\)|copyright|source\s*:).{0,20}" + esc, text))


def outlet_from_header(header: dict) -> str | None:
    """Outlet named by a "Source: X" line or a copyright footer carrying a year ("© CubaHeadlines 2025")."""
    for name in header.get("outlets") or []:
        return name
    for src in header.get("sources") or []:
        if 0 < len(src.split()) <= 6:
            return src.strip(" .")
    for line in header.get("copyrights") or []:
        if not re.search(r"(19|20)\d{2}", line):
            continue
        m = _COPYRIGHT_NAME.match(line.strip())
        if m and 0 < len(m["name"].split()) <= 5:
            return m["name"].strip(" ,.-")
    return None


def author_from_header(header: dict) -> str | None:
    for b in header.get("bylines") or []:
        if b.get("author"):
            return b["author"]
    authors = header.get("authors") or []
    return authors[0] if authors else None


_TODAY = re.compile(
    r"^(?:today|this\s+(?:morning|afternoon|evening)|tonight),?\s+(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?"
    r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.I,
)


#: a lead opening with a complete date and a separator ("12 June 2024; XYZ: ...", "June 12, 2024 - ...")
_DATE_OPENING_SEP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[;:|–—-]")


def _dated_opening(para: str) -> dict | None:
    """A lead whose first words are a complete date set off by a separator, the way some wires and sites
    date their dispatches: a dateline with a date and no place."""
    found = find_dates(para[:60])
    if not found or found[0][1][0] != 0:
        return None
    date, (_, end) = found[0]
    if not _DATE_OPENING_SEP.match(para[end:]):
        return None
    return {"text": para[:end], "place": None, "agency": None, "month": date.month, "day": date.day,
            "year": date.year, "date": date}  # fmt: skip


def lead_date(para: str) -> dict | None:
    """A lead that states its own day ('Today, September 4, Erdoğan met Putin', or opens with a complete date
    and a separator): dateline-shaped facts."""
    m = _TODAY.match(para)
    if not m:
        return _dated_opening(para)
    month, day = MONTHS[m["mon"].lower()], int(m["day"])
    try:
        date = dt.date(int(m["year"]), month, day) if m["year"] else None
        dt.date(2000, month, day)  # a real month/day (2000 is a leap year: February 29 passes)
    except ValueError:
        return None
    return {"text": m.group(0), "place": None, "agency": None, "month": month, "day": day,
            "year": date.year if date else None, "date": date}  # fmt: skip


def dateline_of(body: str) -> dict | None:
    """The dateline at the start of one of the first three paragraphs, if any; else a lead stating its own
    day ('Today, September 4, ...') in the first paragraph."""
    paras = [p.strip() for p in body.split("\n") if p.strip()][:3]
    for para in paras:
        d = parse_dateline(para) or _dated_opening(para)
        if d:
            return d
    return lead_date(paras[0]) if paras else None


def dateline_year_from_text(dateline: dict | None, full_text: str, max_days: int = 10) -> dt.date | None:
    """A year-less dateline ("Havana, Jun 15 (EFE).-") completed by the complete dates written in the document.

    Every complete date in the text (captions and other removed lines included) that lies within ``max_days``
    of the dateline's month/day in its own year votes for that year; the dateline gets a year only when the
    votes agree. A date far from the dateline (a background event, a 2010 visit) never lends its year.
    """
    if not dateline or dateline.get("date") or not dateline.get("month") or not dateline.get("day"):
        return None
    years = set()
    for written, _span in find_dates(full_text):
        try:
            candidate = dt.date(written.year, dateline["month"], dateline["day"])
        except ValueError:
            continue
        if abs((candidate - written).days) <= max_days:
            years.add(candidate)
    return years.pop() if len(years) == 1 else None


def published_from_text(
    header: dict, dateline: dict | None, urls: list[str] = (), full_text: str = ""
) -> tuple[dt.date | None, str | None]:
    """(date, how) from the header facts, in order of reliability; (None, None) when no complete date is written.

    Several date-only lines (a site's date bar, a publication line, an "Updated" stamp) are reconciled by the
    dateline's month/day when there is one, otherwise the earliest is taken (publication precedes updates and
    capture dates).
    """
    for b in header.get("bylines") or []:
        if b.get("date"):
            return b["date"], "byline"
    cands = [d["date"] for d in header.get("date_lines") or []]
    if cands:
        if dateline and dateline.get("month"):
            agree = [c for c in cands if (c.month, c.day) == (dateline["month"], dateline["day"])]
            if agree:
                return agree[0], "date line matching dateline"
        return min(cands), "date line"
    if dateline and dateline.get("date"):
        return dateline["date"], "dateline"
    for u in list(header.get("urls") or []) + list(urls):
        if d := url_date(u):
            return d, "url"
    if d := dateline_year_from_text(dateline, full_text):
        return d, "dateline + year of a nearby date in the text"
    return None, None
