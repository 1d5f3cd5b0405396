"""A deal, an agreement, an accord or a pact is made by the parties that reached, struck, concluded or signed it:
an act of words about it later is aimed at them (sentences of our own; data/made_things.tsv's examples run in
test_thing_owners24.py)."""

from __future__ import annotations


def test_an_agreement_is_aimed_at_the_parties_who_made_it(event_roles):
    text = "Chile and Bolivia signed a border agreement on Monday. Crowds cheered. Peru criticised the agreement."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Chile") in roles and ("target", "Bolivia") in roles


def test_a_deal_nobody_made_before_is_aimed_at_nobody(event_roles):
    text = "Oil prices fell on Monday. Traders were nervous. Peru criticised the deal."
    assert not any(r == "target" for r, _ in event_roles(text, "ACCUSE"))
