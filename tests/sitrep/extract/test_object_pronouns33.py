"""An object 'him' or 'her' of a verb whose parties the meeting rules read ('Kenyatta met him', 'welcomed her')
stands for a person named before, never for its own verb's subject (``event_mentions.resolve_description`` asks
``pronoun_antecedent``): invented sentences through the real mention and event extraction."""

import pytest

HOSTED = [
    ("Yoweri Museveni spoke in Nairobi on Monday. Uhuru Kenyatta met him at the state house.",
     "Uhuru Kenyatta", "Yoweri Museveni"),
    ("Yoweri Museveni arrived in Nairobi on Monday. Kenyan President Uhuru Kenyatta welcomed him at the airport.",
     "Uhuru Kenyatta", "Yoweri Museveni"),
    ("Ann Cole flew to Santiago on Tuesday. Later that day, Paul Ruiz received her at the palace.",
     "Paul Ruiz", "Ann Cole"),
]  # fmt: skip


@pytest.mark.parametrize("text,host,guest", HOSTED, ids=[h[2] for h in HOSTED])
def test_the_host_meets_the_guest_named_before(event_roles, text, host, guest):
    roles = event_roles(text, "CONSULT")
    assert ("source", host) in roles and ("target", guest) in roles, roles


def test_an_object_pronoun_with_no_one_before_codes_no_meeting(event_roles):
    roles = event_roles("Uhuru Kenyatta met him at the state house.", "CONSULT")
    assert ("target", "Uhuru Kenyatta") not in roles, roles
