"""Round 25 places: a place named as where a distance is measured from ('30 miles north of Kaduna', 'some 200 km
from Aleppo') is not where the act happened: it places no event in that city and is no city of the story
(``reference_points``, words in ``data/distance_words.tsv``)."""

from datetime import date

import pytest

from sitrep.extract import entities, events, places
from sitrep.extract.data_files import read_tsv
from sitrep.extract.reference_points import is_reference_point
from sitrep.extract.story_cities import article_cities


def _cands(nlp, text):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return ments, events.doc_event_candidates(doc, ments, date(2024, 5, 15))


@pytest.mark.parametrize("row", read_tsv("distance_words.tsv"), ids=lambda r: f"{r['kind']}-{r['word']}")
def test_the_rows_example_places_no_act_in_the_reference_city(nlp, row):
    ments, cands = _cands(nlp, row["example"])
    refs = [m for m in ments if m.get("reference_point")]
    assert refs, ments
    found = [p for m in refs if (p := places.resolve_place(m["surface"]))]
    got = {(c.get("location_name"), c.get("location_country_iso3")) for c in cands}
    # not in the city, in its country
    assert got and got <= {
        (places.country_place(p["location_country_iso3"])["location_name"], p["location_country_iso3"]) for p in found
    }, got


def test_the_reference_points_country_still_places_the_act(nlp):
    _, cands = _cands(nlp, "Insurgents shelled a village 40 km south of Mosul on Monday.")
    got = [(c.get("location_name"), c.get("location_country_iso3")) for c in cands if c["event_type"] == "ASSAULT"]
    assert got == [("Iraq", "IRQ")], got


def test_a_city_named_elsewhere_in_the_story_places_it_not_the_reference_point(nlp):
    text = (
        "Government troops recaptured Homs on Tuesday. The city lies about 160 kilometres (100 miles) from "
        "Damascus. Soldiers killed ten militants in the fighting."
    )
    _, cands = _cands(nlp, text)
    assert {c.get("location_name") for c in cands if c["event_type"] == "ASSAULT"} == {"Homs"}, cands


def test_the_story_cities_leave_out_reference_points(nlp):
    ments, cands = _cands(nlp, "Gunmen stormed a village 30 miles north of Kaduna on Sunday, police said.")
    analysis = {"article_id": "a1", "mentions": ments, "event_candidates": cands}
    assert "Kaduna" not in article_cities([analysis])["a1"][1]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marchers walked 300 km from Lagos to Abuja in March.", "Lagos"),
        ("Police fired tear gas 500 metres from Nairobi's parliament.", "Nairobi"),
        ("Police fired tear gas at students in Nairobi.", "Nairobi"),
    ],
)
def test_a_route_a_possessive_or_a_plain_place_is_no_reference_point(text, name):
    start = text.index(name)
    assert not is_reference_point(text, start, start + len(name))
