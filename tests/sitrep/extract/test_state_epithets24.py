"""Descriptions that stand for a state named before: 'the kingdom', 'the isolated nation', 'the Jewish state'."""

from __future__ import annotations

import pytest

from sitrep.extract import state_epithets

EXAMPLES = state_epithets.examples()


@pytest.mark.parametrize("row", EXAMPLES, ids=[r["word"] for r in EXAMPLES])
def test_every_example_refers_back_to_its_state(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_another_country_is_not_the_one_named_last(event_roles):
    text = "North Korea fired a missile on Sunday. Japan condemned the other country."
    assert ("target", "North Korea") not in event_roles(text, "ACCUSE")


def test_a_fixed_description_skips_the_country_named_last(event_roles):
    text = "Israel built new homes in the West Bank. Hezbollah met officials of Lebanon. Iran accused the Jewish state."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Israel") in roles and ("target", "Lebanon") not in roles


def test_the_subject_is_not_its_own_antecedent(event_roles):
    text = "Japan held talks with officials. North Korea condemned the country."
    assert ("target", "North Korea") not in event_roles(text, "ACCUSE")
