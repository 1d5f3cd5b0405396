"""A meeting told in a time adjunct of another clause (``adjunct_meetings``): 'After talks with X, Y said ...' is a
meeting Y held with X, occurred."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("adjunct_meetings.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["prep"] for r in ROWS])
def test_the_clause_subject_met_the_with_party(event_roles, row):
    roles = event_roles(row["example"], "CONSULT")
    assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles


def test_a_participle_clause_with_talks_in_its_adjunct(event_roles):
    text = (
        "Speaking to reporters after closed-door talks with Chilean President Michelle Bachelet, "
        "Peruvian Foreign Minister Ricardo Luna said the border dispute was settled."
    )
    roles = event_roles(text, "CONSULT")
    assert ("source", "Ricardo Luna") in roles
    assert ("target", "Michelle Bachelet") in roles


def test_a_meeting_with_no_with_party_codes_nothing_new(event_roles):
    text = "After the meeting, Peruvian Foreign Minister Ricardo Luna said the talks went well."
    assert event_roles(text, "CONSULT") == set()


def test_talks_still_to_come_are_no_meeting_held(event_roles):
    text = (
        "Before talks with Chilean President Michelle Bachelet, Peruvian Foreign Minister Ricardo Luna said "
        "the border dispute was not settled."
    )
    assert ("source", "Ricardo Luna") not in event_roles(text, "CONSULT")


def test_every_person_of_the_with_phrase_is_met(event_roles):
    text = (
        "After talks with Chilean President Michelle Bachelet and Argentine President Mauricio Macri, "
        "Peruvian Foreign Minister Ricardo Luna said the border dispute was settled."
    )
    roles = event_roles(text, "CONSULT")
    assert {("source", "Ricardo Luna"), ("target", "Michelle Bachelet"), ("target", "Mauricio Macri")} <= roles
