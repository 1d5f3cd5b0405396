"""Where an event happened: a capital written as a description of its country ('the Peruvian capital',
"Chile's capital", 'the capital, Quito') places the event in that city."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Foreign Minister Ana Ruiz met President Luis Vega in the Peruvian capital on Monday.", "Lima"),
        ("Foreign Minister Ana Ruiz met President Luis Vega in Chile's capital on Monday.", "Santiago"),
        ("Foreign Minister Ana Ruiz met President Luis Vega in the capital, Quito, on Monday.", "Quito"),
    ],
)
def test_a_capital_described_by_its_country_places_the_event(analyse, text, city):
    doc, ments = analyse(text)
    meetings = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "CONSULT"]
    assert meetings and meetings[0]["location_name"] == city, meetings
