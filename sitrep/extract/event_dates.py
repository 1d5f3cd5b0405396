"""The date of an event: the nearest time expression in the trigger's clause, else the date the discourse
carries (an anaphoric occasion, the last day named) or the publication day."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.extract import dates
from sitrep.extract.event_context import EventContext
from sitrep.extract.event_lexicon import cue_alternation
from sitrep.extract.event_status import aspired
from sitrep.extract.event_syntax import clause_tokens

_WD_NAMES = "(?:" + "|".join(dates.WEEKDAYS) + ")"
#: an announced event said to happen later that day ('will meet later', 'this evening') takes the day told
SAME_DAY = re.compile(r"(?i)\b" + cue_alternation("same_day") + r"\b")
#: an arrival late in the day ('reached the capital late Wednesday', 'landed on Monday night'): what the article
#: tells next (talks, signings) is not carried onto that day; it falls back to the dateline or publication day
LATE_ARRIVAL = re.compile(
    r"(?i)\b"
    + cue_alternation("arrival")
    + r"\b.{0,80}?\b"
    + cue_alternation("late_time").replace("{weekday}", _WD_NAMES)
    + r"\b"
)
#: an occasion told before, referred back to ('during this visit', 'at that meeting'): its date carries over
ANAPHORIC_OCCASION = re.compile(
    r"\b"
    + cue_alternation("occasion_prep")
    + r"\s+"
    + cue_alternation("occasion_det")
    + r"\s+"
    + cue_alternation("occasion_noun")
    + r"\b",
    re.I,
)


def event_date(ctx: EventContext, trig: Token, sent: Span, status: str) -> tuple[str | None, str | None, dict]:
    """(iso, precision, hints) for the trigger from the nearest time expression in its sentence; carried
    from the previous event (or the publication date) when the sentence has none; hints keep the weekday
    or day of month of unanchored expressions so merging can check compatibility."""
    text = sent.text
    clause = clause_tokens(trig)
    char_ok = {
        i for t in sent if t.i in clause for i in range(t.idx - sent.start_char, t.idx - sent.start_char + len(t))
    }
    all_exprs = dates.find_time_expressions(text)
    exprs = [e for e in all_exprs if any(i in char_ok for i in range(e.start, e.end))]
    if not exprs and status == "planned" and not aspired(trig):
        exprs = all_exprs  # 'arrived on a visit to hold talks on Tuesday': the parse hangs the day elsewhere
    pos = trig.idx - sent.start_char
    hints: dict = {}
    ctx.date_source = "expression"
    if exprs:
        expr = min(exprs, key=lambda e: (abs((e.start + e.end) / 2 - pos), e.start))
        iso, prec = dates.resolve(expr, ctx.published_at, future=status == "planned", doc_dates=ctx.doc_dates)
        hints["kind"] = expr.kind
        if expr.kind == "weekday":
            hints["weekday"] = dates.WEEKDAYS[expr.groups["wd"].lower()]
        if expr.kind == "month_day":
            hints["month_day"] = (dates.MONTHS[expr.groups["mon"].lower().rstrip(".")], int(expr.groups["day"]))
        if iso is None and expr.kind in {"year", "full", "full_num", "month_year"}:
            return None, None, hints
        return iso, prec, hints
    ctx.date_source = "discourse"
    if ANAPHORIC_OCCASION.search(text) and ctx.last_any_date[0]:
        return ctx.last_any_date[0], ctx.last_any_date[1], hints  # 'During this visit, ...'
    ctx.date_source = "vague"
    if dates.has_vague_time(" ".join(t.text for t in sent if t.i in clause)):
        return None, None, hints
    if status == "planned" and not SAME_DAY.search(text):
        return None, None, hints  # an announced event names its own time ('later' = that day) or has none
    ctx.date_source = "discourse"
    if ctx.last_date[0] and ctx.last_date[1] == "day":
        return ctx.last_date[0], ctx.last_date[1], hints
    ctx.date_source = "publication"
    if ctx.published_at is not None:
        return ctx.published_at.isoformat(), "day", hints
    ctx.date_source = "unanchored"  # would take the discourse or publication date if the article had one
    return None, None, hints
