"""What armed groups outside the state seize is taken by force (sentences of our own): 'armed men seized an oil
tanker' is an attack (PLOVER ASSAULT), not a state's confiscation (COERCE seize), which police or a navy still do
(party_groups.doers_reading, OUTLAW_GROUPS)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Armed men seized an oil tanker off the coast of Somalia on Monday.",
        "Rebels seized two trucks carrying food aid near Goma.",
        "Gunmen seized a bus carrying 30 students in Zamfara state.",
    ],
)
def test_an_outlaw_seizure_is_an_attack(event_roles, text):
    assert event_roles(text, "ASSAULT") and not event_roles(text, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "Police seized two tonnes of cocaine at the port.",
        "The Iranian navy seized a British tanker in the Gulf.",
    ],
)
def test_a_state_seizure_stays_coercion(event_roles, text):
    assert event_roles(text, "COERCE") and not event_roles(text, "ASSAULT")
