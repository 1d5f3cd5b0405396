"""A happening dated only by its week or month ('will meet later this week', 'talks later this month') takes the day
a following sentence gives the same occasion, referred back to by a definite event noun ('... invited to attend the
meetings, set for March 15-16')."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: kinds of time expression that date a happening only to its week or month (``dates``)
VAGUE_KINDS = frozenset({"rel_week", "weekend", "rel_month"})
#: of those, the kinds of a week: the day told later lies within this many days of the report's day
WEEK_KINDS = frozenset({"rel_week", "weekend"})
WEEK_REACH_DAYS = 13
#: determiners of an occasion told before ('the meetings', 'these talks')
DEFINITE_DETS = frozenset({"the", "these", "those", "that", "this"})
#: how many sentences after the vague one the day of the occasion may be told
FOLLOWING_SENTENCES = 2


def _definite_noun(doc: Doc, cand: dict) -> bool:
    """The candidate's trigger ends in a noun with a definite determiner ('attend [the meetings]')."""
    sent = doc.char_span(cand["start_char"], cand["end_char"], alignment_mode="expand")
    word = (cand.get("trigger") or "").split()[-1:]
    if sent is None or not word:
        return False
    nouns: list[Token] = [t for t in sent if t.text == word[0] and t.pos_ in {"NOUN", "PROPN"}]
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for t in nouns for c in t.children)


def _within(vague: dict, day: str, published_at: date) -> bool:
    """The day lies in the vague date's month, and for a week within reach of the report's day."""
    if not day.startswith(vague["event_date"]):
        return False
    if (vague.get("date_hints") or {}).get("kind") in WEEK_KINDS:
        return abs((date.fromisoformat(day) - published_at).days) <= WEEK_REACH_DAYS
    return True


def date_occasions(doc: Doc, cands: list[dict], published_at: date | None) -> None:
    """Give a week- or month-dated candidate the day of the same occasion told right after it: a candidate of the
    same type and status in one of the next ``FOLLOWING_SENTENCES`` sentences, dated to a day inside the vague
    range, whose trigger is a definite event noun (an occasion already told)."""
    if published_at is None:
        return
    starts = sorted({s.start_char for s in doc.sents})
    order = {s: i for i, s in enumerate(starts)}
    for vague in cands:
        if vague.get("date_precision") != "month" or (vague.get("date_hints") or {}).get("kind") not in VAGUE_KINDS:
            continue
        here = order.get(vague["start_char"])
        for later in cands:
            there = order.get(later["start_char"])
            if here is None or there is None or not 0 < there - here <= FOLLOWING_SENTENCES:
                continue
            if (later["event_type"], later.get("event_status")) != (vague["event_type"], vague.get("event_status")):
                continue
            if later.get("date_precision") != "day" or not _within(vague, later["event_date"], published_at):
                continue
            if _definite_noun(doc, later):
                vague.update(event_date=later["event_date"], date_precision="day", date_source="discourse")
                break
