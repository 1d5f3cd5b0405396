"""The day a relative day in a direct quotation counts from: the day the quotation was spoken. '"Our forces struck
the rebels yesterday," the general said on Wednesday' tells of Tuesday: the speaker's 'yesterday', 'today' and
'tonight' count from the day of the speaking the sentence names outside the quotation marks, not from the
publication day."""

from __future__ import annotations

from datetime import date

from sitrep.extract import dates

#: quotation marks a direct quotation opens and closes with
QUOTE_MARKS = frozenset('"“”')
#: kinds of time expression that name the day of the speaking outside the quotation
SPEAKING_KINDS = frozenset({"weekday", "month_day", "ordinal_day", "full", "full_num"})


def _quoted(text: str, start: int) -> bool:
    """The offset lies inside a quotation: an odd number of quotation marks opens before it."""
    return sum(1 for ch in text[:start] if ch in QUOTE_MARKS) % 2 == 1


def speaking_day(
    text: str, expr: dates.TimeExpr, exprs: list, published: date | None, doc_dates: tuple = ()
) -> date | None:
    """The day a quoted relative day (``expr``, a 'rel_day' inside quotation marks of the sentence ``text``)
    counts from: the one day the sentence names outside the quotation marks, on or before publication; None when
    ``expr`` is not such a day or the speaking is not dated by one day."""
    if expr.kind != "rel_day" or not _quoted(text, expr.start):
        return None
    outside = {
        iso
        for e in exprs
        if e.kind in SPEAKING_KINDS and not _quoted(text, e.start)
        for iso, prec in [dates.resolve(e, published, doc_dates=doc_dates)]
        if iso and prec == "day"
    }
    if len(outside) != 1:
        return None
    day = date.fromisoformat(outside.pop())
    return day if published is None or day <= published else None
