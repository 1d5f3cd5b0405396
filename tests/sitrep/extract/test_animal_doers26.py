"""An animal is no actor, whatever people or place its breed names (sentences of our own, through the real
pipeline)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A postman who was savagely attacked by a German Shepherd dog in Dublin has been awarded damages.",
        "A Siberian tiger attacked a Russian zookeeper.",
    ],
)
def test_an_animal_attack_is_no_event(event_roles, text):
    assert event_roles(text, "ASSAULT") == set()


def test_people_who_attack_stay(event_roles):
    assert ("source", "military") in event_roles("Freedonian soldiers attacked the village.", "ASSAULT")
