"""Ambiguous and variously spelt place names: a state of a country the article names before a namesake city
abroad ('Victoria'), a capital before a small namesake town ('Santiago'), spellings news uses that the gazetteer
holds only with an Arabic article or a transliteration mark ('Hodeidah', 'Marib'), and a region an attack hit
('shelled the Donetsk region'): ``gazetteer``, ``places``, ``struck_places``."""

import pytest

from sitrep.extract import gazetteer, places
from tests.sitrep.extract.coding import coded
from tests.sitrep.extract.coding import places as placed


def _written(nlp, text, etype):
    return [(c["location_written"], c["location_country_iso3"]) for c in coded(nlp, text) if c["event_type"] == etype]


def test_a_state_of_a_country_the_article_names_is_no_namesake_city_abroad(nlp):
    got = placed(nlp, "Australian police detained two climate activists in Victoria on Tuesday.", "COERCE")
    assert [c for _, c in got] == ["AUS"], got
    text = "Australian farmers blocked the highway on Monday. Police detained four miners in Victoria on Tuesday."
    assert [c for _, c in placed(nlp, text, "COERCE")] == ["AUS"]


def test_a_capital_outweighs_a_small_namesake_town_in_a_country_the_article_names(nlp):
    text = "Peru's foreign minister criticised the plan. Riot police fired tear gas at miners in Santiago on Friday."
    assert placed(nlp, text, "ASSAULT") == [("Santiago", "CHL")]
    assert places.lookup_city_among("Santiago", {"PER"})["location_country_iso3"] == "CHL"
    assert places.lookup_city_among("La Paz", {"BOL", "ARG"})["location_country_iso3"] == "BOL"


def test_a_city_the_article_names_the_country_of_is_still_preferred_when_it_is_no_small_town():
    assert places.lookup_city_among("Victoria", {"CAN"})["location_country_iso3"] == "CAN"
    assert not places.well_known_city("Victoria")  # another name of Hong Kong, not a great city itself


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Hodeidah", "YEM"), ("Marib", "YEM"), ("Hudaydah", "YEM"), ("Fallujah", "IRQ")],
)
def test_news_spellings_without_the_article_or_the_transliteration_mark(name, iso3):
    found = gazetteer.city(name)
    assert found is not None and found.iso3 == iso3, found


def test_a_small_towns_news_spelling_is_found_in_its_country():
    assert gazetteer.town("Jenin", "PSE") is not None
    assert gazetteer.town("Severodonetsk", "UKR") is not None


def test_a_subdivision_name_shared_abroad_is_read_in_the_country_named():
    assert gazetteer.subdivision_among("Victoria", {"AUS", "GBR"}) == "AUS"
    assert gazetteer.subdivision_among("Victoria", {"USA"}) is None


def test_a_city_hit_by_an_attack_under_its_news_spelling(nlp):
    text = "Houthi rebels shelled Marib on Sunday, Yemen's army said."
    got = _written(nlp, text, "ASSAULT")
    assert got == [("Marib", "YEM")], got


@pytest.mark.parametrize(
    ("text", "written", "iso3"),
    [
        ("Kyiv said Russian artillery shelled the Kharkiv region overnight, wounding three.", "Kharkiv region", "UKR"),
        ("Syrian government jets pounded Idlib province on Sunday.", "Idlib province", "SYR"),
    ],
)
def test_a_region_an_attack_hit_places_it(nlp, text, written, iso3):
    got = _written(nlp, text, "ASSAULT")
    assert got == [(written, iso3)], got


@pytest.mark.parametrize(
    ("text", "written", "iso3"),
    [
        ("Syrian jets struck the village of Kafr Hamra on Thursday, killing nine.", "Kafr Hamra", "SYR"),
        (
            "Bandits attacked the village of Tungan Bako in Niger State on Sunday, Nigerian police said.",
            "Tungan Bako",
            "NGA",
        ),
    ],
)
def test_a_settlement_the_gazetteer_does_not_know_is_kept_as_written_in_the_events_country(nlp, text, written, iso3):
    assert _written(nlp, text, "ASSAULT") == [(written, iso3)]


def test_a_town_the_gazetteer_does_not_know_is_where_the_clause_places_the_act(nlp):
    text = "The envoy met rebel leaders in Kafr Hamra on Monday, Syria's state media said."
    assert _written(nlp, text, "CONSULT") == [("Kafr Hamra", "SYR")]


def test_an_unknown_town_the_sentence_names_outranks_the_place_told_before(nlp):
    first = "Syrian troops clashed with rebels in Aleppo on Monday."
    text = first + " On Tuesday rebels shelled an army post in Kafr Hamra."
    assert _written(nlp, text, "ASSAULT") == [(None, "SYR"), ("Kafr Hamra", "SYR")]


def test_a_town_tagged_as_a_person_in_the_acts_own_phrase_is_kept_as_written(nlp):
    text = "Syrian officials met the delegation in Jisr al-Shughur on Friday."
    assert _written(nlp, text, "CONSULT") == [("Jisr al-Shughur", "SYR")]


def test_a_known_city_abroad_is_never_written_into_the_story_country(nlp):
    """Only a name the gazetteer knows nowhere is an unknown town kept as written in the story's country: a
    foreign city the acts are not placed in ('talks in Geneva' as a topic of a Moscow meeting) is not one."""
    text = (
        "The Ruritanian minister Ivo Brand arrived in Moscow on Monday. Brand and Lavrov will also discuss the war "
        "in Syria and the upcoming peace talks in Geneva."
    )
    got = _written(nlp, text, "CONSULT")
    assert len(got) == 2 and ("Geneva", "RUS") not in got, got
