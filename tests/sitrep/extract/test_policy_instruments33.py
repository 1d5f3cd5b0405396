"""Precision classes of development sample 4545 (round 33) that recur in older samples, run through the real
pipeline on sentences of our own: an attack verb describing an instrument of policy, law or surveillance
('executive orders targeting drug cartels', 'actions including targeting cartels', 'surveillance operations
targeting spies') is no attack (``data/policy_instruments.tsv``); a scoring or a ranking released is no release of
people, a court settlement, a schedule or a drug approved no support, and an ambition undermined no sanction
(``data/trigger_senses.tsv``)."""

import pytest

from sitrep.extract.data_files import read_tsv

INSTRUMENT_ROWS = read_tsv("policy_instruments.tsv")


@pytest.mark.parametrize("row", INSTRUMENT_ROWS, ids=[f"{r['kind']}-{i}" for i, r in enumerate(INSTRUMENT_ROWS)])
def test_an_instrument_aimed_at_someone_is_no_attack(event_roles, row):
    assert event_roles(row["example"], row["plover"]) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government adopted new measures targeting Peruvian smugglers.",
        "The Chilean Congress passed legislation targeting Peruvian smugglers.",
    ],
)
def test_more_instruments_aimed_at_someone(event_roles, text):
    assert event_roles(text, "ASSAULT") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean army launched an operation targeting rebel hideouts in the hills.",
        "Gunmen fired shots targeting a Chilean police patrol.",
    ],
)
def test_attacks_aimed_at_someone_stay_attacks(event_roles, text):
    assert any(role == "target" for role, _ in event_roles(text, "ASSAULT"))


def test_a_law_banning_rallies_stays_a_ban(event_roles):
    text = "The Chilean Parliament passed a law banning rallies."
    assert ("source", "Chilean Parliament") in event_roles(text, "COERCE")


def test_a_scoring_released_is_no_release(event_roles):
    text = "The Chilean budget office released its scoring of the health plan on Monday."
    assert event_roles(text, "RETREAT") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The judge approved the expedited briefing schedule the parties proposed.",
        "Chilean regulators approved a new drug for lung cancer on Monday.",
    ],
)
def test_a_schedule_or_a_drug_approved_is_no_support(event_roles, text):
    assert event_roles(text, "SUPPORT") == set()


def test_a_deal_approved_stays_support(event_roles):
    assert ("target", "Peru") in event_roles("The Chilean Parliament approved the trade deal with Peru.", "SUPPORT")


def test_people_released_stay_a_release(event_roles):
    assert event_roles("Chile released two Peruvian fishermen on Monday.", "RETREAT") != set()


def test_an_ambition_undermined_is_no_sanction(event_roles):
    text = "Chilean business groups said the Peruvian minister undermined the government's ambition to join the bloc."
    assert event_roles(text, "SANCTION") == set()
