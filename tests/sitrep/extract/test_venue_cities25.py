"""Round 25 places: a setting clause's venue the gazetteer does not know, written with its city after a comma
('Making a statement at Stormont House, Belfast, the secretary rejected ...'), places the act in that city; a
known place there keeps its own ('Speaking at a rally in Kano and Kaduna': Kano)."""

import pytest

from tests.sitrep.extract.coding import places


@pytest.mark.parametrize(
    ("text", "etype", "city"),
    [
        (
            "Making a public statement at Stormont House, Belfast, Mr Brokenshire rejected calls for an election.",
            "REJECT",
            "Belfast",
        ),
        (
            "Making a statement at Government House, Nairobi, the president accused Uganda of arming the rebels.",
            "ACCUSE",
            "Nairobi",
        ),
        (
            "Speaking at Lancaster House, London, the minister warned Ruritania against any attack.",
            "THREATEN",
            "London",
        ),
    ],
)
def test_the_city_after_a_venues_name_places_the_act(nlp, text, etype, city):
    got = places(nlp, text, etype)
    assert [n for n, _ in got] == [city], got


def test_a_known_place_keeps_its_own_city(nlp):
    got = places(nlp, "Speaking at a rally in Kano and Kaduna, the governor accused the army of abuses.", "ACCUSE")
    assert [n for n, _ in got] == ["Kano"], got
