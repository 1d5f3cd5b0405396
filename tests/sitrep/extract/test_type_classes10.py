"""Event types of classes of sentences (round 10): what a promise governs is planned,
a vow of force against a group of people is a threat, a hostile act its actor says
it could do is a threat, tariffs are sanctions, the dead handed over are a release, arms sent to a state are
aid."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import types as _types


def test_what_a_promise_governs_is_planned(nlp):
    coded = _coded(nlp, "Qatar promised to provide loans to Somalia.")
    assert all(c["event_status"] == "planned" for c in coded if c["event_type"] != "AGREE"), coded
    agree = [c for c in coded if c["event_type"] == "AGREE"]
    assert agree and agree[0]["event_status"] == "occurred"  # the promise itself was made


@pytest.mark.parametrize(
    "text",
    [
        "The kidnappers vowed to kill the hostages unless a ransom was paid.",
        "The gang swore to kill the villagers who had helped the police.",
    ],
)
def test_a_vow_of_force_against_people_is_a_threat(nlp, text):
    assert "THREATEN" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Algeria said it could cut gas supplies to Spain.",
        "The army said it might strike the camps across the river.",
    ],
)
def test_a_hostile_act_its_actor_says_it_could_do_is_a_threat(nlp, text):
    types = _types(nlp, text)
    assert "THREATEN" in types and not types & {"SANCTION", "ASSAULT"}, types


def test_a_hostile_act_foretold_of_others_is_no_threat_of_theirs(nlp):
    coded = _coded(nlp, "Officials said the rebels could attack the town at any time.")
    assert "THREATEN" not in {c["event_type"] for c in coded}


def _threat_rows():
    from sitrep.extract.event_triggers import read_tsv

    return [(r["threat_mode"], r["example"]) for r in read_tsv("threat_modes.tsv")]


@pytest.mark.parametrize(("mode", "example"), _threat_rows())
def test_each_threat_mode_row_codes_its_example(nlp, mode, example):
    """The mode of a threat is its content (PLOVER 2021), read from the threatened act's category and mode."""
    coded = _coded(nlp, example)
    assert ("THREATEN", mode) in {(c["event_type"], c["event_mode"]) for c in coded}, coded


def test_a_meeting_during_which_a_promise_was_made_took_place(nlp):
    coded = _coded(nlp, "The envoy promised support to the island's leaders during a meeting in Valletta on Monday.")
    meetings = [c for c in coded if c["event_type"] == "CONSULT"]
    assert meetings and all(c["event_status"] == "occurred" for c in meetings), coded
