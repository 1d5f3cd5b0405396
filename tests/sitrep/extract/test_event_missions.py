"""A protest or attack at a state's mission abroad is aimed at that state; the protesters are from the place."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


def _protest(analyse, text):
    doc, ments = analyse(text)
    (cand,) = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "PROTEST"]
    return cand


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Hundreds of protesters rallied outside the French embassy in Nairobi on Sunday.", "FRA"),
        ("Students protested outside the embassy of Chile in Lima.", "CHL"),
    ],
)
def test_a_protest_at_a_mission_targets_its_state(analyse, text, target):
    cand = _protest(analyse, text)
    assert [p["country_iso3"] for p in cand["participants"] if p["role"] == "target"] == [target]


def test_protesters_outside_a_foreign_mission_are_of_the_place_not_of_the_mission(analyse):
    cand = _protest(analyse, "Hundreds of protesters rallied outside the French embassy in Nairobi on Sunday.")
    assert [p.get("country_iso3") for p in cand["participants"] if p["role"] == "source"] == ["KEN"]


def test_a_protest_with_a_target_of_its_own_keeps_it(analyse):
    cand = _protest(analyse, "Farmers protested against the Kenyan government outside the French embassy.")
    assert all(p.get("country_iso3") != "FRA" for p in cand["participants"] if p["role"] == "target")
