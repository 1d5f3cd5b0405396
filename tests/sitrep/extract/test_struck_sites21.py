"""A site an attack took or hit, called by a place's name ('stormed Vello airport', 'the Kandahar air base',
'regained control of the ports of X'): the place named is where the attack happened (``struck_places``, the site
classes of ``data/trigger_objects.tsv``); a site placed by a phrase of its own keeps that phrase's place."""

import pytest

from tests.sitrep.extract.coding import coded
from tests.sitrep.extract.coding import places as placed


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Iraqi security forces captured Mosul airport on Monday.", "Mosul"),
        ("Rebels stormed the Kandahar air base overnight.", "Kandahār"),
        ("Government troops seized Aleppo airport after heavy fighting.", "Aleppo"),
    ],
)
def test_a_site_called_by_a_city_places_the_attack_in_that_city(nlp, text, city):
    assert [name for name, _ in placed(nlp, text, "ASSAULT")] == [city]


def test_what_a_force_took_control_of_places_the_attack(nlp):
    text = "Libyan forces regained control of the oil ports of Vello Bay and Tarsa in eastern Libya."
    got = [
        (c["location_written"], c["location_country_iso3"]) for c in coded(nlp, text) if c["event_type"] == "ASSAULT"
    ]
    assert got == [("Vello Bay", "LBY")], got


def test_a_site_placed_by_its_own_phrase_keeps_that_place(nlp):
    text = "Chadian troops routed a Libyan force to capture the Tripoli air base in northern Chad on Sunday."
    assert [country for _, country in placed(nlp, text, "ASSAULT")] == ["TCD"]
