"""A where / when clause happens when the phrase it hangs on says ('his remarks the day before in X, where
he warned ...', 'the summit on Monday in Lima, where they signed ...'); a day named in a clause dates it before a
vaguer time beside it."""

from datetime import date

import pytest

from sitrep.extract import entities
from sitrep.extract.events import doc_event_candidates


def _dates(nlp, text, etype):
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 18))  # a Saturday
    return [c["event_date"] for c in cands if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "etype", "want"),
    [
        (
            "Minister Ana Ruiz's visit on Saturday came after her speech the previous day in Chile where Ruiz "
            "warned Peru against sending troops north.",
            "THREATEN",
            "2024-05-17",
        ),
        (
            "The summit on Monday in Lima, where Peru and Chile signed a border treaty, ended early.",
            "SUPPORT",
            "2024-05-13",
        ),
    ],
)
def test_a_where_clause_takes_the_time_of_its_scene(nlp, text, etype, want):
    assert _dates(nlp, text, etype) == [want]


def test_a_where_clause_that_names_its_own_time_keeps_it(nlp):
    text = "The two presidents met on Tuesday in Lima, where Peru and Chile signed a border treaty in 2019."
    assert _dates(nlp, text, "SUPPORT") == ["2019"]


def test_a_day_named_in_the_clause_dates_it_before_a_vaguer_time_beside_it(nlp):
    text = (
        "Hundreds of supporters of the party that won the vote earlier this week rallied in the capital, Lima, on "
        "Sunday, May 12, waving flags."
    )
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 15))
    assert [c["event_date"] for c in cands if c["event_type"] == "PROTEST"] == ["2024-05-12"]


def test_a_where_clause_on_a_time_noun_takes_the_place_of_its_in_phrase(nlp):
    # the parse hangs 'where ...' on 'day', whose own 'in' phrase names the place
    text = (
        "Minister Ana Ruiz's trip on Saturday came after her speech the previous day in Chile where Ruiz "
        "warned Peru against sending troops north."
    )
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 18))
    got = [(c["event_date"], c["location_country_iso3"]) for c in cands if c["event_type"] == "THREATEN"]
    assert got == [("2024-05-17", "CHL")]
