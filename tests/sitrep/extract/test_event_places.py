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


@pytest.mark.parametrize(
    ("text", "city", "target_iso3"),
    [
        ("Russian forces shelled Kharkiv on Monday.", "Kharkiv", "UKR"),
        ("Russian forces launched a missile attack on Kharkiv overnight.", "Kharkiv", "UKR"),
        ("Kharkiv was hit by Russian missiles on Tuesday.", "Kharkiv", "UKR"),
        ("Chadian jets struck the town of Mekele on Monday.", "Mek'ele", "ETH"),
        ("Ethiopian jets struck the town of Mekele on Monday.", "Mek'ele", None),  # its own state's forces
    ],
)
def test_the_city_an_attack_hit_is_its_place_and_its_state_the_target(analyse, text, city, target_iso3):
    doc, ments = analyse(text)
    (attack,) = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "ASSAULT"]
    assert attack["location_name"] == city, attack
    states = [p["country_iso3"] for p in attack["participants"] if p["role"] == "target" and p["mention_idx"] is None]
    assert states == ([target_iso3] if target_iso3 else []), attack["participants"]


def test_a_city_the_ner_left_untagged_in_the_triggers_in_phrase_places_the_event(analyse):
    doc, ments = analyse("Bolivian and Paraguayan negotiators met in Asuncion on Tuesday.")
    assert not any(m["surface"] == "Asuncion" for m in ments)  # the small model misses this capital
    meetings = [c for c in doc_event_candidates(doc, ments, date(2025, 3, 5)) if c["event_type"] == "CONSULT"]
    assert meetings and meetings[0]["location_country_iso3"] == "PRY", meetings
