"""The event noun a light verb's act is told with is the act itself, not a thing it takes (round 24).

'Brazil voiced support for Argentina': the support is the act, so its 'for' phrase names whom it backs (the
target), unlike the 'for' phrase of a thing asked for or welcomed ('demanded market access for Indian firms', whose
firms are the thing's beneficiary, not the addressee) (``asked_things.without_inner_parties`` with ``own``).
"""

from __future__ import annotations

import pytest

OWN_NOUN_TARGETS = [
    ("Brazil expressed support for Argentina.", "SUPPORT", "Argentina"),
    ("Brazil voiced strong support for Argentina on Monday.", "SUPPORT", "Argentina"),
    ("Chile expressed its support for Peru.", "SUPPORT", "Peru"),
]

THING_BENEFICIARIES = [
    ("India demanded greater market access for Indian firms.", "REQUEST", "Indian"),
    ("Iran demanded compensation from Iraq for the victims.", "REQUEST", "victims"),
]


@pytest.mark.parametrize(("text", "etype", "target"), OWN_NOUN_TARGETS)
def test_the_act_s_own_noun_names_its_target(event_roles, text, etype, target):
    got = event_roles(text, etype)
    assert ("target", target) in got, (text, got)


@pytest.mark.parametrize(("text", "etype", "absent"), THING_BENEFICIARIES)
def test_a_thing_s_beneficiary_stays_no_target(event_roles, text, etype, absent):
    got = event_roles(text, etype)
    assert not any(role == "target" and absent in (name or "") for role, name in got), (text, got)
