"""Places of events found in round 23: a settlement the gazetteer does not know lies in the one country of the
attack's parties when the story names several countries (``party_homes``)."""

import pytest

from tests.sitrep.extract.coding import coded


def _written(nlp, text, etype):
    return [(c["location_written"], c["location_country_iso3"]) for c in coded(nlp, text) if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "written", "iso3"),
    [
        (
            "Libyan troops regained control of the oil ports of Zawiyat Kasr and Bir Tamra after heavy fighting, a"
            " spokesman said. Egypt and Russia denied sending troops to the area.",
            "Zawiyat Kasr",
            "LBY",
        ),
        (
            "Syrian troops recaptured the town of Kfar Zeita from rebels on Sunday, state media said. Russia and"
            " Turkey said the ceasefire was holding.",
            "Kfar Zeita",
            "SYR",
        ),
    ],
)
def test_an_unknown_settlement_lies_in_the_one_country_of_the_attacks_parties(nlp, text, written, iso3):
    assert _written(nlp, text, "ASSAULT") == [(written, iso3)]


def test_parties_of_several_countries_give_no_home_to_an_unknown_settlement(nlp):
    text = (
        "Russian jets and Syrian troops struck the village of Kfar Zeita on Sunday. Turkey and Iran called for a"
        " ceasefire."
    )
    assert _written(nlp, text, "ASSAULT") == [(None, None)]
