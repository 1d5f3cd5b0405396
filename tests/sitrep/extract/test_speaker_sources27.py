"""The person who says 'his country' did an act is its source too, beside his state (``speaker_sources``)."""

import pytest


@pytest.mark.parametrize(
    ("text", "etype", "person"),
    [
        (
            "Mexican Economy Minister Ildefonso Guajardo said on Thursday that his country could slap tariffs on US "
            "goods if talks fail.",
            "THREATEN",
            "Ildefonso Guajardo",
        ),
        (
            "Turkish Foreign Minister Mevlut Cavusoglu said his country had expelled two Dutch diplomats.",
            "SANCTION",
            "Mevlut Cavusoglu",
        ),
    ],
)
def test_the_speaker_is_a_source_beside_his_state(event_roles, text, etype, person):
    assert ("source", person) in event_roles(text, etype)


def test_a_named_state_subject_adds_no_speaker(event_roles):
    text = "Turkish Foreign Minister Mevlut Cavusoglu said Turkey had expelled two Dutch diplomats."
    roles = event_roles(text, "SANCTION")
    assert ("source", "Turkey") in roles
    assert ("source", "Mevlut Cavusoglu") not in roles
