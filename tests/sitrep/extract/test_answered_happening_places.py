"""A place inside the phrase of the happening an act answers or follows ('in response to an attack on X', 'in
retaliation for the killing of a sailor in Y') is that happening's, not the act's (``happening_phrases``)."""

import pytest

from tests.sitrep.extract.coding import places


def _places(nlp, text, etype):
    return [iso3 for _, iso3 in places(nlp, text, etype)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The Peruvian defence minister ordered warships to the Pacific coast in response to an attack on Chile.",
            "MOBILIZE",
        ),
        (
            "Peru expelled the Bolivian envoy in retaliation for the killing of a Peruvian trader in La Paz.",
            "SANCTION",
        ),
    ],
)
def test_the_place_of_the_answered_happening_is_not_the_acts(nlp, text, etype):
    got = _places(nlp, text, etype)
    assert got and None in got and "CHL" not in got and "BOL" not in got, got


def test_the_acts_own_place_still_stands(nlp):
    got = _places(nlp, "Rebels attacked an army post in Goma after the peace talks in Kinshasa.", "ASSAULT")
    assert got == ["COD"], got


def test_the_place_of_talks_an_agreement_follows_is_the_agreements(nlp):
    text = "Peru and Chile agreed to reopen their embassies following three days of talks in Quito."
    assert _places(nlp, text, "AGREE") == ["ECU"]
