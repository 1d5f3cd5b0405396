"""Halting one's own coercive measures ('halted the deportations', 'ended its crackdown'): CONCEDE (the @coercion
class of trigger_objects.tsv with the halting verbs of triggers_curated.tsv), not a sanction."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [r for r in read_tsv("triggers_curated.tsv") if r["object"] == "@coercion"]


def test_every_halting_verb_has_a_row():
    assert {r["lemma"] for r in ROWS} >= {"halt", "stop", "suspend", "end"}


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_halting_coercion_is_a_concession(event_roles, row):
    assert any(role == "source" for role, _ in event_roles(row["example"], "CONCEDE"))
    assert event_roles(row["example"], "SANCTION") == set()


def test_the_people_spared_are_the_target(event_roles):
    roles = event_roles("Chile suspended the deportations of Peruvian migrants on Monday.", "CONCEDE")
    assert ("source", "Chile") in roles
    assert any(role == "target" for role, _ in roles)


def test_halting_aid_stays_a_sanction(event_roles):
    assert event_roles("The donors halted aid to Chile after the coup.", "CONCEDE") == set()
