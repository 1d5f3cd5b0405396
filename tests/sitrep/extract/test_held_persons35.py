"""The person a passive custody verb holds (``held_persons``): 'X was arrested in Y' holds X, never the place Y,
nor the demonym or home town on a common noun of people ('the Malaysian boyfriend, Z, was arrested')."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("held_persons.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_place_is_not_the_person_held(event_roles, row):
    roles = event_roles(row["example"], "COERCE")
    assert ("target", row["dropped"]) not in roles
    if row["target"] != "-":
        assert ("target", row["target"]) in roles


def test_an_active_arrest_of_a_state_actor_is_kept(event_roles):
    roles = event_roles("Police in Thailand arrested Ahmad Razak on Monday.", "COERCE")
    assert ("target", "Ahmad Razak") in roles


def test_a_passive_arrest_with_no_person_subject_keeps_its_targets(event_roles):
    roles = event_roles("The Malaysian opposition leader Anwar Ibrahim was arrested by Malaysian police.", "COERCE")
    assert ("target", "Anwar Ibrahim") in roles
