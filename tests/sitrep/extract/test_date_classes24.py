"""Date classes of round 24, tested on invented reports through the real spaCy pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import dates, entities, events

#: a Friday: 'Wednesday' is two days before it
FRIDAY = date(2031, 5, 9)


def _dates(nlp, text: str, published: date = FRIDAY) -> dict[str, str | None]:
    doc = nlp(text)
    return {
        c["event_type"]: c["event_date"]
        for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), published)
    }


# --- a shift told in whole weeks counts seven days a week, like a shift in days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys met a week ago.", (-7, "publication")),
        ("The envoys met two weeks ago.", (-14, "publication")),
        ("A week earlier, the envoys met.", (-7, "discourse")),
        ("one week after the vote", (-7, "clause")),
        ("The envoys met weeks ago.", None),  # no count: vague
    ],
)
def test_a_shift_in_weeks_and_what_it_counts_from(text, expected):
    assert dates.day_shift(text) == expected


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("Chad and Niger signed a security pact a week ago.", "SUPPORT", "2031-05-02"),
        ("Police arrested the opposition leader in Cairo two weeks ago.", "COERCE", "2031-04-25"),
        ("Rebels attacked an army base in the north one week ago, the military said.", "ASSAULT", "2031-05-02"),
    ],
)
def test_an_act_told_weeks_ago_takes_that_day(nlp, text, etype, day):
    assert _dates(nlp, text)[etype] == day


def test_weeks_ago_without_a_count_stays_vague(nlp):
    assert _dates(nlp, "Chad and Niger signed a security pact weeks ago.")["SUPPORT"] is None
