"""Complete dates written in digits ('17.06.2023', '2023/06/17', '17/06/2023', '2023-06-17T09:30'), read the same
way by event dating (sitrep.extract.dates) and story dating (sitrep.dedup.features).

Which number is the day: a year first is always year-month-day (ISO order); a year last is day-month-year with
dots or dashes (the European order), and with slashes whichever order the numbers allow: '17/06/2023' can only
be the 17th of June, '06/17/2023' only June 17th. '06/07/2023' allows both: it is read as the reading nearer a
known day (the publication day) when there is one, else not at all (no guess between June 7th and July 6th).
"""

from __future__ import annotations

import re
from datetime import date

_Y = r"(?P<{}>(?:19|20)\d\d)"
#: (order, pattern): 'ymd' year first, 'dmy' day first, 'either' day or month first (slashes, year last)
NUMERIC_DATES: list[tuple[str, re.Pattern]] = [
    ("ymd", re.compile(r"(?<!\d)" + _Y.format("y") + r"([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d])")),
    ("dmy", re.compile(r"(?<![\d./-])(?P<d>[0-3]?\d)([.-])(?P<m>[01]?\d)\2" + _Y.format("y") + r"(?![\d])")),
    ("either", re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/" + _Y.format("y") + r"(?![\d])")),
]


def _day(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def numeric_date(order: str, groups: dict, near: date | None = None) -> date | None:
    """The date a match of ``NUMERIC_DATES`` writes, or None (impossible, or two readings and nothing to
    choose by); ``near`` picks between two readings of a slashed date."""
    y = int(groups["y"])
    if order == "ymd":
        return _day(y, int(groups["m"]), int(groups["d"]))
    if order == "dmy":
        return _day(y, int(groups["m"]), int(groups["d"]))
    a, b = int(groups["a"]), int(groups["b"])
    readings = {r for r in (_day(y, b, a), _day(y, a, b)) if r is not None}
    if len(readings) == 1:
        return readings.pop()
    if not readings or near is None:
        return None
    return min(readings, key=lambda r: (abs((r - near).days), r))


def find_numeric_dates(text: str, near: date | None = None) -> list[tuple[int, int, date]]:
    """(start, end, date) of every complete date written in digits in ``text``, in order, not overlapping."""
    found: list[tuple[int, int, date]] = []
    if not re.search(r"\d[./-]\d", text):
        return found
    for order, pat in NUMERIC_DATES:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e, _ in found):
                continue
            d = numeric_date(order, m.groupdict(), near)
            if d is not None:
                found.append((m.start(), m.end(), d))
    return sorted(found)
