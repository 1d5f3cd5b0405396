"""City names the tagger missed or cut apart, read whole where the grammar puts a place (missed_cities.py): each
example row of data/missed_city_cues.tsv through the real pipeline, and names that stay what they are."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, gazetteer
from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded

ROWS = [r for r in read_tsv("missed_city_cues.tsv") if r["example"]]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}:{r['word']}" for r in ROWS])
def test_a_missed_city_is_one_city_mention(nlp, row):
    doc = nlp(row["example"])
    got = [(m["surface"], m["country_iso3"]) for m in entities.doc_mentions(doc) if m["label"] == "GPE"]
    assert (row["city"], row["iso3"]) in got, got


@pytest.mark.parametrize("row", [r for r in ROWS if r["word"] != "from"], ids=lambda r: f"{r['kind']}:{r['word']}")
def test_a_missed_city_places_the_event(nlp, row):
    placed = [
        c
        for c in coded(nlp, row["example"])
        if c.get("location_country_iso3") == row["iso3"] and c.get("latitude") is not None
    ]
    assert placed and all(
        gazetteer.fold(c["location_name"]) == gazetteer.fold(gazetteer.city(row["city"]).name) for c in placed
    ), [(c["event_type"], c.get("location_name")) for c in coded(nlp, row["example"])]


@pytest.mark.parametrize(
    "text,name",
    [
        ("The United States withdrew from the Paris agreement in June.", "Paris"),
        ("Britain will trigger Brexit by the end of March, Theresa May said.", "March"),
        ("The minister spoke to Jackson on Monday about the strike.", "Jackson"),
    ],
)
def test_no_city_where_the_name_is_no_place(nlp, text, name):
    doc = nlp(text)
    assert not any(m["surface"] == name and m.get("kind") == "city" for m in entities.doc_mentions(doc))


def test_a_name_read_as_a_city_is_that_city_throughout(nlp):
    text = (
        "Police detained dozens of protesters in Mazar-i-Sharif on Sunday. "
        "The Mazar-i-Sharif police chief said the Mazar-i-Sharif airport was closed."
    )
    got = [m["surface"] for m in entities.doc_mentions(nlp(text)) if m.get("kind") == "city"]
    assert got == ["Mazar-i-Sharif"] * 3, got


def test_a_short_word_between_hyphens_is_part_of_the_name(nlp):
    got = [
        (m["surface"], m["country_iso3"]) for m in entities.doc_mentions(nlp("Protesters rallied in Aix-en-Provence."))
    ]
    assert ("Aix-en-Provence", "FRA") in got, got


def test_a_city_read_as_a_place_is_no_party(event_roles):
    roles = event_roles("Gunmen attacked a checkpoint on the outskirts of Mazar-i-Sharif on Sunday.", "ASSAULT")
    assert roles and not any(name == "Mazar-i-Sharif" for _, name in roles), roles
