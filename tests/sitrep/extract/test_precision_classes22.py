"""Event precision classes of round 22 (development samples of seeds 2020, 2222 and 2323), each checked on
sentences of our own.

- being caught in the crossfire, in the fighting or in clashes says where someone was, no seizure of them; the
  'in' phrase of 'catch' is read with its objects (``event_agency.json`` scene_verbs, ``trigger_senses.tsv``
  catch); catching fire, a flight or someone's eye is no seizure either; police catching smugglers stays one;
- a body's own policy or board meeting (a central bank's two-day policy meeting) is an internal session, no
  consultation between actors (``trigger_senses.tsv`` meeting); ministers meeting stays a consultation;
- a country's named firm trading ('Japan's Mitsui bought a stake in ...') is business: the possessive country
  says whose firm it is, no state party (``event_agency._named_firm``); a power utility, a refiner or a miner is
  a firm (``event_agency.json`` company_nouns); a government or a president buying stays political.
"""

import pytest

from tests.sitrep.extract.coding import types


@pytest.mark.parametrize(
    "text",
    [
        "Three shepherds were caught in the crossfire between the army and the smugglers.",
        "Hundreds of villagers were caught in the fighting near the Chilean border.",
        "The Bolivian trucker was caught in the clashes outside the mine.",
        "A Peruvian fishing boat caught fire off the coast on Monday.",
        "The mayor's speech caught the eye of the Chilean press.",
    ],
)
def test_being_caught_in_fighting_is_no_seizure(nlp, text):
    assert "COERCE" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chilean police caught three smugglers near the border on Monday.",
        "The coast guard caught two smugglers in a speedboat off Arica.",
    ],
)
def test_catching_people_stays_a_seizure(nlp, text):
    assert "COERCE" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Central Bank of Chile ended its two-day policy meeting in Santiago on Wednesday.",
        "After a monetary policy meeting, the Peruvian central bank kept its rate at 4 percent.",
        "The airline's board meeting on Friday approved the new fares.",
    ],
)
def test_an_own_policy_meeting_is_no_consultation(nlp, text):
    assert "CONSULT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Chile and Peru held a meeting in Lima on Monday.",
        "The Bolivian president met the Chilean ambassador in La Paz.",
    ],
)
def test_a_meeting_of_parties_stays_a_consultation(nlp, text):
    assert "CONSULT" in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Mitsui bought a stake in a Chilean copper miner.",
        "Norway's Equinor acquired a controlling stake in an Argentine power utility.",
        "Spain's Repsol sold its stake in a Peruvian refiner.",
    ],
)
def test_a_countrys_firm_trading_is_business(nlp, text):
    assert not types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's government bought a stake in the Peruvian port operator.",
        "Russia sold ten fighter jets to Egypt.",
    ],
)
def test_a_state_trading_stays_an_event(nlp, text):
    assert "COOPERATE" in types(nlp, text)
