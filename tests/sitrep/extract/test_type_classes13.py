"""Event classes of round 13 (PLOVER 2021 manual / CAMEO2PLOVER-2021), for the weakest categories: staying away
from a meeting is a refusal to meet (CAMEO 125), a meeting named and judged by 'call' is no new meeting, the
nouns of rejecting, vetoing, kidnapping and killing head their events, blocking a measure and ignoring a demand
or a ban are refusals, ceding territory is a retreat, and ending one's own fighting a ceasefire (CAMEO 0871)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import readings as _readings
from tests.sitrep.extract.coding import types as _types


@pytest.mark.parametrize(
    "text",
    [
        "President Oskar Tamm did not attend the summit in Vello.",
        "The premier of Ruritania did not attend the regional summit.",
        "Chancellor Ilse Varga will not attend the talks in Freedonia.",
        "Freedonia did not attend the donors' conference in Vello.",
    ],
)
def test_staying_away_from_a_meeting_is_a_refusal_to_meet(nlp, text):
    readings = _readings(nlp, text)
    assert ("REJECT", "meet") in readings and "CONSULT" not in {t for t, _ in readings}


@pytest.mark.parametrize(
    "text",
    [
        "President Oskar Tamm attended the summit in Vello.",
        "Chancellor Ilse Varga attended the talks in Freedonia on Monday.",
    ],
)
def test_attending_a_meeting_is_still_a_meeting(nlp, text):
    assert "CONSULT" in _types(nlp, text) and "REJECT" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "President Oskar Tamm called the summit with Ilse Varga a success.",
        "The president called the summit a great success.",
        "President Oskar Tamm called the talks a waste of time.",
    ],
)
def test_a_meeting_named_by_call_is_no_new_meeting(nlp, text):
    assert "CONSULT" not in _types(nlp, text)


def test_a_phone_call_is_still_a_consultation(nlp):
    text = "President Oskar Tamm called Ilse Varga on Tuesday to discuss the dam."
    assert ("CONSULT", "phone") in _readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Chile's rejection of the border plan angered Peru.", ("REJECT", None)),
        ("Freedonia's veto of the fisheries resolution drew criticism from Ruritania.", ("REJECT", None)),
        ("Chile's refusal to extradite the banker strained ties with Peru.", ("REJECT", None)),
        ("The kidnapping of two Chilean surveyors by rebels sparked outrage in Lima.", ("ASSAULT", "abduct")),
        ("The Red Hand militia's abduction of the surveyors drew condemnation.", ("ASSAULT", "abduct")),
        ("The killing of a Freedonian farmer by Ruritanian soldiers angered Vello.", ("ASSAULT", None)),
        ("The assassination of the Freedonian mayor by hired gunmen shocked the region.", ("ASSAULT", "assassinate")),
    ],
)
def test_event_nouns_head_their_events(nlp, text, reading):
    assert reading in _readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile blocked the bloc's loan package for Peru.",
        "Ruritanian senators blocked the pension bill on Tuesday.",
        "Freedonia blocked the trade deal with Ruritania.",
        "The junta ignored Freedonia's offer of talks.",
        "The Red Hand militia ignored calls from Ruritania to free the hostages.",
        "Hundreds of Freedonian students ignored the curfew in Vello.",
    ],
)
def test_blocking_a_measure_or_ignoring_a_demand_is_a_refusal(nlp, text):
    assert "REJECT" in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Ruritania ceded three border villages to Freedonia on Friday.", ("RETREAT", "withdraw")),
        ("Ruritanian forces handed over the district of Orlo to Freedonia.", ("RETREAT", "withdraw")),
        ("The Ruritanian army stopped fighting in Vello on Sunday.", ("RETREAT", "ceasefire")),
        ("The two militias ceased firing on each other's positions on Sunday.", ("RETREAT", "ceasefire")),
        ("Ruritanian and Freedonian troops ceased fire at midnight.", ("RETREAT", "ceasefire")),
    ],
)
def test_ceding_ground_and_ending_the_fighting_are_retreats(nlp, text, reading):
    readings = _readings(nlp, text)
    assert reading in readings and "ASSAULT" not in {t for t, _ in readings}


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian army resumed fighting in Cusco on Sunday.",
        "Peruvian troops resumed shelling rebel positions on Sunday.",
    ],
)
def test_fighting_resumed_is_still_an_assault(nlp, text):
    assert "ASSAULT" in _types(nlp, text) and "RETREAT" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister visited Lima on Monday.",
        "Chile's defence minister visited Lima on Tuesday.",
        "Chilean officials discussed the water dispute with Peruvian officials on Monday.",
        "Chilean President Gabriel Soto discussed fishing rights with Peruvian President Ana Quispe.",
    ],
)
def test_office_holders_visiting_or_discussing_consult(nlp, text):
    assert "CONSULT" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists visited Lima on Monday.",
        "Chilean students visited Lima on Monday.",
    ],
)
def test_tourists_and_students_visiting_do_not_consult(nlp, text):
    assert "CONSULT" not in _types(nlp, text)
