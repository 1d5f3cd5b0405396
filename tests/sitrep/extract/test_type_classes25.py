"""Event-type classes of round 25, from the tuning halves' wrong types, the development precision samples and the
PLOVER manual, checked on sentences of our own through the real spaCy pipeline.

- a promise to refuse is a refusal: a vow, pledge or promise whose complement is a REJECT of the lexicon ('vowed to
  block the deal', 'promised to veto any resolution', 'pledged to boycott the summit') is REJECT, not AGREE (PLOVER
  AGREE is a commitment to cooperate; REJECT is "all rejections and refusals"), as a promise not to cooperate
  already was ('vowed never to withdraw'); a promise not to refuse ('vowed not to block') stays AGREE
  (``trigger_readings.refused_reading``).
"""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "Chilean senators vowed to block the trade deal with Peru.",
        "Chile promised to veto any UN resolution on Peru.",
        "The Bolivian government vowed to reject any deal with Peru.",
        "Chile pledged to boycott the summit in Peru.",
        "The opposition swore to block the nomination of the new envoy to Peru.",
        "Peru's foreign minister said his country would resist any pressure from Chile and vowed to reject the plan.",
    ],
)
def test_a_vow_to_refuse_is_a_rejection(nlp, text):
    got = types(nlp, text)
    assert "REJECT" in got and "AGREE" not in got, (text, got)


def test_the_one_vowing_to_refuse_is_the_source(nlp):
    text = "Chile vowed to block the trade deal with Peru."
    assert "Chile" in role_words(nlp, text, "REJECT", "source"), text
    assert "Peru" in role_words(nlp, text, "REJECT", "target"), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile vowed not to block the trade deal with Peru.",
        "Chile promised to sign the trade deal with Peru.",
    ],
)
def test_a_promise_not_to_refuse_stays_a_promise(nlp, text):
    got = types(nlp, text)
    assert "AGREE" in got and "REJECT" not in got, (text, got)
