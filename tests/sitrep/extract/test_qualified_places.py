"""A town tied to its state, province or country by a comma is that one, however small; datelines that end
in a colon or name a seat instead of a city."""

from datetime import date

import pytest

from sitrep.extract import places
from sitrep.extract.event_triggers import read_tsv
from sitrep.extract.events import doc_event_candidates


@pytest.mark.parametrize(
    ("name", "qualifier", "iso3"),
    [
        ("Palm Beach", "Florida", "USA"),  # a town of 9,000; a bigger namesake in Australia
        ("Salem", "Oregon", "USA"),  # a bigger namesake in India
        ("Paris", "Texas", "USA"),
        ("Bonn", "Germany", "DEU"),
        ("Hamilton", "Ontario", "CAN"),
    ],
)
def test_a_town_followed_by_its_region_is_in_that_regions_country(name, qualifier, iso3):
    place = places.qualified_town(name, qualifier)
    assert place and place["location_country_iso3"] == iso3 and place["level"] == "city"


@pytest.mark.parametrize(("name", "qualifier"), [("Ohio", "Texas"), ("Kenya", "Uganda"), ("Denver", "Boston")])
def test_lists_of_regions_or_cities_are_no_town_and_region(name, qualifier):
    assert places.qualified_town(name, qualifier) is None


@pytest.mark.parametrize(
    ("text", "city", "iso3"),
    [
        ("Protesters clashed with police in Salem, Oregon, on Thursday.", "Salem", "USA"),
        ("The two leaders condemned the rocket launch at a golf club in Palm Beach, Florida, on Saturday.",
         "Palm Beach", "USA"),
    ],
)  # fmt: skip
def test_an_event_in_a_qualified_town_is_placed_there(analyse, text, city, iso3):
    doc, ments = analyse(text)
    cands = doc_event_candidates(doc, ments, date(2024, 5, 10))
    got = [(c["location_name"], c["location_country_iso3"]) for c in cands]
    assert got and all(g == (city, iso3) for g in got), got


@pytest.mark.parametrize("row", read_tsv("dateline_seats.tsv"), ids=lambda r: r["name"])
def test_every_dateline_seat_is_read_back_to_its_city(row):
    place = places.dateline_place(row["example"])
    assert place and place["location_country_iso3"] == row["iso3"] and row["city"] in place["location_name"]
    assert places.dateline_spans(row["example"])


@pytest.mark.parametrize(
    ("text", "city"),
    [("NEW DELHI: The ministry said on Monday it would reply.", "New Delhi"),
     ("ISTANBUL: Ferry workers walked out on Friday.", "Istanbul")],
)  # fmt: skip
def test_an_upper_case_dateline_closed_by_a_colon(text, city):
    assert places.dateline_place(text)["location_name"] == city
    assert places.dateline_spans(text) == [(0, len(city) + 1)]


@pytest.mark.parametrize("text", ["Analysis: Paris talks stall over the border.", "Paris: a city that waits."])
def test_a_title_case_word_before_a_colon_is_no_dateline(text):
    assert places.dateline_place(text) is None and places.dateline_spans(text) == []
