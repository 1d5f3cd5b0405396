"""Find time expressions in a sentence and normalise them against the article's publication date.

Rules (why): a relative expression ("on Tuesday", "yesterday", "in February") only means a calendar date when
there is an anchor, normally the publication date. Without one we return no date rather than a guess; only
expressions that carry their own year ("June 12, 2023", "in 2019") resolve unanchored. A weekday in an
unanchored article may still resolve when the article itself states a full date falling on that weekday
(e.g. a photo caption "in Lima on May 4, 2022" next to "landed on Wednesday").
Precision is "day", "month" or "year"; a week ("last week") resolves to its month only when the whole week
lies in one month.

A dateline opening a text ("BERLIN, Oct. 3 (Reuters) -", "MOSCOW (Agency - 07th February, 2023)") says when the
story was filed, not when its events happened: its date is no expression of the sentence. A weekday the sentence
names wins ("... met on Wednesday": the most recent Wednesday on or before the filing day, the following one
for "next Wednesday" or an announced event); the dateline's date is then only the anchor (the publication date,
or a full date the text states).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import dateparser

from sitrep import timewords
from sitrep.extract.text_openings import ASCII_FOLD as _ASCII_FOLD
from sitrep.extract.text_openings import digit_runs, matches_at, word_positions
from sitrep.extract.text_openings import positions as _positions
from sitrep.ingest.dates import parse_dateline
from sitrep.numeric_dates import NUMERIC_DATES, numeric_date

MONTHS = timewords.MONTHS
WEEKDAYS = timewords.WEEKDAYS

#: relative day, week and year words of the patterns below -> their offset from the anchor (days, days, years)
DAY_OFFSETS = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "last night": -1,  # the evening before the day of writing ('exploded late last night')
    "last evening": -1,
    "this morning": 0,  # the day of writing ('the minister said this morning')
    "this afternoon": 0,
    "this evening": 0,
    # the hours just before writing ('rebels shelled the port in recent hours', 'a few hours ago, talks began')
    "in the last few hours": 0,
    "in the past few hours": 0,
    "in recent hours": 0,
    "in the last hour": 0,
    "in the past hour": 0,
    "a few hours ago": 0,
}
WEEK_OFFSETS = {"last": -7, "next": 7}
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WD_REL = r"(?:(?P<wrel>next|last|this|coming|past)\s+)?"

#: a span of days in one month ('from May 2 to 9', 'March 6-10, 2023'): what it tells of ended on its
#: last day (talks that close with an agreement), so the span reads as that day; ``day`` is the last one.
#: A span an announced event is set for ('talks set for March 14-15') reads as its first day: it opens then
_SPAN = (
    rf"(?:from\s+)?{_MON}\s+(?P<first>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*{_DAY}\b"
    r"(?!\s*(?:million|billion|per|%))"
)

#: a day of the month named by its ordinal alone, closing its phrase ('on the 28th,', 'on the 3rd of last month'):
#: not 'the 5th Fleet' or 'on the 20th anniversary' (a noun follows)
_ORDINAL_DAY = (
    r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?:\s+of\s+(?P<rel>this|last|next)\s+month\b)?(?=\s*(?:[,.;:)]|$|and\b|when\b|after\b|before\b|at\b|in\b))"
)

# (kind, pattern) in priority order; the first kinds are the most specific
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("full", re.compile(rf"\b{_SPAN},?\s+{_YEAR}\b", re.I)),
    ("month_day", re.compile(rf"\b{_SPAN}(?![,]?\s*(?:19|20)\d\d)", re.I)),
    ("full", re.compile(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("full", re.compile(rf"\b{_DAY}(?:\s+of)?\s+{_MON},?\s+{_YEAR}\b", re.I)),
    *(("full_num", pat) for _, pat in NUMERIC_DATES),  # '2023-06-17', '17.06.2023', '17/06/2023'
    ("month_day", re.compile(rf"\b{_MON}\s+{_DAY}\b(?![,]?\s*(?:19|20)\d\d)(?!\s*(?:million|billion|per))", re.I)),
    ("month_day", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}\b(?![,]?\s*(?:19|20)\d\d)", re.I)),
    ("month_year", re.compile(rf"\b{_MON},?\s+(?:of\s+)?{_YEAR}\b", re.I)),
    (
        "month_rel",
        re.compile(
            rf"\b{_MON}\s+(?:of\s+)?(?P<rel>last|this|next|the\s+prior|the\s+previous|the\s+same)"
            r"\s+year\b",
            re.I,
        ),
    ),
    ("weekday", re.compile(rf"\b{_WD_REL}{_WD}\b", re.I)),
    (
        "rel_day",
        re.compile(
            r"\b(?P<rel>"
            + "|".join(w.replace(" ", r"\s+") for w in sorted(DAY_OFFSETS, key=len, reverse=True))
            + r")\b",
            re.I,
        ),
    ),
    ("rel_week", re.compile(r"\b(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+week\b", re.I)),
    # a weekend: 'over the weekend', 'last weekend', 'this weekend', 'next weekend' (read as its Saturday's month)
    ("weekend", re.compile(r"\b(?P<rel>over\s+the|during\s+the|at\s+the|the\s+past|last|this|next)\s+weekend\b", re.I)),
    # a day of the month without its month ('on the 28th', 'on the 3rd of this month'): the latest such day
    ("ordinal_day", re.compile(_ORDINAL_DAY, re.I)),
    ("rel_month", re.compile(r"\b(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+month\b", re.I)),
    ("rel_year", re.compile(r"\b(?P<rel>last|this|next)\s+year\b", re.I)),
    (
        "month",
        re.compile(
            rf"\b(?:(?:in|since|during|until|by|of|last)\s+|(?:early|mid|late)(?:-|\s+))(?:(?:early|mid|late)-?\s*)?"
            rf"{_MON}(?!\s+\d)",
            re.I,
        ),
    ),
    ("year", re.compile(rf"\b(?:in|since|during|of|from|by)\s+(?:early\s+|late\s+|mid-?)?{_YEAR}\b", re.I)),
]
#: what each pattern above cannot match without (a necessary condition, checked once per text, so a pattern is
#: only run on a text that has it): a month name (where the patterns put one: at a word edge or straight after
#: early/mid/late), a digit, a weekday, or one of the relative words
_GATES = {
    "mon": re.compile(r"(?:\b|(?<=early)|(?<=mid)|(?<=late))(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I),
    "digit": re.compile(r"\d"),
    "weekday": re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I),
    "rel_day": re.compile(
        r"yesterday|today|tomorrow|tonight|(?:last|this)\s+(?:night|morning|afternoon|evening)|hours?\b", re.I
    ),
    "week": re.compile(r"week", re.I),
    "month": re.compile(r"month", re.I),
    "year": re.compile(r"year", re.I),
}
#: the words a match of the slower gates above starts with (lower case): such a gate is tried only where one of
#: them starts (``_open_gates``), not at every character of the text
_GATE_STARTS = {
    "mon": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "rel_day": ("yesterday", "today", "tomorrow", "tonight", "last", "this", "hour"),
}


def _open_gates(text: str) -> set[str]:
    """The names of the gates (``_GATES``) with a match in ``text``. A case-insensitive match of a gate starts
    where its text, lower-cased (``_ASCII_FOLD`` added), has one of the gate's start words; the gate is asked
    there only (``match`` at that position, which sees the text before it). Where lower-casing changes the
    text's length ('İ'), positions do not line up and the gate searches the whole text as before."""
    folded = text.lower()
    aligned = len(folded) == len(text)
    folded = folded.translate(_ASCII_FOLD)
    present = set()
    for name, gate in _GATES.items():
        starts = _GATE_STARTS.get(name) if aligned else None
        if starts is None:
            hit = gate.search(text) is not None
        else:
            hit = any(gate.match(text, at) for at in _positions(folded, starts))
        if hit:
            present.add(name)
    return present


_PATTERN_GATES: list[tuple[str, ...]] = [
    ("mon", "digit"),
    ("mon", "digit"),
    ("mon", "digit"),
    ("mon", "digit"),
    *(("digit",) for _ in NUMERIC_DATES),
    ("mon", "digit"),
    ("mon", "digit"),
    ("mon", "digit"),
    ("mon", "year"),
    ("weekday",),
    ("rel_day",),
    ("week",),
    ("week",),
    ("digit",),
    ("month",),
    ("year",),
    ("mon",),
    ("digit",),
]
#: the words every match of a pattern opens with (lower case; ``_PATTERN_OPENINGS``): a month name, or 'from'
#: before one ('from May 2 to 9')
_OPENING_WORDS = {"mon": _GATE_STARTS["mon"], "from_mon": ("from", *_GATE_STARTS["mon"])}
#: how the patterns that open with a day or a year start: at a digit with no digit before it (a word edge, or a
#: look-behind that refuses a digit), so at the start of a run of digits (``text_openings.digit_runs``)
_DIGIT_OPENINGS = (
    r"\b(?P<day>[0-3]?\d)",
    r"(?<!\d)(?P<y>(?:19|20)",
    r"(?<![\d./-])(?P<d>[0-3]?\d)",
    r"(?<![\d./-])(?P<a>[0-3]?\d)",
)
#: per pattern, the kind of word its matches open with at a word edge (read off its regex: one opening with
#: ``\b`` and the month group, or 'from' and the month group), else None: such a pattern is tried only where
#: one of those words starts (``text_openings.matches_at``), not at every character of the text
_PATTERN_OPENINGS: list[str | None] = [
    "from_mon"
    if pat.pattern.startswith(r"\b(?:from\s+)?(?P<mon>")
    else "mon"
    if pat.pattern.startswith(r"\b(?P<mon>")
    else "digit"
    if pat.pattern.startswith(_DIGIT_OPENINGS)
    else None
    for _kind, pat in PATTERNS
]


# expressions that place an event in time without giving a resolvable date: block carrying a date over
VAGUE = re.compile(
    r"\b(?:recently|previously|formerly|in the past(?!\s+(?:few\s+)?hours?\b)|"
    r"(?:last|past|previous)\s+(?:decade|few\s+(?!hours?\b)\w+|several\s+\w+)|"
    r"(?:\w+|\d+)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|after|before|earlier|later)|since\s+the|"
    r"in\s+the\s+(?:coming|next)\s+\w+|"
    r"over\s+the\s+past\s+\w+|(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b",
    re.I,
)


#: a count of days (a word or a number) -> days
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "the": 1}
#: a shift in days (or whole weeks) from another day ('three days after', 'two days earlier', 'the previous day',
#: 'a day ago', 'a week ago', 'two weeks after');
#: ``dir`` says which way and from what: after/before a clause that follows, earlier/later than the day told
#: before, ago from the publication day
DAY_SHIFT = re.compile(
    r"\b(?:(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+(?P<unit>days?|weeks?)\s+"
    r"(?P<dir>after|before|earlier|later|ago)"
    r"|the\s+day\s+(?P<dir2>after|before|earlier)|the\s+(?P<dir3>previous|following|next)\s+day)\b",
    re.I,
)
#: each word of a shift -> the sign of the shift and what it is counted from ('clause', 'discourse', 'publication')
_SHIFT_WAYS = {
    "after": (-1, "clause"),
    "before": (1, "clause"),
    "earlier": (-1, "discourse"),
    "later": (1, "discourse"),
    "ago": (-1, "publication"),
    "previous": (-1, "discourse"),
    "following": (1, "discourse"),
    "next": (1, "discourse"),
}


def day_shift(text: str) -> tuple[int, str] | None:
    """(signed days, anchor) of the first shift in days in ``text``: 'three days after X met Y' -> (-3, 'clause')
    (the event of the after-clause came three days before the day of the clause it hangs on), 'two days
    earlier' -> (-2, 'discourse'), 'the following day' -> (1, 'discourse'), 'a day ago' -> (-1, 'publication'),
    'the day before.' with nothing after it -> (-1, 'discourse'); None when it names none."""
    m = DAY_SHIFT.search(text)
    if not m:
        return None
    n = m.group("n")
    days = 1 if n is None else int(n) if n.isdigit() else _COUNTS[n.lower()]
    if (m.group("unit") or "").lower().startswith("week"):
        days *= 7  # 'a week ago', 'two weeks after the vote': the same weekday that many weeks away
    word = (m.group("dir") or m.group("dir2") or m.group("dir3")).lower()
    sign, anchor = _SHIFT_WAYS[word]  # 'the day after X met Y' counts from the clause it hangs on, like 'a day after'
    if anchor == "clause" and not re.match(r"\s*\w", text[m.end() :]):
        # 'struck Gaza the day before.': no clause or noun to count from, the day the discourse told before
        return -sign * days, "discourse"
    return sign * days, anchor


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a text: its kind, offsets and regex groups."""

    kind: str
    start: int
    end: int
    text: str
    groups: dict


def dateline_end(text: str) -> int:
    """Where a news dateline opening ``text`` ends ('BERLIN, Oct. 3 (Reuters)' in 'BERLIN, Oct. 3 (Reuters) -
    Ministers met ...'); 0 when the text does not open with one."""
    lead = len(text) - len(text.lstrip())
    found = parse_dateline(text[lead:])
    if not found or not text.startswith(found["text"], lead):
        return 0
    return lead + len(found["text"])


#: a dateline's day anchors a story's relative days when it lies up to this many days before its publication day
#: (a story filed on Monday and posted on Wednesday) or one day after it (filed east of the date line of the
#: publication's clock: 'Oct. 4' local is still Oct. 3 in UTC)
FILING_LAG_DAYS = 7


def filing_day(text: str, published: date | None) -> date | None:
    """The day a story was filed, from a dateline opening one of its first paragraphs ('BERLIN, Oct. 3
    (Reuters) -'), when it differs from the publication day by at most ``FILING_LAG_DAYS`` before or one after:
    its 'yesterday' and 'on Tuesday' count from the day it was written. None otherwise."""
    if published is None:
        return None
    for para in [p.strip() for p in text.split("\n") if p.strip()][:3]:
        found = parse_dateline(para)
        if found:
            break
    else:
        return None
    if not found.get("month") or not found.get("day"):
        return None
    filed = found.get("date") or _closest_year(found["month"], found["day"], published, future=False)
    if filed is None:
        return None
    lag = (published - filed).days
    return filed if lag != 0 and -1 <= lag <= FILING_LAG_DAYS else None


def find_time_expressions(text: str, *, include_dateline: bool = False) -> list[TimeExpr]:
    """Non-overlapping time expressions in ``text``, most specific kinds winning overlaps.

    A dateline opening the text is skipped (when the story was filed is no time of its events) unless
    ``include_dateline``. The same sentence is asked about more than once per article (discourse dates, then
    each event's date): answers are kept for the last few thousand texts."""
    return list(_time_expressions(text, include_dateline))


@lru_cache(maxsize=4096)
def _time_expressions(text: str, include_dateline: bool, upto: int | None = None) -> tuple[TimeExpr, ...]:
    """The expressions of the first ``upto`` patterns (all by default): a pattern's matches depend only on those
    of the patterns before it (each takes what they left), so a prefix gives the same expressions of its kinds."""
    found: list[TimeExpr] = []
    skip = 0 if include_dateline else dateline_end(text)
    taken: list[tuple[int, int]] = [(0, skip)] if skip else []
    present = _open_gates(text)
    starts: dict[str, list[int] | None] = {}
    for (kind, pat), needs, opening in zip(
        PATTERNS[:upto], _PATTERN_GATES[:upto], _PATTERN_OPENINGS[:upto], strict=True
    ):
        if not present.issuperset(needs):
            continue
        if opening == "digit" and opening not in starts:
            starts[opening] = digit_runs(text)
        elif opening and opening not in starts:
            starts[opening] = word_positions(text, _OPENING_WORDS[opening])
        at = starts.get(opening) if opening else None
        for m in pat.finditer(text) if at is None else matches_at(pat, text, at):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "month_day" and m.group("mon").lower() == "may" and not _looks_like_may_date(text, m):
                continue
            if kind == "month" and m.group("mon").lower() in {"may", "mar"} and text[m.start("mon")].islower():
                continue
            found.append(TimeExpr(kind, m.start(), m.end(), m.group(0), m.groupdict()))
            taken.append((m.start(), m.end()))
    return tuple(sorted(found, key=lambda t: t.start))


def _looks_like_may_date(text: str, m: re.Match) -> bool:
    """'May 29' is a date; 'may 2 countries' (the modal verb) is not: require capital M."""
    return text[m.start("mon")] == "M"


def has_vague_time(text: str) -> bool:
    """True when the text dates something only vaguely ('years ago', 'recently'): no date should be carried."""
    return bool(VAGUE.search(text))


def _month_num(groups: dict) -> int:
    return MONTHS[groups["mon"].lower().rstrip(".")]


def _closest_year(month: int, day: int, anchor: date, future: bool) -> date | None:
    """The date with this month/day nearest to the anchor (past preferred unless ``future``)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        delta = (d - anchor).days
        penalty = abs(delta) + (0 if (delta >= 0) == future or delta == 0 else 30)
        if best is None or penalty < best[0]:
            best = (penalty, d)
    return best[1] if best else None


def _weekday_date(wd: int, anchor: date, future: bool, rel: str | None = None) -> date:
    """Most recent such weekday on/before the anchor, or the next one on/after it for future events;
    "next Wednesday" is the first one after the anchor, "last Wednesday" the last one before it."""
    if rel in {"next", "coming"}:
        return anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)
    if rel in {"last", "past"}:
        return anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)
    if future:
        return anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - wd) % 7)


def _week_month(monday: date) -> tuple[str, str]:
    """A week's month: the month of its Thursday, the day ISO 8601 uses to give a week its year. A week across
    two months ('last week' written on Tuesday 3 June) lies mostly in the month of its Thursday."""
    thursday = monday + timedelta(days=3)
    return f"{thursday.year:04d}-{thursday.month:02d}", "month"


def _weekend_month(anchor: date, rel: str, future: bool) -> tuple[str, str]:
    """A weekend's month, read from its Saturday: the last weekend on or before the anchor ('over the weekend',
    'last weekend'), the next one for 'next weekend', the current one for 'this weekend' (the coming one for a
    plan)."""
    back = (anchor.weekday() - 5) % 7  # days since the last Saturday (0 on a Saturday)
    saturday = anchor - timedelta(days=back)
    if rel == "next" or (future and rel == "this" and back > 1):
        saturday += timedelta(days=7)
    elif rel == "last" and back <= 1:
        saturday -= timedelta(days=7)
    return f"{saturday.year:04d}-{saturday.month:02d}", "month"


def _ordinal_day(day: int, anchor: date, rel: str | None, future: bool) -> tuple[str | None, str | None]:
    """'on the 28th': that day of the anchor's month when it is not yet past for a plan or already past for a
    report, else of the month before (after, for a plan); 'of last/this/next month' says which month."""
    step = {"last": -1, "this": 0, "next": 1}.get(rel or "")
    tries = 1 if step is not None else 3  # a 30th or 31st told without its month: the nearest month that has it
    if step is None:
        step = (0 if day >= anchor.day else 1) if future else (0 if day <= anchor.day else -1)
    way = 1 if future else -1
    for _ in range(tries):
        month = anchor.month - 1 + step
        try:
            return date(anchor.year + month // 12, month % 12 + 1, day).isoformat(), "day"
        except ValueError:
            step += way
    return None, None


def resolve(
    expr: TimeExpr, anchor: date | None, *, future: bool = False, doc_dates: tuple[date, ...] = ()
) -> tuple[str | None, str | None]:
    """(ISO date or YYYY-MM or YYYY, precision) for one expression, or (None, None) when it cannot anchor."""
    g, k = expr.groups, expr.kind
    try:
        if k == "full" and g.get("first"):  # a span: its last day (its first for what is announced)
            day = g["first"] if future else g["day"]
            return date(int(g["year"]), _month_num(g), int(day)).isoformat(), "day"
        if k == "full":
            parsed = _strict_date(expr.text)
            d = parsed or date(int(g["year"]), _month_num(g), int(g["day"]))
            return d.isoformat(), "day"
        if k == "full_num":  # a slashed date with two readings takes the one nearer the anchor, else none
            d = numeric_date("either" if "a" in g else "ymd", g, anchor)
            return (d.isoformat(), "day") if d else (None, None)
        if k == "month_year":
            return f"{int(g['year']):04d}-{_month_num(g):02d}", "month"
        if k == "year":
            return g["year"], "year"
    except ValueError:
        return None, None
    if k == "weekday" and anchor is None:
        wd = WEEKDAYS[g["wd"].lower()]
        same = {d for d in doc_dates if d.weekday() == wd}
        return (same.pop().isoformat(), "day") if len(same) == 1 else (None, None)
    if anchor is None:
        return None, None
    return _resolve_relative(expr, anchor, future)


@lru_cache(maxsize=4096)
def _strict_date(text: str) -> date | None:
    """The day dateparser reads in a full calendar date ('May 4, 2022'; strict: day, month and year all
    stated, so nothing is taken from today), None when it reads none. An article states the same date in its
    own text and again in the sentences of its events, and news of one week repeat their dates: dateparser,
    the slowest step of date reading, is asked once per text."""
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _resolve_relative(expr: TimeExpr, anchor: date, future: bool) -> tuple[str | None, str | None]:
    g, k = expr.groups, expr.kind
    if k == "month_day":
        day = g["first"] if future and g.get("first") else g["day"]  # an announced span opens on its first day
        d = _closest_year(_month_num(g), int(day), anchor, future)
        return (d.isoformat(), "day") if d else (None, None)
    if k == "weekday":
        rel = (g.get("wrel") or "").lower() or None
        return _weekday_date(WEEKDAYS[g["wd"].lower()], anchor, future, rel).isoformat(), "day"
    if k == "rel_day":
        return (anchor + timedelta(days=DAY_OFFSETS[" ".join(g["rel"].lower().split())])).isoformat(), "day"
    if k == "rel_week":
        rel = " ".join(g["rel"].lower().split())
        monday = anchor - timedelta(days=anchor.weekday())
        monday += timedelta(days=WEEK_OFFSETS.get(rel, 0))
        return _week_month(monday)
    if k == "weekend":
        return _weekend_month(anchor, " ".join(g["rel"].lower().split()), future)
    if k == "ordinal_day":
        return _ordinal_day(int(g["day"]), anchor, (g.get("rel") or "").lower() or None, future)
    if k == "rel_month":
        step = {"last": -1, "next": 1}.get(g["rel"].lower().split()[0], 0)
        month = anchor.month - 1 + step
        return f"{anchor.year + month // 12:04d}-{month % 12 + 1:02d}", "month"
    if k == "rel_year":
        return str(anchor.year + YEAR_OFFSETS[g["rel"].lower()]), "year"
    if k == "month_rel":
        rel = g["rel"].lower()
        year = anchor.year + (
            -1 if rel in {"last"} or "prior" in rel or "previous" in rel else 1 if rel == "next" else 0
        )
        return f"{year:04d}-{_month_num(g):02d}", "month"
    if k == "month":
        m = _month_num(g)
        year = anchor.year
        if not future and m > anchor.month:
            year -= 1
        elif future and m < anchor.month:
            year += 1
        return f"{year:04d}-{m:02d}", "month"
    return None, None


#: the kinds of a full calendar date, and how many of the patterns (in priority order) can decide them
FULL_DATE_KINDS = frozenset({"full", "full_num"})
_FULL_DATE_PATTERNS = 1 + max(i for i, (kind, _pat) in enumerate(PATTERNS) if kind in FULL_DATE_KINDS)


def explicit_dates(text: str) -> tuple[date, ...]:
    """Full calendar dates stated in a text (used as a weekday anchor when the article has no date). Read with
    the patterns up to the last of a full date's kinds only (the rest cannot change them): a whole article's
    text is read once so, not with all twenty patterns."""
    out = []
    for e in _time_expressions(text, True, _FULL_DATE_PATTERNS):
        if e.kind in FULL_DATE_KINDS:
            iso, _ = resolve(e, None)
            if iso:
                out.append(date.fromisoformat(iso))
    return tuple(out)


def normalize(
    text: str, anchor: date | None, *, future: bool = False, doc_dates: tuple[date, ...] = ()
) -> tuple[str | None, str | None]:
    """Resolve the most specific time expression in ``text``; (None, None) when there is none or no anchor."""
    exprs = find_time_expressions(text)
    if not exprs:
        return None, None
    order = [p[0] for p in PATTERNS]
    best = min(exprs, key=lambda e: order.index(e.kind))
    return resolve(best, anchor, future=future, doc_dates=doc_dates)
