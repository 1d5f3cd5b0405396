"""Round 26: every candidate records which way of telling where gave its place (``place_hows``), so the place
sources can be counted against gold (bench/place_sources.py)."""

import pytest

from tests.sitrep.extract.coding import coded


def _hows(nlp, text: str, etype: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c["location_name"], c["place_source"], c["place_how"]) for c in coded(nlp, text) if c["event_type"] == etype
    ]


@pytest.mark.parametrize(
    ("text", "etype", "want"),
    [
        (
            "The Peruvian foreign minister met his Chilean counterpart in Lima on Monday.",
            "CONSULT",
            ("Lima", "sentence", "clause"),
        ),
        (
            "Speaking in Oslo, the Norwegian envoy urged Ruritania to free the prisoners.",
            "REQUEST",
            ("Oslo", "sentence", "setting"),
        ),
        (
            "Police arrested 40 protesters in the Peruvian capital on Sunday.",
            "COERCE",
            ("Lima", "sentence", "capital"),
        ),
    ],
)
def test_a_sentence_place_records_the_way_it_was_told(nlp, text, etype, want):
    assert want in _hows(nlp, text, etype)


def test_a_place_carried_from_the_sentence_before_records_the_discourse(nlp):
    text = (
        "The Peruvian foreign minister met his Chilean counterpart in Lima on Monday. The Chilean minister also"
        " urged Bolivia to reopen the border talks."
    )
    assert ("Lima", "discourse", "discourse") in _hows(nlp, text, "REQUEST")


def test_a_dateline_place_records_the_dateline(nlp):
    text = (
        "SANTIAGO (Reuters) - Chile urged Bolivia on Monday to reopen the border talks. Chilean officials said the"
        " talks stalled in 2019."
    )
    assert _hows(nlp, text, "REQUEST") == [("Santiago", "dateline", "dateline")]


def test_a_candidate_with_no_place_records_no_way(nlp):
    text = "Chile urged Bolivia on Monday to reopen the border talks."
    assert _hows(nlp, text, "REQUEST") == [(None, None, None)]
