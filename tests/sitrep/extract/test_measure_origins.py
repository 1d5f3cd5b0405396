"""A measure a state takes at home is not placed where it takes people or goods away from: 'withdrew its
diplomats from the embassy in X' was decided at home, not in X; a place the sentence gives for the act stands."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


def _sanctions(analyse, text):
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway withdrew three of its diplomats from the embassy in Caracas on Tuesday.",
        "Norway recalled its ambassador from Caracas.",
        "Norway banned imports from Venezuela.",
    ],
)
def test_a_place_a_measure_takes_away_from_is_not_its_place(analyse, text):
    got = _sanctions(analyse, text)
    assert got and all(c["location_name"] is None for c in got), got


@pytest.mark.parametrize(
    "text",
    ["Norway expelled two Venezuelan diplomats in Oslo on Tuesday.", "Norway imposed sanctions on Venezuela in Oslo."],
)
def test_a_place_the_sentence_gives_for_the_measure_stands(analyse, text):
    got = _sanctions(analyse, text)
    assert got and all(c["location_name"] == "Oslo" for c in got), got
