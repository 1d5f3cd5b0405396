"""Whom a legal act told in the passive or as a participle is done to (``legal_patients``,
``data/legal_patients.tsv``): each row's example codes its category with the people its subject names ('a man',
'two men') as the target, and without the row it does not; a charge's crime victim stays no target, and another
reading of a verb of the table ('employees charged with managing', a duty) makes no charge."""

import pytest

from sitrep.extract import legal_patients
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("legal_patients.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_people_of_the_subject_are_the_target(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["plover"])


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_without_the_row_no_target_is_taken(event_roles, monkeypatch, row):
    full = legal_patients._verbs()
    monkeypatch.setattr(legal_patients, "_verbs", lambda: full - {(row["word"], row["plover"])})
    assert ("target", row["target"]) not in event_roles(row["example"], row["plover"])


def test_the_victim_of_the_crime_is_no_target(event_roles):
    roles = event_roles("Two men were acquitted of the murder of a Valdorian tourist by a court in Ostrava.", "CONCEDE")
    assert ("target", "civilians") in roles
    assert not any(role == "target" and name in {"Valdorian", "VLD"} for role, name in roles)


def test_a_duty_charged_is_no_charge(event_roles):
    text = "The two employees charged with managing the ballots were questioned by police in Ostrava."
    assert ("target", "civilians") not in event_roles(text, "ACCUSE")


def test_a_named_person_charged_stays_named(event_roles):
    roles = event_roles("Petar Ivanov was charged by police in Ostrava with fraud on Monday.", "ACCUSE")
    assert ("target", "Petar Ivanov") in roles
    assert ("target", "civilians") not in roles
