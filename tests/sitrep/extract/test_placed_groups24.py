"""A non-state armed group acted on where it is ('arms to rebel groups in Ruritania') is not its state: the
event keeps the group with that country and credits no state; a demonym ('Ruritanian rebels') and a state's own
forces ('police in Kenya') still credit the state. Sentences of our own, through the whole assembly."""

from __future__ import annotations

from datetime import date

import pytest

from tests.sitrep.extract.coding import group_countries

PLACED = [
    ("Turkey provided weapons and materiel to rebel groups in Syria.", "rebels", "Syria"),
    ("Iran has sent arms to militants in the south of Yemen.", "militants", "Yemen"),
    ("The army fought rebels in eastern Ukraine.", "rebels", None),
]


@pytest.mark.parametrize(("text", "group", "state"), PLACED)
def test_a_group_placed_in_a_country_is_not_its_state(nlp, text, group, state):
    found = group_countries(nlp, [text], "placed", date(2024, 1, 10))["placed0"]
    assert group in found, found
    if state:
        assert state not in found, found


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Syrian rebels shelled the airport. Syria has been at war since 2011.", "Syria"),
        ("Police in Kenya arrested four men.", "Kenya"),
    ],
)
def test_a_demonym_or_a_state_force_still_credits_the_state(nlp, text, state):
    found = group_countries(nlp, [text], "credited", date(2024, 1, 10))["credited0"]
    assert state in found, found


def test_a_group_acting_from_where_it_is_still_credits_its_country(nlp):
    text = "Pirates in Nigeria seized a cargo ship on Monday. Nigeria has fought piracy for years."
    found = group_countries(nlp, [text], "acting", date(2024, 1, 10))["acting0"]
    assert "Nigeria" in found, found
