"""Talks a state hosts are a meeting with the host and the parties (round 24).

CAMEO's 'HOST: * TALKS (BETWEEN)' reads as an intent to settle (039, AGREE), which left 'Brazil hosted the talks
between Israel and Hamas' with no event at all; the talks took place: CONSULT, the host its source and the parties
of the 'between' phrase its other side (``triggers_curated.tsv`` VERB host + talk).
"""

from __future__ import annotations

import pytest

HOSTED = [
    ("Brazil hosted the talks between Israel and Hamas.", {"Brazil", "Israel", "Hamas"}),
    ("Egypt hosted talks between Israel and Hamas on Monday.", {"Egypt", "Israel", "Hamas"}),
    ("Egypt hosted the talks with Israel.", {"Egypt", "Israel"}),
]


@pytest.mark.parametrize(("text", "parties"), HOSTED)
def test_hosted_talks_are_a_meeting_of_host_and_parties(event_roles, text, parties):
    got = {name for _, name in event_roles(text, "CONSULT")}
    assert parties <= got, (text, got)
