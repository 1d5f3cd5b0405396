"""Actor classes of the late round-22 actor lane (issue 10), each checked on sentences of our own.

- the 'on' / 'against' phrase the parser hangs on the doer of a participle's 'by' phrase ('sanctions imposed by
  the EU on Russia') names on whom the act falls: the target, not a second doer (``agent_tails``);
"""

import pytest


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Sanctions imposed by the EU on Russia have hurt its economy.", "EU", "Russia"),
        ("The embargo imposed by the United States on Cuba remains in force.", "United States", "Cuba"),
        ("Sanctions imposed by the United Nations on North Korea have failed.", "United Nations", "North Korea"),
    ],
)
def test_an_on_phrase_under_the_by_phrase_is_the_target(event_roles, text, source, target):
    roles = event_roles(text, "SANCTION")
    assert ("source", source) in roles and ("target", target) in roles, roles
    assert ("source", target) not in roles, roles


def test_the_plain_order_keeps_its_roles(event_roles):
    roles = event_roles("Sanctions imposed on Russia by the EU have hurt its economy.", "SANCTION")
    assert roles == {("source", "EU"), ("target", "Russia")}, roles
