"""'In the last few hours' and its kin are the hours just before writing: the event is of the day of writing."""

from datetime import date

import pytest

from sitrep.extract import dates
from sitrep.extract.events import doc_event_candidates

WEDNESDAY = date(2024, 5, 15)


@pytest.mark.parametrize(
    "words",
    ["in the last few hours", "in the past few hours", "in recent hours", "in the past hour", "a few hours ago"],
)
def test_recent_hours_are_the_day_of_writing(words):
    found = dates.find_time_expressions(f"The envoy met the rebel leaders {words}.")
    assert [dates.resolve(e, WEDNESDAY) for e in found] == [("2024-05-15", "day")]
    assert not dates.has_vague_time(f"The envoy met the rebel leaders {words}.")


def test_a_call_of_the_last_few_hours_is_dated_the_day_of_writing(analyse):
    text = "In the last few hours the Ruritanian envoy held talks with rebel commanders in Tarsia, the mission said."
    doc, ments = analyse(text)
    days = {(c["event_type"], c["event_date"]) for c in doc_event_candidates(doc, ments, WEDNESDAY)}
    assert ("CONSULT", "2024-05-15") in days, days


def test_hours_of_a_fight_are_no_date():
    assert dates.find_time_expressions("The siege lasted for several hours.") == []


def test_the_past_few_years_stay_vague():
    assert dates.has_vague_time("The two states have traded barbs in the past few years.")
