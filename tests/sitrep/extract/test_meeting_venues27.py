"""A name in the place phrase of a meeting that has its party elsewhere is where it was held, not who was met
(sentences of our own, through the real pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,venue,party",
    [
        ("The Ruritanian minister has been meeting on Capitol Hill with senators.", "Capitol Hill", "legislators"),
        ("The Ruritanian minister met senators on Capitol Hill.", "Capitol Hill", "legislators"),
        ("The Freedonian king received the envoy at his palace, Al Yamamah, outside the capital.", "Al Yamamah", None),
    ],
)
def test_a_meeting_place_is_no_party(event_roles, text, venue, party):
    roles = event_roles(text, "CONSULT")
    assert not any(name == venue for _, name in roles)
    if party:
        assert ("target", party) in roles


@pytest.mark.parametrize(
    "text,party",
    [
        ("Putin met Erdogan in Sochi on Tuesday.", "Erdogan"),
        ("The Ruritanian minister met with Lavrov in Moscow.", "Lavrov"),
    ],
)
def test_the_party_met_stays(event_roles, text, party):
    assert ("target", party) in event_roles(text, "CONSULT")
