"""An act about a made thing told earlier ('the law', 'the ban') is aimed at its maker (sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_triggers, thing_owners

EXAMPLES = thing_owners.examples()


@pytest.mark.parametrize("row", EXAMPLES, ids=[r["word"] for r in EXAMPLES])
def test_every_example_targets_the_maker(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_a_new_thing_refers_back_to_nothing(event_roles):
    text = "Israel's parliament passed a law on Monday. The vote drew criticism. France condemned a law on Tuesday."
    assert not any(role == "target" for role, _ in event_roles(text, "ACCUSE"))


def test_a_thing_with_its_own_owner_keeps_it(event_roles):
    text = "Israel's parliament passed a law on Monday. The vote drew criticism. France condemned Jordan's law."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Jordan") in roles and ("target", "Israel") not in roles


def test_a_thing_of_another_noun_is_not_the_referent(event_roles):
    text = "Israel's parliament passed a law on Monday. The vote drew criticism. France condemned the plan."
    assert ("target", "Israel") not in event_roles(text, "ACCUSE")


def test_the_maker_found_by_its_agent(event_roles):
    text = "A ban on laptops was imposed by the United States on Tuesday. Airlines rushed. Turkey criticised the ban."
    assert ("target", "United States") in event_roles(text, "ACCUSE")


def test_the_speaker_is_never_its_own_target(event_roles):
    text = "Trump signed an executive order on refugees on Friday. Airports were crowded. Trump defended the order."
    assert ("target", "Trump") not in event_roles(text, "SUPPORT")


def test_every_act_is_a_plover_category():
    assert thing_owners.WORDS["act"] <= set(event_triggers.PLOVER_TYPES)
