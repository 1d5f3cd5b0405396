"""What a request asks for is no event of its own, nor are its arguments the request's addressee (round 23).

- a meeting, visit or aid noun that a demand asks for, told as the object of its 'for' phrase ('called for talks
  with China', 'asked for a meeting') or as its object with no determiner pointing to a known one ('requested
  talks', 'sought a meeting'), was asked for, not held: PLOVER codes the REQUEST, no CONSULT
  (``event_clause_acts.asked_noun``); a meeting held beside the request is still coded.
"""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded, dyads

ASKED_MEETINGS = [
    ("Japan called for talks with China.", "China"),
    ("Japan requested talks with China on Monday.", "China"),
    ("The opposition asked for a meeting with the president.", None),
    ("Pakistan sought talks with the Taliban.", None),
    ("Seoul pressed for the resumption of talks with Pyongyang.", None),
]


@pytest.mark.parametrize(("text", "target"), ASKED_MEETINGS)
def test_a_meeting_asked_for_is_no_meeting(nlp, text, target):
    got = coded(nlp, text)
    types = [c["event_type"] for c in got]
    assert "CONSULT" not in types, (text, types)
    assert "REQUEST" in types, (text, types)
    if target:
        assert any(target in tgt for _, tgt in dyads(nlp, text, "REQUEST")), dyads(nlp, text, "REQUEST")


def test_a_meeting_held_beside_a_request_stays(nlp):
    got = coded(nlp, "Japan met China in Tokyo on Monday and called for further talks.")
    assert "CONSULT" in [c["event_type"] for c in got], got
