"""A 'to' infinitive telling what an act was for ('met on Monday to discuss ...') shares the act's time."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Foreign Minister Ana Ruiz met President Luis Vega on Monday to discuss the border crossing.", "2024-05-13"),
        ("Foreign Minister Ana Ruiz met President Luis Vega last week to discuss the border crossing.", "2024-05"),
    ],
)
def test_a_purpose_clause_takes_the_time_of_the_act_it_serves(analyse, text, want):
    doc, ments = analyse(text)
    cands = doc_event_candidates(doc, ments, date(2024, 5, 15))
    assert cands and all(c["event_date"] == want for c in cands), cands


def test_an_announced_act_keeps_its_own_time(analyse):
    doc, ments = analyse("Foreign Minister Ana Ruiz agreed on Monday to meet President Luis Vega next month.")
    meets = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 15)) if c["event_type"] == "CONSULT"]
    assert meets and all(c["event_date"] != "2024-05-13" for c in meets), meets
