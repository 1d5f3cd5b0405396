"""A description of a state ('the kingdom', 'the country') never stands for a country its own clause names as another
party, and at a clause's subject it continues the last sentence's subject state (``clause_states``): invented
sentences through the real mention and event extraction."""

import pytest

NOT_BESIDE = [
    ("Saudi Arabia cut ties with Qatar on Monday. The kingdom accused Qatar of supporting terrorism.", "ACCUSE",
     "Saudi Arabia", "Qatar"),
    ("Morocco recalled its envoy from Spain on Monday. The kingdom urged Spain to expel the rebel leader.", "REQUEST",
     "Morocco", "Spain"),
]  # fmt: skip
CONTINUED = [
    ("Saudi Arabia cut ties with Qatar on Monday. The kingdom also closed its border.", "COERCE", "Saudi Arabia",
     "Qatar"),
    ("North Korea fired a missile over Japan on Monday. The country threatened further launches.", "THREATEN",
     "North Korea", "Japan"),
]  # fmt: skip


@pytest.mark.parametrize("text,etype,source,other", NOT_BESIDE, ids=[c[1] for c in NOT_BESIDE])
def test_a_description_is_not_a_party_of_its_own_clause(event_roles, text, etype, source, other):
    roles = event_roles(text, etype)
    assert ("source", source) in roles and ("source", other) not in roles, roles
    assert ("target", other) in roles, roles


@pytest.mark.parametrize("text,etype,source,other", CONTINUED, ids=[c[1] for c in CONTINUED])
def test_a_subject_description_continues_the_last_subject(event_roles, text, etype, source, other):
    roles = event_roles(text, etype)
    assert ("source", source) in roles and ("source", other) not in roles, roles


def test_an_object_description_still_takes_the_last_country(event_roles):
    roles = event_roles("Iran hosted talks on Friday. Turkey accused the country of war crimes.", "ACCUSE")
    assert ("target", "Iran") in roles and ("source", "Turkey") in roles, roles


def test_a_description_with_no_other_state_before_keeps_it(event_roles):
    roles = event_roles("Qatar rejected the demands on Monday. The emirate accused Egypt of a blockade.", "ACCUSE")
    assert ("source", "Qatar") in roles and ("target", "Egypt") in roles, roles
