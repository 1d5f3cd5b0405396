"""A surname that is also a small town's name ('Torres', 'Morales') is the person's surname throughout the article,
as any other surname is; a large city's or a capital's name stays the place (round 27b, ``person_cues``). Invented
people and places through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from sitrep.extract import entities


def _mentions(nlp, text: str) -> set[tuple[str, str]]:
    return {(m["surface"], m["label"]) for m in entities.doc_mentions(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Jose Torres was arrested in Vostograd. The members threatened the guests, with Torres confronting the family.",
        "Marta Morales leads the Vostograd council. Critics say Morales confronting the unions was a mistake.",
    ],
)
def test_town_named_surname_follows_the_person(nlp, text):
    surname = text.split()[1]
    assert (surname, "PERSON") in _mentions(nlp, text)


def test_large_city_stays_a_place(nlp):
    found = _mentions(nlp, "Karl Houston spoke in Vostograd. Houston is a big city.")
    assert ("Houston", "PERSON") not in found
