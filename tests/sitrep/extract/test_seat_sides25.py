"""A seat of government stands for its state when an act's counterpart is taken from the discourse: 'the Kremlin'
answers what was said of Russia, 'the White House' acts for the United States (sentences of our own)."""

from __future__ import annotations


def test_a_seat_answers_an_accusation_of_its_state(event_roles):
    text = "Ukraine accused Russia of shelling Kharkiv on Monday. The Kremlin dismissed the claims as lies."
    assert ("target", "Ukraine") in event_roles(text, "REJECT")


def test_a_seat_continues_its_states_last_act(event_roles):
    text = "The United States accused Venezuela of rigging the vote on Sunday. The White House demanded a recount."
    assert ("target", "Venezuela") in event_roles(text, "REQUEST")


def test_a_seat_is_never_its_own_states_target(event_roles):
    text = "Russia summoned the Polish ambassador on Monday. The Kremlin demanded an apology."
    roles = event_roles(text, "REQUEST")
    assert ("target", "Russia") not in roles and ("target", "Kremlin") not in roles
