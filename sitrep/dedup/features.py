"""Story features taken from raw text (no NLP model: the dedup stage runs before spaCy).

- name terms: capitalised words inside sentences (people, places, organisations), accent- and case-folded, so
  "Díaz-Canel" and "Diaz-Canel" match; words that are capitalised only because they open a sentence or a
  title-case headline are dropped unless the body also uses them capitalised mid-sentence.
- key terms: lower-cased content words (stop words removed, naive plural folding), weighted later by tf-idf.
- a date anchor: the first explicit date near the top (dateline, byline, URL), for articles whose published_at
  is unknown; a date without a year keeps only month and day. A date the prose states ('was shot on June 18')
  is the day of something the article reports, so it bounds the article's date from below (``NotBefore``)
  instead of giving it; with no date in the head or the captions, the earliest day the whole body tells bounds
  it so.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from sitrep.dedup.normalize import fold
from sitrep.numeric_dates import find_numeric_dates
from sitrep.timewords import MONTHS, WEEKDAYS

# weekday and month names ("May" excepted: also a name and a verb), relative days, honorifics
_CALENDAR_WORDS = {
    *WEEKDAYS,
    *(m for m in MONTHS if len(m) > 3 and m != "sept"),
    *("today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr"),
}


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words and the calendar words (read without importing spaCy: the flow process dedups)."""
    from sitrep.extract.spacy_ids import STOP_WORDS

    return frozenset(STOP_WORDS) | _CALENDAR_WORDS


_CAP = re.compile(r"(?<![\w’'])([A-ZÀ-ÖØ-Þ][\w’'\-]*[^\W_])")
_WORD = re.compile(r"[^\W\d_][\w\-]*[^\W_]")
_SENT_START = re.compile(r"(?:^|[.!?:;\"“”•\n])[\s\"“‘'(\[]*")
_POSSESSIVE = re.compile(r"[’']s$")

_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(
        _MON.replace("(jan", "(?P<mon>jan") + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d))?",
        re.I,
    ),
    re.compile(
        r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+"
        + _MON.replace("(jan", "(?P<mon>jan")
        + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?",
        re.I,
    ),
]


#: a date after one of these words is told in a sentence ('killed on June 18', 'since 3 May'), not a date line
_PROSE_BEFORE = re.compile(r"\b(?:on|in|since|until|from|by|before|after|of)\s+(?:the\s+)?$", re.I)
#: lines up to this long are date lines, bylines or datelines ('Posted on 4 March 2021 at 9:15 am')
HEADER_LINE_CHARS = 100


class NotBefore(tuple):
    """An anchor (year or None, month, day) the article was published on or after, not on: a date its prose
    states for something it reports. Equal to the plain tuple; only the story window reads it differently."""


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word)


def _cap_terms(text: str) -> list[tuple[str, bool]]:
    """(folded capitalised word, opens a sentence or line?) for every capitalised word in `text`."""
    starts = {m.end() for m in _SENT_START.finditer(text)}
    return [(_fold_word(_POSSESSIVE.sub("", m.group(1))), m.start() in starts) for m in _CAP.finditer(text)]


def name_terms(title: str, body: str) -> list[str]:
    """Folded capitalised words of the article (name-like terms), one per occurrence, title included."""
    body_caps = _cap_terms(body)
    mid = {w for w, start in body_caps if not start}
    terms = [w for w, start in body_caps if (not start or w in mid)]
    terms += [w for w, _ in _cap_terms(title) if w in mid]
    stop = _stop_words()
    return [w for w in terms if len(w) > 2 and w not in stop]


def key_terms(title: str, body: str) -> list[str]:
    """Lower-cased content words of title and body, stop words dropped, simple plural folding."""
    words = _WORD.findall(fold(f"{title}\n{body}"))
    stop = _stop_words()
    return [w[:-1] if w[-1] == "s" and w[-2] != "s" else w for w in words if len(w) > 3 and w not in stop]


def _dates_in(text: str):
    """(position, year or None, month, day) for every valid explicit date in `text`, pattern by pattern: dates in
    digits as event dating reads them ('2023-06-17', '17.06.2023', '17/06/2023'), then URL paths and month names."""
    for start, _, d in find_numeric_dates(text):
        yield start, d.year, d.month, d.day
    for pat in _DATE_PATTERNS:
        for m in pat.finditer(text):
            g = m.groupdict()
            try:
                month = int(g["m"]) if g.get("m") else MONTHS[g["mon"][:3].lower()]
                day, year = int(g["d"]), int(g["y"]) if g.get("y") else None
                dt.date(year or 2000, month, day)
            except (ValueError, KeyError):
                continue
            yield m.start(), year, month, day


def _first_date(text: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of the earliest explicit date in `text`."""
    found = min(_dates_in(text), default=None, key=lambda d: d[0])
    return found[1:] if found else None


def text_date(title: str, body: str, head_chars: int = 700) -> tuple[int | None, int, int] | None:
    """Date of the article from its dateline/byline/URL (head of the body), else from its title; a date told
    in a sentence of the head ('was gunned down on June 18 in ...') is only a lower bound (``NotBefore``)."""
    found = min(_dates_in(body[:head_chars]), default=None, key=lambda d: d[0])
    if found is None:
        return _first_date(title)
    return NotBefore(found[1:]) if _in_prose(body, found[0]) else found[1:]


def prose_bound(body: str) -> NotBefore | None:
    """The earliest day the body's sentences tell ('the ministers met on 12 May', 'signed on 14.05.2024'), as a
    lower bound of the article's date (``NotBefore``): whatever it reports, it was written on or after the
    days it tells. The earliest, so that a day still to come ('the vote due on June 30') bounds it only when
    the text tells no other; with years, among the dates that give one. None when the body tells none."""
    told = [d[1:] for d in _dates_in(body) if _in_prose(body, d[0])]
    with_year = [d for d in told if d[0] is not None]
    if with_year:
        return NotBefore(min(with_year))
    first = [d for d in told if all(_signed_days(o, d) >= 0 for o in told)]
    return NotBefore(first[0]) if first else None


def _in_prose(text: str, pos: int) -> bool:
    """The date at ``pos`` follows a preposition inside a line too long to be a date line or byline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    length = (len(text) if end < 0 else end) - start
    return length > HEADER_LINE_CHARS and bool(_PROSE_BEFORE.search(text[start:pos]))


def date_anchor(
    published_at: dt.date | str | None, title: str, body: str, captions: str = ""
) -> tuple[int | None, int, int] | None:
    """The article's date for the story window: published_at when known, else a date found in its head, else
    the complete date its removed photo captions state ('at the airport in Harare on July 13, 2023') when
    they state only one, else the earliest day its sentences tell, as a lower bound."""
    if published_at:
        d = published_at if isinstance(published_at, dt.date) else dt.date.fromisoformat(str(published_at)[:10])
        return (d.year, d.month, d.day)
    return text_date(title or "", body or "") or caption_date(captions) or prose_bound(body or "")


def caption_date(captions: str) -> tuple[int, int, int] | None:
    """The one complete date (with its year) stated in photo captions; None for none or several."""
    found = {(y, m, d) for _, y, m, d in _dates_in(captions or "") if y is not None}
    return found.pop() if len(found) == 1 else None


def within_window(a: tuple[int | None, int, int], b: tuple[int | None, int, int], window: int) -> bool:
    """Two anchors allow one story: two dates at most ``window`` days apart; a lower bound (``NotBefore``) and a
    date, when the date is not more than ``window`` days before the bound; two lower bounds always."""
    low_a, low_b = isinstance(a, NotBefore), isinstance(b, NotBefore)
    if low_a and low_b:
        return True
    if low_a or low_b:
        day, bound = (b, a) if low_a else (a, b)
        return _signed_days(day, bound) >= -window
    return days_apart(a, b) <= window


def undated_sides(a, b, window: int) -> int:
    """How many of two anchors count as no date for the undated discount: a missing one, and a lower bound
    (``NotBefore``) unless the other anchor lies within ``window`` days of it (then it tells the day, as before:
    the bound only adds later articles, at the undated discount)."""

    def undated(x, other) -> bool:
        if x is None:
            return True
        return isinstance(x, NotBefore) and (other is None or days_apart(x, other) > window)

    return undated(a, b) + undated(b, a)


def _signed_days(a: tuple[int | None, int, int], b: tuple[int | None, int, int]) -> int:
    """a - b in days; without both years, the nearer way round within one year."""
    if a[0] is not None and b[0] is not None:
        return (dt.date(*a) - dt.date(*b)).days  # type: ignore[arg-type]
    da = dt.date(2001, a[1], min(a[2], 28) if a[1] == 2 else a[2]).timetuple().tm_yday
    db = dt.date(2001, b[1], min(b[2], 28) if b[1] == 2 else b[2]).timetuple().tm_yday
    diff = (da - db) % 365
    return diff if diff <= 182 else diff - 365


def days_apart(a: tuple[int | None, int, int], b: tuple[int | None, int, int]) -> int:
    """Distance in days between two anchors; without both years, month/day are compared within one year."""
    if a[0] is not None and b[0] is not None:
        return abs((dt.date(*a) - dt.date(*b)).days)  # type: ignore[arg-type]
    da = dt.date(2001, a[1], min(a[2], 28) if a[1] == 2 else a[2]).timetuple().tm_yday
    db = dt.date(2001, b[1], min(b[2], 28) if b[1] == 2 else b[2]).timetuple().tm_yday
    diff = abs(da - db)
    return min(diff, 365 - diff)
