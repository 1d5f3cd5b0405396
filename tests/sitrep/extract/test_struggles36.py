"""Round 36: struggling to do something is a difficulty with that task, no fight (``event_frames.json``
required_arguments 'struggle ASSAULT': `no_act_complement`); a struggle with or against someone stays one."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import role_words, types


@pytest.mark.parametrize(
    "text",
    [
        "Aid groups are already struggling to meet needs in Chile and cope with the refugee crisis.",
        "Party leaders are still struggling to satisfy two opposed forces: moderates and conservatives.",
        "The Peruvian army struggled to recruit enough soldiers last year.",
    ],
)
def test_struggling_to_do_something_is_no_fight(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize("prep", ["with", "against"])
def test_a_struggle_with_or_against_someone_stays_a_fight(nlp, prep):
    text = f"Chilean troops struggled {prep} the rebels near the border on Monday."
    assert "rebels" in role_words(nlp, text, "ASSAULT", "target")
