"""Find explicit calendar dates (with a year) in short header lines, datelines and URLs.

Why hand-written patterns: publication dates must come only from explicit, complete dates (day, month and
year all written down); a general date parser happily turns "1 min read" or "Friday" into a date relative to
today, which would be a guess. These patterns accept only complete dates and check any weekday given.
"""

from __future__ import annotations

import datetime as dt
import re

from sitrep import timewords

MONTHS = timewords.MONTHS
WEEKDAYS = {**timewords.WEEKDAYS, **timewords.WEEKDAY_ABBREVIATIONS}
_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WD = r"(?:(?P<wd>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"

# Each pattern must name day, mon (name or number) and year groups.
_DATE_PATTERNS = [
    # 2023-02-07, 2023-02-07T04:29+0000, 2023/02/07
    re.compile(r"\b" + _YEAR + r"[-/](?P<mnum>\d{1,2})[-/](?P<day>\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b"),
    # Friday, May 30, 2025 / Tue. Oct 3rd, 2023 / May 29, 2023 / Jun 1 2023
    re.compile(r"\b" + _WD + r"?" + _MON + r"\s+(?P<day>\d{1,2})" + _ORD + r",?\s+" + _YEAR + r"\b", re.I),
    # 15 June 2023 / 07th February, 2023 / 16th Friday, June 2023 / Monday 5 June 2023 / 3 of May 2021
    re.compile(
        r"\b" + _WD + r"?(?P<day>\d{1,2})" + _ORD + r"\s+(?:(?P<wd2>" + "|".join(WEEKDAYS) + r")\.?,?\s+)?"
        r"(?:of\s+)?" + _MON + r",?\s+" + _YEAR + r"\b",
        re.I,
    ),
    # 17.06.2023 (day first with dots, the European convention)
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.\s?" + _YEAR + r"\b"),
    # 03/10/23 9:55 AM ET: month first, only where a US time zone says the US convention is meant
    re.compile(
        r"\b(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<yy>\d{2})(?=\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?\s+"
        r"(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b)"
    ),
]

# Things that may sit on a date line next to the date: times, zones, labels.
_DATE_LINE_NOISE = re.compile(
    r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:gmt|utc|est|edt|cet|cest|msk|bst|pst|pdt|ist|z|et|ct|cst|cdt|mt|mst|mdt|pt)\b"
    r"|[+-]\d{2}:?\d{2}\b|\b(?:updated|update|published|posted|last|modified|on|at|date|full|article|"
    r"am|pm|hrs|and|time|read|min|mins|by|the|of|edition|issue|news|from|last)\b|"
    + _WD.replace("?P<wd>", "?:")
    + r"|\b(?:19|20)\d{2}\b",
    re.I,
)
# URL paths like /20230531/ /2023/06/16/ /2023-06-16-
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d{2})[/-]?(?P<mnum>[01]\d)[/-]?(?P<day>[0-3]\d)(?=[/_.-]|\d{4,}|$)")


def _build(m: re.Match) -> dt.date | None:
    """Turn a pattern match into a date; None when impossible or when a stated weekday disagrees."""
    g = m.groupdict()
    month = int(g["mnum"]) if g.get("mnum") else MONTHS.get((g.get("mon") or "").lower().rstrip("."))
    year = 2000 + int(g["yy"]) if g.get("yy") else int(g["year"])
    try:
        date = dt.date(year, int(month or 0), int(g["day"]))
    except (TypeError, ValueError):
        return None
    for key in ("wd", "wd2"):
        wd = (g.get(key) or "").lower().rstrip(".")
        if wd and WEEKDAYS.get(wd) != date.weekday():
            return None
    return date


def find_dates(text: str) -> list[tuple[dt.date, tuple[int, int]]]:
    """All complete dates written in ``text`` with their character spans (non-overlapping, in order)."""
    found: list[tuple[dt.date, tuple[int, int]]] = []
    taken: list[tuple[int, int]] = []
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            span = m.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue
            date = _build(m)
            if date is not None:
                found.append((date, span))
                taken.append(span)
    return sorted(found, key=lambda x: x[1])


def date_line(line: str, max_leftover_words: int = 0) -> dt.date | None:
    """The date of a line that is essentially only a date ("Jun 1, 2023", "14:45 GMT 17.06.2023 (Updated: …)")."""
    line = line.strip()
    if len(line) > 90 or not line or line[0].islower() or line.endswith("."):
        return None  # a wrapped sentence fragment ("on December 5, 1987."), not a date line
    dates = find_dates(line)
    if not dates:
        return None
    rest = line
    for _, (s, e) in reversed(dates):
        rest = rest[:s] + " " + rest[e:]
    rest = _DATE_LINE_NOISE.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    return dates[0][0] if len(words) <= max_leftover_words else None


def url_date(url: str) -> dt.date | None:
    """A date written in a URL path (/20230531/, /2023/06/16/), or None."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    try:
        return dt.date(int(m["year"]), int(m["mnum"]), int(m["day"]))
    except ValueError:
        return None


_DATELINE_HEAD = re.compile(
    r"^(?P<head>(?:[A-Z][\w'’.]*(?:[ -](?:[a-z]{1,3})?[A-Z][\w'’.]*)*|[A-Z][A-Z .'’-]+)(?:\s*/[^/\n]{1,30}/)?"
    r"(?:,\s*[A-Z][a-z]+)?)\s*(?P<sep>[,(]|\s(?=(?i:" + _MON.replace("?P<mon>", "?:") + r")\s+\d))",
)
_DATELINE_MONTH_DAY = re.compile(
    _MON + r"\s+(?P<day>\d{1,2})" + _ORD + r"\b|(?P<day2>\d{1,2})" + _ORD + r"\s+" + _MON.replace("mon", "mon2"), re.I
)
_DATELINE_END = re.compile(r"\)|/\.\s|\.-|\s[-–—]\s|[-–—]\s")
_AGENCY = re.compile(r"/(?P<a1>[A-Z][\w -]{1,20})/|\((?P<a2>[A-Z][\w .-]{1,30}?)\)|\((?P<a3>[^()]{2,40}?)\s*[-–]")


_NOT_PLACES = {
    "today",
    "yesterday",
    "tomorrow",
    "on",
    "in",
    "at",
    "by",
    "from",
    "since",
    "until",
    "till",
    "before",
    "after",
    "during",
    "last",
    "next",
    "this",
    "that",
    "earlier",
    "later",
    "early",
    "late",
    "as",
    "of",
    "and",
    "but",
    "the",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "updated",
    "published",
    "posted",
}


def parse_dateline(line: str) -> dict | None:
    """Parse a news dateline at the start of a paragraph.

    Examples: "MOSCOW, May 29. /TASS/.", "Havana, Jun 15 (EFE).-", "TEHRAN, Jul. 12 (MNA) –",
    "BUJUMBURA June 1st (ABP) –", "MOSCOW (UrduPoint News / Sputnik - 07th February, 2023)".
    Returns {"text", "place", "agency", "month", "day", "year", "date"}; year/date only when written there.
    """
    line = line[:200]
    m = _DATELINE_HEAD.match(line)
    if not m:
        return None
    head = line[:130]
    if m["sep"] == "(":
        close = head.find(")", m.end())
        seg = head[: close + 1] if close > 0 else head[:60]
    else:
        cut = _DATELINE_END.search(head, m.end())
        seg = head[: cut.end()] if cut else head[:60]
    md = _DATELINE_MONTH_DAY.search(seg, m.end("head"))
    if not md or _DATELINE_MONTH_DAY.search(m["head"]):
        return None
    if m["head"].split()[0].lower().strip(",.;:") in _NOT_PLACES:
        return None
    after = seg[md.end() :].lstrip()
    if (
        m["sep"] != "("
        and after[:1] not in (".", "(", "/", "-", "–", "—", ":", "")
        and not after.startswith(("19", "20"))
        and not re.match(r",\s*(19|20)\d{2}", after)
    ):
        return None  # "Today, September 4, Recep ..." is prose: a dateline date is followed by . ( / or a dash
    if m["sep"].isspace() and not m["head"].isupper():  # "On January 23" is a sentence, not a dateline
        return None
    if m["sep"] != "(" and md.start() - m.end() > 2:  # the date must follow the place directly
        return None
    month = MONTHS.get((md["mon"] or md["mon2"]).lower().rstrip("."))
    day = int(md["day"] or md["day2"])
    full = find_dates(seg)
    agency = None
    for am in _AGENCY.finditer(seg, m.end("head") if m["sep"] == "(" else md.start()):
        agency = (am["a1"] or am["a2"] or am["a3"] or "").strip() or None
        if agency:
            break
    date = full[0][0] if full else None
    return {
        "text": seg.strip(),
        "place": m["head"].split("/")[0].strip(" ,"),
        "agency": agency,
        "month": month,
        "day": day,
        "year": date.year if date else None,
        "date": date,
    }
