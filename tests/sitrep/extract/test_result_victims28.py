"""The people a result participle after an attack says were hurt are its targets (round 28): 'attacked a
checkpoint, killing three soldiers', 'opened fire on a bus, wounding six passengers'. The participle's own verb
of harm is governed by the attack, so its victims were lost with it. Invented sentences through the real spaCy
pipeline and the event extraction."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "source", "victims"),
    [
        ("Militants attacked a checkpoint near Tarsia, killing three soldiers.", "militants", "military"),
        ("Gunmen opened fire on a bus, wounding six passengers.", "militants", "civilians"),
        ("Rebels shelled the town, injuring dozens of civilians.", "rebels", "civilians"),
    ],
)
def test_the_people_a_result_participle_hurts_are_the_attacks_target(event_roles, text, source, victims):
    roles = event_roles(text, "ASSAULT")
    assert ("source", source) in roles and ("target", victims) in roles, roles


def test_a_result_participle_after_no_attack_adds_no_target(event_roles):
    assert not event_roles("The storm hit the coast of Tarsia, killing ten people.", "ASSAULT")
