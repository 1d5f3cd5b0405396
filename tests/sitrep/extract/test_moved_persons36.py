"""The person a verb of moving people moves (round 36, ``moved_persons.py``, ``data/moved_persons.tsv``): the
place after 'deported to' / 'expelled to' is where the person is sent, never the target. Extradition keeps the
state the suspect is handed to. Invented sentences through the real spaCy pipeline and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("moved_persons.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['verb']}-{r['dropped']}" for r in ROWS])
def test_the_place_sent_to_is_not_the_target(event_roles, row):
    roles = event_roles(row["example"], "COERCE")
    assert roles, "the example must code its COERCE"
    assert ("target", row["dropped"]) not in roles
    if row["target"] != "-":
        assert ("target", row["target"]) in roles


def test_the_deporting_state_stays_the_source(event_roles):
    roles = event_roles("France deported the activist to Algeria on Monday.", "COERCE")
    assert ("source", "France") in roles


def test_a_camp_in_a_country_is_no_target(event_roles):
    roles = event_roles("The two sisters were arrested by police and deported to a camp in Poland.", "COERCE")
    assert ("target", "Poland") not in roles


def test_extradition_keeps_the_receiving_state(event_roles):
    roles = event_roles("Colombia extradited Pablo Ruiz to Spain on Friday.", "COOPERATE")
    assert ("target", "Spain") in roles
