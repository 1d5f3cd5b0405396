"""A fight named as the subject of a killing ('Fighting between A and B killed twenty people') is fought by the
sides of its 'between' phrase: the first the source, the other a target beside the victims."""

import pytest


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Fighting between Israel and Hezbollah killed 20 people on Monday.", "Israel", "Hezbollah"),
        ("Fighting between government forces and the rebels killed 20 people.", "military", "rebels"),
        ("Clashes between the army and the rebels killed 20 people near Goma.", "military", "rebels"),
    ],
)
def test_sides_of_the_fight_that_killed(event_roles, text, source, target):
    roles = event_roles(text, "ASSAULT")
    assert ("source", source) in roles
    assert ("target", target) in roles


def test_fight_with_no_sides_names_only_its_victims(event_roles):
    assert not any(r == "source" for r, _ in event_roles("Fighting killed 20 people on Monday.", "ASSAULT"))
