"""Whom a visit is for, told by the purpose infinitive of the arrival ('arrived in Lima to see X'): X is the visit's
other party (``visit_purposes``)."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("purpose_meetings.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_one_met_is_the_visits_target(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], "CONSULT")


def test_visit_to_see_the_president_after_the_arrival(event_roles):
    roles = event_roles("Vladimir Putin arrived in Ankara on Monday to see Recep Tayyip Erdogan.", "CONSULT")
    assert ("source", "Vladimir Putin") in roles
    assert ("target", "Recep Tayyip Erdogan") in roles


def test_purpose_without_a_person_adds_no_party(event_roles):
    roles = event_roles("John Kerry arrived in Lima on Monday to see the ruins.", "CONSULT")
    assert not any(s == "ruins" for _, s in roles)
