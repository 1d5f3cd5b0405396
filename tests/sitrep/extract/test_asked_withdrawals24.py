"""Forces whose pullout is asked for or blamed are the act's target, not its source (round 24).

'Russia announced the withdrawal of its troops' is Russia's pullout (the forces' state withdraws); 'Iraq demanded the
withdrawal of Turkish troops' asks Turkey: the Turkish forces are the target of the REQUEST (``asked_withdrawals``).
"""

from __future__ import annotations

import pytest

ASKED = [
    ("Iraq demanded the immediate withdrawal of Turkish troops from its territory.", "REQUEST", "TUR"),
    ("Iraq called for the withdrawal of Turkish troops from Bashiqa.", "REQUEST", "TUR"),
    ("Kiev urged the pullout of Russian troops.", "REQUEST", "RUS"),
    ("The opposition condemned the withdrawal of American forces.", "ACCUSE", "USA"),
]

OWN = [
    ("Israel demanded the withdrawal of its troops.", "REQUEST"),
    ("Putin ordered the withdrawal of Russian forces from Syria.", "RETREAT"),
]


def _forces(nlp, text, etype):
    from sitrep.extract import entities, events

    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return [
        (p["role"], p.get("country_iso3"))
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
        for p in c["participants"]
        if p.get("group") == "military"
    ]


@pytest.mark.parametrize(("text", "etype", "iso3"), ASKED)
def test_forces_asked_to_leave_are_the_target(nlp, text, etype, iso3):
    got = _forces(nlp, text, etype)
    assert ("target", iso3) in got and not any(role == "source" for role, _ in got), (text, got)


@pytest.mark.parametrize(("text", "etype"), OWN)
def test_own_forces_stay_with_the_source(nlp, text, etype):
    got = _forces(nlp, text, etype)
    assert got and all(role == "source" for role, _ in got), (text, got)
