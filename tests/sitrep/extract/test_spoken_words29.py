"""An act about someone's words told before ('condemned the remarks') is aimed at their speaker
(``spoken_words``; sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import spoken_words

ROWS = spoken_words.examples()


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_every_example_targets_the_speaker(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_a_speaker_of_the_acts_own_side_is_passed_over(event_roles):
    text = (
        '"The Dutch are Nazi remnants," Erdogan said on Sunday. "This is a crazy remark," Dutch Prime Minister '
        "Mark Rutte said. The Dutch government condemned the remarks."
    )
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Erdogan") in roles and ("target", "Mark Rutte") not in roles


def test_a_speaker_too_far_back_is_not_the_one(event_roles):
    text = (
        '"The Dutch are Nazi remnants," Erdogan said on Sunday. The weather was cold. Rain fell in Ankara. '
        "The markets fell. The Dutch government condemned the remarks."
    )
    assert ("target", "Erdogan") not in event_roles(text, "ACCUSE")


def test_words_with_their_own_owner_keep_it(event_roles):
    text = "Lavrov said on Tuesday that the convoy carried only food. Kiev rejected Erdogan's statement."
    roles = event_roles(text, "REJECT")
    assert ("target", "Erdogan") in roles and ("target", "Lavrov") not in roles


def test_new_words_refer_back_to_nothing(event_roles):
    text = "Lavrov said on Tuesday that the convoy carried only food. Kiev rejected a statement on the talks."
    assert ("target", "Lavrov") not in event_roles(text, "REJECT")


def test_one_who_was_told_said_nothing(event_roles):
    text = "Lavrov was told on Tuesday that the convoy carried only food. Kiev rejected the statement."
    assert ("target", "Lavrov") not in event_roles(text, "REJECT")


def test_an_act_with_its_own_target_keeps_it(event_roles):
    text = "Lavrov said on Tuesday that the convoy carried only food. Kiev rejected the statement by Moscow."
    assert ("target", "Lavrov") not in event_roles(text, "REJECT")


def test_a_noun_of_no_words_takes_no_speaker(event_roles):
    text = "Lavrov said on Tuesday that the convoy carried only food. Kiev rejected the convoy."
    assert ("target", "Lavrov") not in event_roles(text, "REJECT")


def test_a_speaker_who_names_such_words_answers_them(event_roles):
    text = (
        '"The allegations are nonsense," a spokesman for GCHQ said. A British security official denied the allegations.'
    )
    assert ("target", "GCHQ") not in event_roles(text, "REJECT")
