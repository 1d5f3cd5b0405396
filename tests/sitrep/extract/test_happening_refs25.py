"""A general word for a deed ('the move', 'the decision', 'it') points back to the last deed told: its doer is the
target of the act about it (sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_triggers, happening_refs

EXAMPLES = happening_refs.examples()


@pytest.mark.parametrize("row", EXAMPLES, ids=[r["word"] for r in EXAMPLES])
def test_every_example_targets_the_doer(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_acts_of_words_in_between_are_passed_over(event_roles):
    text = (
        "Germany banned rallies by Turkish ministers on Sunday. Austria praised Germany on Monday. "
        "The Netherlands supported the move."
    )
    assert ("target", "Germany") in event_roles(text, "SUPPORT")


def test_the_same_sentence_deed_before_the_noun(event_roles):
    text = (
        "Police arrested 20 opposition activists in Moscow on Sunday, and Amnesty International condemned the action."
    )
    assert ("target", "police") in event_roles(text, "ACCUSE")


def test_a_deed_too_far_back_is_not_the_referent(event_roles):
    text = (
        "Saudi Arabia cut diplomatic ties with Qatar on Monday. Flights were cancelled. Shops ran out of milk. "
        "Prices rose sharply. Iran rejected the measures."
    )
    assert not any(role == "target" for role, _ in event_roles(text, "REJECT"))


def test_the_speakers_own_deed_is_no_target(event_roles):
    text = "Turkey closed its border with Syria on Monday. Turkey defended the move."
    assert not any(role == "target" for role, _ in event_roles(text, "SUPPORT"))


def test_a_noun_with_its_own_doer_keeps_it(event_roles):
    text = "The United States imposed new sanctions on Iran on Monday. Russia criticised China's move."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "United States") not in roles


def test_a_new_move_points_back_to_nothing(event_roles):
    text = "The United States imposed new sanctions on Iran on Monday. Russia criticised a move by Congress."
    assert ("target", "United States") not in event_roles(text, "ACCUSE")


def test_an_earlier_phrase_of_the_noun_wins(event_roles):
    text = (
        "A court in Ankara upheld the decision of the election board on Monday. Police detained two activists. "
        "The European Union criticised the decision."
    )
    assert ("target", "police") not in event_roles(text, "ACCUSE")


def test_every_category_is_a_plover_category():
    assert happening_refs.WORDS["act"] | happening_refs.WORDS["prior"] <= set(event_triggers.PLOVER_TYPES)


def test_such_a_move_is_only_thought_of(event_roles):
    text = "Germany banned rallies by Turkish ministers on Sunday. The Netherlands said it would support such a move."
    assert ("target", "Germany") not in event_roles(text, "SUPPORT")


def test_a_said_clause_that_judges_the_deed(event_roles):
    text = "Saudi Arabia recalled its ambassador from Lebanon on Monday. Iran said the move was a provocation."
    assert ("target", "Saudi Arabia") in event_roles(text, "ACCUSE")
