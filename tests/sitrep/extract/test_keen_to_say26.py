"""Keen to say something is a manner of saying, no promise (sentences of our own, through the real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Simon was keen to point out that if he does have any queries he just has to knock on the door.",
        "The Freedonian minister was keen to stress that the border would stay open.",
        "The Ruritanian envoy was eager to explain that the talks had gone well.",
    ],
)
def test_keen_to_say_is_no_promise(event_roles, text):
    assert event_roles(text, "AGREE") == set()


def test_keen_to_act_stays_a_promise(event_roles):
    assert ("source", "Norway") in event_roles("Norway is keen to deepen its trade ties with Iceland.", "AGREE")
