"""Days and places of events told in wire style: a day named in the clauses of how an attack was done, the place
of the operation an attack verb governs, a journey's origin that is no venue, and days that set no scene (a day
still to come, a day another moment is measured from)."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


def _of_type(analyse, text, etype, published):
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, published) if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The army command said today its troops killed 200 rebels in routing a column to take the hill fort on "
         "Sunday.", "2024-05-12"),
        ("Police said today that gunmen had shot dead two guards while robbing the depot on Sunday.", "2024-05-12"),
    ],
)  # fmt: skip
def test_a_day_in_the_clauses_of_how_an_attack_was_done_dates_it(analyse, text, day):
    attacks = _of_type(analyse, text, "ASSAULT", date(2024, 5, 15))
    assert attacks and attacks[0]["event_date"] == day, attacks


def test_a_day_of_a_relative_clause_is_another_happenings(analyse):
    attacks = _of_type(analyse, "Soldiers killed three rebels who had raided the village on Sunday.", "ASSAULT",
                       date(2024, 5, 15))  # fmt: skip
    assert attacks and attacks[0]["event_date"] != "2024-05-12", attacks


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Kenyan troops killed 30 militants and seized their weapons in fighting near an army base in southern "
         "Somalia, the army said.", "SOM"),
        ("The command said its troops killed 120 soldiers in routing a column to capture an air base in eastern "
         "Sudan.", "SDN"),
    ],
)  # fmt: skip
def test_the_place_of_the_operation_an_attack_verb_governs(analyse, text, iso3):
    attacks = _of_type(analyse, text, "ASSAULT", date(2024, 5, 15))
    assert attacks and attacks[0]["location_country_iso3"] == iso3, attacks


def test_where_a_journey_starts_is_no_venue(analyse):
    text = "Foreign Minister Ana Ruiz arrived from Oslo on Monday and went straight into talks with Luis Vega."
    meetings = _of_type(analyse, text, "CONSULT", date(2024, 5, 13))
    assert meetings and all(m["location_name"] != "Oslo" for m in meetings), meetings


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Foreign Minister Ana Ruiz flew in for talks with Luis Vega. The talks are scheduled to end on Wednesday. "
         "Ruiz met Vega at the presidential palace.", "CONSULT"),
        ("Transport workers began a strike against fare rises imposed after the floods on May 2. Later, "
         "demonstrators threw stones at police in Lima.", "PROTEST"),
    ],
)  # fmt: skip
def test_a_day_that_sets_no_scene_dates_nothing_told_after_it(analyse, text, etype):
    events = _of_type(analyse, text, etype, date(2024, 5, 13))
    assert events and events[-1]["event_date"] == "2024-05-13", events
