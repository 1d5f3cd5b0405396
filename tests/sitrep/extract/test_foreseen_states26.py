"""A warning that foresees a state ('the options will be complex') is no threat; one of the warner's answers or
acts stays one (sentences of our own, through the real pipeline)."""

from __future__ import annotations

import pytest


def test_a_state_foreseen_is_no_threat(event_roles):
    text = "The Ruritanian minister warned the options will be complex and need substantial investment."
    assert event_roles(text, "THREATEN") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that the response would be swift.",
        "Russia warned that the consequences would be serious.",
        "Iran warned the United States that it would be ready to close the strait.",
        "Iran warned that it would close the strait.",
    ],
)
def test_a_threat_told_with_a_copula_stays(event_roles, text):
    assert any(role == "source" for role, _ in event_roles(text, "THREATEN"))
