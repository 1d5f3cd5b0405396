"""Precision classes of round 24 on sentences of our own: an epithet in quotation marks given to someone is a
naming, no phone call ('calling the Swedes "Nazi remnants"'); real calls stay calls. What one would tell under a
condition is no report ('If I tell him the X will take my land, ...'). (Until round 33 the sentences said 'want to
take'; a hostile wish that others ascribe to an actor is no threat since round 33's ruling, ``wished_acts``, so they
tell a future act instead.)"""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded


def _types(nlp, text):
    return {c["event_type"] for c in coded(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        'The prime minister responded by calling the Swedes "Nazi remnants" and warned them not to meddle.',
        'The interior minister responded by calling the Danish opposition "fascist thugs".',
    ],
)
def test_a_quoted_epithet_is_no_phone_call(nlp, text):
    got = _types(nlp, text)
    assert "CONSULT" not in got and "ACCUSE" in got, coded(nlp, text)


def test_a_call_to_a_leader_stays_a_call(nlp):
    text = "President Trump called Russian President Vladimir Putin on Tuesday to discuss Syria."
    assert "CONSULT" in _types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "If I go to the mayor with my papers and I tell him the Mapuche will take my land, he says I am a fool.",
        "If I tell the mayor that the Mapuche will take my land, he laughs.",
    ],
)
def test_what_one_would_tell_under_a_condition_is_no_report(nlp, text):
    assert "THREATEN" not in _types(nlp, text), coded(nlp, text)


def test_what_one_told_stays_a_report(nlp):
    text = "The farmers told the mayor that the Mapuche will take their land."
    assert "THREATEN" in _types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hebron, occupied West Bank -- Standing by the side of a road near the settlement, Ahmad Saleh sells figs.",
        "Nablus, occupied West Bank — Farmers picked olives under army watch on Friday.",
    ],
)
def test_a_word_of_a_dateline_is_no_act(nlp, text):
    assert not {"COERCE", "SUPPORT"} & _types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Israeli troops occupied the town of Qalqilya on Monday -- the first raid in years.", "ASSAULT"),
        ("Rebels released twenty hostages on Friday.", "RETREAT"),
        ("France stood by its ally.", "SUPPORT"),
    ],
)
def test_real_acts_beside_these_readings_stay(nlp, text, etype):
    assert etype in _types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents walked out of the city on foot on Sunday.",
        "There we saw hundreds of villagers walking out of the town with their belongings.",
    ],
)
def test_walking_out_of_a_town_is_leaving_no_strike(nlp, text):
    assert "PROTEST" not in _types(nlp, text), coded(nlp, text)


def test_a_walkout_stays_a_strike(nlp):
    assert "PROTEST" in _types(nlp, "Nurses walked out over pay on Monday.")
