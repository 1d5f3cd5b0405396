"""Events whose doer the sentence does not name: a protest named only by its noun and place ('a general strike in
X', 'riots broke out in Y') is the protesters' of that place; an expulsion 'from X' is X's; a passive act on an
envoy ('the ambassador was summoned by X') reads the envoy as the trigger's object. Sentences of our own."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A general strike in Peru shut the copper mines on Tuesday.",
        "Riots broke out in La Paz on Friday night.",
        "Protests in Cusco turned violent over the weekend.",
    ],
)
def test_a_protest_named_by_its_noun_and_place_is_the_protesters(event_roles, text):
    assert ("source", "protesters") in event_roles(text, "PROTEST")


def test_a_crowd_in_the_streets_is_no_protest_without_protesters(event_roles):
    assert not event_roles("In Arequipa, some 30,000 people took to the streets for the festival.", "PROTEST")


def test_the_state_a_passive_expulsion_is_from_is_its_source(event_roles):
    roles = event_roles("Three Bolivian diplomats were expelled from Chile on Thursday.", "SANCTION")
    assert ("source", "Chile") in roles and ("target", "Chile") not in roles


def test_a_deportation_from_a_state_has_no_target_state(event_roles):
    roles = event_roles("The Bolivian reporter was deported from Chile on Thursday.", "COERCE")
    assert ("source", "Chile") in roles and ("target", "Chile") not in roles


def test_a_summoned_envoy_in_the_passive_is_a_diplomatic_protest(event_roles):
    roles = event_roles("The Bolivian ambassador was summoned by Chile on Thursday.", "ACCUSE")
    assert ("source", "Chile") in roles
    assert any(role == "target" for role, _ in roles)


def test_a_state_of_emergency_declared_in_the_passive_is_martial_law(event_roles):
    roles = event_roles("A state of emergency was declared in Santiago on Saturday.", "COERCE")
    assert ("source", "government") in roles
