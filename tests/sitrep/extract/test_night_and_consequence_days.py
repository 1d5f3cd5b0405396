"""'Last night' is the evening before the day of writing; a participle telling what an act did at once shares
its day."""

from datetime import date

import pytest

from sitrep.extract import dates
from sitrep.extract.events import doc_event_candidates

FRIDAY = date(2024, 5, 10)


@pytest.mark.parametrize("words", ["last night", "late last night", "last evening"])
def test_last_night_is_the_day_before_publication(words):
    found = dates.find_time_expressions(f"Police detained 30 marchers {words}.")
    assert [dates.resolve(e, FRIDAY) for e in found] == [("2024-05-09", "day")]


def _days(analyse, text):
    doc, ments = analyse(text)
    return {(c["event_type"], c["event_date"]) for c in doc_event_candidates(doc, ments, FRIDAY)}


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        ("A car bomb went off outside the Freedonian barracks last night, wounding 12 soldiers.", "ASSAULT",
         "2024-05-09"),
        ("Ruritanian jets bombed a Freedonian border village on Tuesday, killing nine civilians.", "ASSAULT",
         "2024-05-07"),
        ("Gunmen stormed a Ruritanian police station on Sunday, leaving four officers dead.", "ASSAULT",
         "2024-05-05"),
    ],
)  # fmt: skip
def test_what_an_act_did_at_once_is_of_its_day(analyse, text, etype, day):
    assert (etype, day) in _days(analyse, text)
