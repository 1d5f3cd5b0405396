"""THREATEN precision classes of round 23, on sentences of our own: a wish or plan to do harm followed by the
harm itself (the done act is no threat); a civilian craft launched or planned (no force, no threat); a threat of
a danger no party states (terrorism, famine); real threats stay THREATEN."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, readings, type_list

REAL_THREATS = [
    ("Russia threatened to cut gas supplies to Ukraine.", ("THREATEN", "restrict")),
    ("North Korea vowed to strike US bases.", ("THREATEN", "violence")),
]


@pytest.mark.parametrize(("text", "reading"), REAL_THREATS)
def test_real_threats_stay_threats(nlp, text, reading):
    assert reading in readings(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Smith wanted to kill his neighbours and then did kill one of them.",
        "The gunman wanted to kill his wife and shot her dead.",
        "The gunman wanted to kill police officers, planned to kill police officers, and then did kill an officer.",
    ],
)
def test_a_harm_done_after_a_wish_to_do_it_is_the_harm(nlp, text):
    got = coded(nlp, text)
    done = [c for c in got if c["event_type"] == "ASSAULT"]
    assert done and all(c["event_status"] == "occurred" for c in done), got
    assert type_list(nlp, text).count("THREATEN") < len(got), got


def test_a_conjunct_still_to_come_stays_planned(nlp):
    got = coded(nlp, "The rebels plan to attack the town and seize the airport.")
    assert got and all(c["event_type"] == "THREATEN" for c in got), got


@pytest.mark.parametrize("row", read_tsv("civil_craft.tsv"), ids=lambda r: r["modifier"])
def test_a_civilian_craft_launched_or_planned_is_no_force_and_no_threat(nlp, row):
    got = coded(nlp, row["example"])
    assert not {"MOBILIZE", "THREATEN"} & {c["event_type"] for c in got}, got


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The navy launched a reconnaissance aircraft from its carrier to track the convoy.", "MOBILIZE"),
        ("China threatened to send warships to the strait.", "THREATEN"),
        ("The navy plans to launch a warship toward the disputed islands.", "THREATEN"),
    ],
)
def test_a_force_launched_or_threatened_stays(nlp, text, etype):
    assert etype in {c["event_type"] for c in coded(nlp, text)}, coded(nlp, text)


def test_a_supply_ship_launched_by_a_state_agency_is_no_deployment(nlp):
    got = coded(nlp, "NASA launched a supply ship to the space station.")
    assert "MOBILIZE" not in {c["event_type"] for c in got}, got


@pytest.mark.parametrize("row", read_tsv("danger_nouns.tsv"), ids=lambda r: r["noun"])
def test_a_threat_of_a_danger_no_party_states_is_no_threat(nlp, row):
    got = coded(nlp, row["example"])
    assert "THREATEN" not in {c["event_type"] for c in got}, got


@pytest.mark.parametrize(
    "text",
    [
        "Belarus faces the threat of sanctions by the European Union.",
        "The European Union issued a threat of sanctions against Belarus.",
    ],
)
def test_a_threat_of_an_act_by_a_party_stays(nlp, text):
    assert "THREATEN" in {c["event_type"] for c in coded(nlp, text)}, coded(nlp, text)
