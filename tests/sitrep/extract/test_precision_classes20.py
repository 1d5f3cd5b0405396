"""Event precision classes of round 20 (development sample of seed 2121), each checked on sentences of our own.

- shots fired are shots: 'fired shots at', 'fired warning shots toward' is force, no criticism; only figurative
  objects of 'fire' ('fired off a tweet', 'a salvo of questions') are words (``trigger_senses.tsv`` fire);
- 'beat' the weather, the traffic or the clock is a race against time, no attack (``trigger_senses.tsv`` beat);
- a court or a legislature striking down a law, an order or a ban rejects it (REJECT), no attack; striking
  down a person stays an attack (``trigger_senses.tsv`` strike down).
"""

import pytest

from tests.sitrep.extract.coding import types


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired shots at the marchers outside the palace.",
        "Bolivian border guards fired warning shots toward a Peruvian fishing boat.",
        "A gunman fired several shots at the mayor's car on Tuesday.",
    ],
)
def test_shots_fired_are_force_not_words(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" in found
    assert "ACCUSE" not in found


def test_a_tweet_fired_off_is_still_words(nlp):
    assert "ACCUSE" in types(nlp, "The Chilean senator fired off an angry tweet at the governor.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of migrants hurried north to beat the coming winter weather.",
        "Delegates of the Chilean union left at dawn to beat the traffic into Lima.",
        "Bolivian farmers raced to beat the frost and bring in the harvest.",
    ],
)
def test_beating_the_weather_or_traffic_is_no_attack(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian constitutional court struck down the president's decree on mining.",
        "Federal judges struck down the travel ban of the Ruritanian government.",
    ],
)
def test_a_court_striking_down_a_law_rejects_it(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" not in found
    assert "REJECT" in found


def test_striking_down_people_stays_an_attack(nlp):
    assert "ASSAULT" in types(nlp, "Rebel gunmen struck down three Bolivian soldiers at the checkpoint.")
