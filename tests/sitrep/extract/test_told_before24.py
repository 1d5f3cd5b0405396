"""A happening told before it comes ('ahead of his meeting with X') is planned; weeping is no disapproval.
Sentences of our own."""

from __future__ import annotations

import pytest

from sitrep.extract.entities import doc_mentions
from sitrep.extract.events import doc_event_candidates


def _events(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c["event_type"], c["event_status"]) for c in doc_event_candidates(doc, doc_mentions(doc), None)]


@pytest.mark.parametrize(
    "text",
    [
        "The dinner was held ahead of Kenny's first meeting with President Okafor in the palace today.",
        "Ministers gathered in Lagos in preparation for the visit of President Okafor.",
    ],
)
def test_a_meeting_in_a_phrase_of_later_time_is_planned(nlp, text):
    got = _events(nlp, text)
    assert ("CONSULT", "planned") in got and ("CONSULT", "occurred") not in got, got


def test_a_meeting_after_which_the_clause_comes_stays_occurred(nlp):
    got = _events(nlp, "After his meeting with President Okafor, the minister flew home to Lagos.")
    assert ("CONSULT", "planned") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Amara Bello and Tunde Obi wept in court as the verdict was read.",
        "The two farmers cried in the courtroom on Tuesday.",
    ],
)
def test_weeping_in_court_accuses_no_one(nlp, text):
    assert "ACCUSE" not in {t for t, _ in _events(nlp, text)}, _events(nlp, text)
