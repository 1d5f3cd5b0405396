"""'Last night' is the evening before the day of writing; a participle telling what an act did at once shares
its day; a person is in one place on one day."""

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


def test_an_act_with_no_place_takes_the_city_stated_for_the_same_person_that_day(analyse):
    doc, ments = analyse(
        "At a news conference in Salem, Oregon, on Saturday, Prime Minister Taro Brenn condemned the rocket launch. "
        "On Saturday, Brenn and his host also urged Freedonia to halt its missile programme."
    )
    cands = doc_event_candidates(doc, ments, FRIDAY)
    assert {c["event_type"] for c in cands} >= {"ACCUSE", "REQUEST"}
    assert all((c["location_name"], c["location_country_iso3"]) == ("Salem", "USA") for c in cands), cands


def test_another_day_or_two_cities_that_day_lend_no_place(analyse):
    doc, ments = analyse(
        "Prime Minister Taro Brenn condemned the rocket launch in Lyon on Saturday. "
        "On Sunday, Brenn urged Freedonia to halt its missile programme."
    )
    urged = [c for c in doc_event_candidates(doc, ments, FRIDAY) if c["event_type"] == "REQUEST"]
    assert urged and all(c["location_name"] != "Lyon" for c in urged)
