"""A happening dated only by its week or month takes the day the next sentences give the same occasion."""

from __future__ import annotations

from datetime import date

from sitrep.extract import entities, events

PUBLISHED = date(2031, 3, 4)  # a Tuesday


def _dated(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = nlp(text)
    return [
        (c["event_type"], c["trigger"], c["event_date"], c["date_precision"])
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    ]


def test_talks_of_later_this_month_take_the_day_of_the_meeting_told_next(nlp):
    found = _dated(
        nlp,
        "The defence ministers of Norland and Sudovia will hold talks later this month. Officials said the two "
        "ministers will attend the meeting, scheduled for March 19 in Tarvo.",
    )
    assert ("CONSULT", "hold talks", "2031-03-19", "day") in found


def test_a_meeting_of_later_this_week_takes_the_day_of_the_talks_told_next(nlp):
    found = _dated(
        nlp,
        "Norland, Sudovia and Belmark are set to meet again in Tarvo later this week. The Belmark foreign ministry "
        "said rebel envoys had been invited to attend the meetings, set for March 6-7.",
    )
    assert ("CONSULT", "meet", "2031-03-06", "day") in found


def test_another_meeting_named_without_a_definite_article_gives_no_day(nlp):
    found = _dated(
        nlp,
        "The defence ministers of Norland and Sudovia will hold talks later this month. Officials said the two "
        "ministers will attend a meeting of donors scheduled for March 19 in Tarvo.",
    )
    assert ("CONSULT", "hold talks", "2031-03", "month") in found


def test_a_day_outside_the_week_told_is_not_taken(nlp):
    found = _dated(
        nlp,
        "Norland, Sudovia and Belmark are set to meet again in Tarvo later this week. The Belmark foreign ministry "
        "said rebel envoys had been invited to attend the meetings, set for March 28-29.",
    )
    assert ("CONSULT", "meet", "2031-03", "month") in found
