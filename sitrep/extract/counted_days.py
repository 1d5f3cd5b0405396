"""The day of a main clause counted from the day of the clause it is measured against: 'Israeli jets struck Gaza
two days after Hamas fired rockets on Tuesday' (Thursday), 'Hamas fired rockets the day before the leaders met in
Cairo on Thursday' (Wednesday). The after / before clause names the day; the main clause lies the counted days
after or before it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sitrep.extract import dates
from sitrep.extract.event_syntax import clause_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: the sign of the main clause's shift from the day of a clause it is counted against ('two days [after] ...')
COUNT_MARKS = {"after": 1, "before": -1}
#: the units a count of days is told in ('two days after', 'the day before')
DAY_UNITS = frozenset({"day", "days"})
#: kinds of time expression that name one day
DAY_KINDS = frozenset({"weekday", "rel_day", "month_day", "ordinal_day", "full", "full_num"})


def _count(unit: Token) -> int:
    """The number of days a unit noun counts ('two days' -> 2, 'the day' -> 1); 0 when it is not read."""
    nums = [c for c in unit.children if c.dep_ == "nummod"]
    if not nums:
        return 1 if unit.lower_ == "day" else 0
    word = nums[0].lower_
    if word.isdigit():
        return int(word)
    return dates._COUNTS.get(word, 0)  # noqa: SLF001 - the count words of day shifts


def counted_day(verb: Token, sent: Span, exprs: list, anchor: date | None, doc_dates: tuple = ()) -> str | None:
    """The iso day of ``verb``'s clause counted from an after / before clause hung on it that names a day
    ('struck Gaza [two days after Hamas fired rockets on Tuesday]'); None when it has no such clause."""
    for c in verb.children:
        if c.dep_ != "advcl" or c.i < verb.i:
            continue
        marks = [g for g in c.children if g.dep_ in {"mark", "prep"} and g.lower_ in COUNT_MARKS]
        units = [g for g in c.children if g.dep_ == "npadvmod" and g.lower_ in DAY_UNITS]
        if not marks or not units or not (days := _count(units[0])):
            continue
        held = {
            i
            for t in sent
            if t.i in clause_tokens(c)
            for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))
        }
        own = [e for e in exprs if e.kind in DAY_KINDS and any(i in held for i in range(e.start, e.end))]
        if not own:
            continue
        iso, prec = dates.resolve(own[0], anchor, doc_dates=doc_dates)
        if iso and prec == "day":
            return (date.fromisoformat(iso) + timedelta(days=COUNT_MARKS[marks[0].lower_] * days)).isoformat()
    return None
