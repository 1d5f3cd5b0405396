"""A happening owned by a pronoun ('their arrest', 'his imprisonment', 'its test') is the one told before: an act of
words about it is aimed at that happening's doer (sentences of our own; the data's examples run in
test_event_anaphora.py)."""

from __future__ import annotations


def test_their_killing_is_the_killing_told_before(event_roles):
    text = "Soldiers shot dead two farmers near the border on Friday. The Red Cross condemned their killing."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "military") in roles and ("target", "farmers") not in roles


def test_its_test_is_the_testers(event_roles):
    text = "North Korea tested a missile on Sunday. Japan condemned its test."
    assert ("target", "North Korea") in event_roles(text, "ACCUSE")


def test_the_owned_victims_are_not_the_target(event_roles):
    text = "Egypt jailed an Al Jazeera producer on Monday. Qatar denounced his imprisonment."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Egypt") in roles and ("target", "Al Jazeera") not in roles


def test_a_pronoun_owned_happening_with_nothing_before_gets_nothing(event_roles):
    text = "The weather was fine on Monday. Qatar denounced his imprisonment."
    assert not any(r == "target" for r, _ in event_roles(text, "ACCUSE"))
