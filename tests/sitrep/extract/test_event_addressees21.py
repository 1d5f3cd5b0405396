"""A demand or threat with no addressee of its own is addressed to whom its speaker's last act was, a sentence or two
before (texts of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_addressees

EXAMPLES = event_addressees.data()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_every_example_carries_the_addressee_over(event_roles, example):
    assert ("target", example["target"]) in event_roles(example["text"], example["type"])


def test_another_speakers_act_gives_no_addressee(event_roles):
    roles = event_roles("Russia attacked Kharkiv on Monday. Ukraine demanded more air defence systems.", "REQUEST")
    assert not any(role == "target" for role, _ in roles)


def test_an_act_told_three_sentences_before_gives_no_addressee(event_roles):
    # (not in the lead, whose parties stay in view: test_event_counterparts23.py)
    text = (
        "Tensions rose in the Balkans this week. Serbia protested to Croatia over the arrest of its citizen. "
        "The man was held in Zagreb. He is a lorry driver. "
        "His family lives in Nis. Belgrade demanded his immediate release."
    )
    assert ("target", "Croatia") not in event_roles(text, "REQUEST")


def test_a_demand_with_its_own_addressee_keeps_it(event_roles):
    text = "China accused the Philippines of provocations. Beijing demanded that Vietnam withdraw its vessels."
    roles = event_roles(text, "REQUEST")
    assert ("target", "Vietnam") in roles and ("target", "Philippines") not in roles
