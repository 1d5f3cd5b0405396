"""The parties of a deed that a subject denies doing are no targets of the denial (sitrep/extract/denied_acts.py,
data/denied_acts.tsv); an infinitive's object or a clause's own subject stays what it was."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("denied_acts.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_denied_deeds_party_is_no_target(event_roles, row):
    assert ("target", row["inner"]) not in event_roles(row["example"], row["category"])


def test_a_denial_of_contact_keeps_its_subject(event_roles):
    roles = event_roles("Peru denied ever meeting Chilean spies before the election.", "REJECT")
    assert ("source", "Peru") in roles
    assert ("target", "Chilean") not in roles


def test_the_denied_meeting_keeps_its_parties(event_roles):
    roles = event_roles("Peru denied holding secret talks with Chilean officials last year.", "CONSULT")
    assert ("target", "Chilean") in roles


def test_a_denied_accusation_keeps_its_accuser(event_roles):
    assert ("target", "Chile") in event_roles("Peru denied the allegations made by Chile on Monday.", "REJECT")
