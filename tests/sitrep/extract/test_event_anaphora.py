"""An act about a happening told earlier targets whoever did it (sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_anaphora, event_triggers

EXAMPLES = event_anaphora.data()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_every_example_targets_the_earlier_doer(event_roles, example):
    roles = event_roles(example["text"], example["type"])
    assert ("target", example["target"]) in roles


def test_a_new_happening_refers_back_to_nothing(event_roles):
    text = "Iran fired a missile into the sea on Tuesday. On Friday Chile condemned a bombing near its border."
    assert not any(role == "target" for role, _ in event_roles(text, "ACCUSE"))


def test_a_happening_of_another_kind_is_not_the_referent(event_roles):
    text = "Iran fired a missile into the sea on Tuesday. On Friday Chile condemned the arrests."
    assert ("target", "Iran") not in event_roles(text, "ACCUSE")


def test_the_speaker_is_never_its_own_target(event_roles):
    text = "Iran fired a missile into the sea on Tuesday. Iranian state media hailed the test."
    assert not any(role == "target" for role, _ in event_roles(text, "SUPPORT"))


def test_an_event_noun_with_its_own_actor_keeps_it(event_roles):
    text = "Iran fired a missile into the sea on Tuesday. Chile condemned Peru's test on Friday."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Peru") in roles and ("target", "Iran") not in roles


def test_every_noun_category_is_a_plover_category():
    cats = set(event_triggers.PLOVER_TYPES)
    assert all(set(types) <= cats for types in event_anaphora.data()["nouns"].values())


def test_a_call_for_protests_does_not_ask_the_protesters(event_roles):
    text = "Thousands of farmers protested in the capital on Monday. Senator Ana Ruiz called for the protests."
    assert ("target", "protesters") not in event_roles(text, "REQUEST")
