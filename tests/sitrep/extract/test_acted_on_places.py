"""The place of what an act is done to places the act ('killed five herders in X', 'bombed positions in northern
Y'), and a city part's 'of X' names the city ('marched along the streets of Z'): ``place_holders``."""

import pytest

from tests.sitrep.extract.coding import places


@pytest.mark.parametrize(
    ("text", "etype", "iso3"),
    [
        ("Chadian jets bombed rebel camps in northern Libya on Tuesday.", "ASSAULT", "LBY"),
        ("Officials in Lusaka said bandits killed seven herders in Mongu district.", "ASSAULT", "ZMB"),
        ("Armenian artillery shelled two villages in Nagorno-Karabakh overnight.", "ASSAULT", "AZE"),
    ],
)
def test_the_objects_place_places_the_act(nlp, text, etype, iso3):
    got = places(nlp, text, etype)
    assert [c for _, c in got] == [iso3], got


def test_a_city_part_names_its_city(nlp):
    got = places(nlp, "Striking students marched along the streets of Mombasa on Thursday.", "PROTEST")
    assert got == [("Mombasa", "KEN")], got


def test_a_settlements_of_phrase_places_the_act_as_the_settlement_would(nlp):
    got = places(nlp, "Police arrested ten students in the northern town of Garissa on Friday.", "COERCE")
    assert got == [("Garissa", "KEN")], got


@pytest.mark.parametrize(
    ("text", "etype", "city"),
    [
        ("Government artillery shelled the northern districts of Homs on Tuesday.", "ASSAULT", "Homs"),
        ("Riot police fired tear gas at students in the western neighbourhoods of Tehran.", "ASSAULT", "Tehran"),
    ],
)
def test_a_part_of_a_city_hit_or_acted_in_places_the_act_in_the_city(nlp, text, etype, city):
    got = places(nlp, text, etype)
    assert [n for n, _ in got] == [city], got


def test_a_part_of_a_country_is_not_made_the_city_the_article_names_elsewhere(nlp):
    text = "Government jets bombed a market in northwestern Syria on Monday. Medics in Homs said the toll was rising."
    got = places(nlp, text, "ASSAULT")
    assert got and got[0] == ("Syria", "SYR"), got
