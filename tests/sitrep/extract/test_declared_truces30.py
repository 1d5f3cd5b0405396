"""A truce announced is declared (``event_status.declared_truce``): 'announced a unilateral ceasefire' is CAMEO 0871
'declare truce', PLOVER RETREAT ceasefire, like 'declared a ceasefire'; not a promise (AGREE). An announcement still
to come ('will announce a ceasefire') stays a promise."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian rebels announced a unilateral ceasefire on Sunday.",
        "The Ruritanian army announced a truce with the rebels on Sunday.",
        "The Ruritanian rebels declared a unilateral ceasefire at dawn on Sunday.",
    ],
)
def test_a_truce_announced_is_declared(event_roles, text):
    assert event_roles(text, "RETREAT")
    assert event_roles(text, "AGREE") == set()


def test_a_truce_still_to_be_announced_is_a_promise(event_roles):
    text = "The Ruritanian rebels will announce a ceasefire on Sunday."
    assert event_roles(text, "RETREAT") == set()


def test_announced_talks_stay_planned_talks(event_roles):
    assert event_roles("The Ruritanian government announced new talks with the rebels on Sunday.", "CONSULT")
