"""A claim disputed, challenged or refuted is an act of the verb, not of the noun 'claim' (``object_requirements``):
'disputed X's claim' is an accusation (CAMEO 110, 'CHALLENGE: * CLAIM'), 'refuted X's claim' a rejection like
'denied X's claim'. The object noun is held to the verb 'claim''s need for a that-clause only under a light verb."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Senator John Walsh disputed Governor Mary Hale's claim.",
        "Senator John Walsh challenged Governor Mary Hale's claim that the budget was balanced.",
        "Senator John Walsh contested the claims of Governor Mary Hale about the budget.",
    ],
)
def test_a_disputed_claim_is_an_accusation_of_its_claimer(event_roles, text):
    roles = event_roles(text, "ACCUSE")
    assert ("source", "John Walsh") in roles
    assert ("target", "Mary Hale") in roles


def test_a_state_disputing_a_state_claim(event_roles):
    roles = event_roles("The Peruvian government disputed Chile's claim to the islands.", "ACCUSE")
    assert ("target", "Chile") in roles


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian government refuted Chile's claim.",
        "The Peruvian government rebutted Chile's allegations of spying.",
    ],
)
def test_a_refuted_claim_is_a_rejection_of_its_claimer(event_roles, text):
    roles = event_roles(text, "REJECT")
    assert ("target", "Chile") in roles
    assert not event_roles(text, "ACCUSE")


def test_a_claim_under_a_light_verb_still_needs_its_clause(event_roles):
    # 'made a claim to the estate' tells no wrong of anyone: the light verb's noun keeps the verb's requirement
    assert not event_roles("Senator John Walsh made a claim to the estate of Governor Mary Hale.", "ACCUSE")


def test_the_verb_claim_keeps_its_requirement(event_roles):
    assert not event_roles("Chile claimed the islands in 1890.", "ACCUSE")
    roles = event_roles("Chile claimed that Peru had moved troops to the border.", "ACCUSE")
    assert ("target", "Peru") in roles


def test_a_questioned_claim_is_criticism_of_its_claimer(event_roles):
    roles = event_roles("The Peruvian government questioned Chile's claim.", "ACCUSE")
    assert ("target", "Chile") in roles


def test_a_claim_played_down_is_rejected(event_roles):
    roles = event_roles("The Peruvian government played down Chile's allegations.", "REJECT")
    assert ("target", "Chile") in roles


def test_a_risk_played_down_is_no_rejection(event_roles):
    assert not event_roles("The Peruvian minister played down the risk of floods in the south.", "REJECT")


def test_accusations_laughed_off_are_rejected(event_roles):
    assert event_roles("The Peruvian government laughed off the Chilean accusations.", "REJECT")
