"""A gerund the parser hangs on a verb of sequence or sight right after that verb's object is done by that object
(``object_control``, ``data/object_gerunds.tsv``): 'The clashes followed Turkey rejecting the proposal' is Turkey's
rejection, not the clashes'."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("object_gerunds.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['verb']}-{r['doer']}" for r in ROWS])
def test_the_object_does_the_gerund(event_roles, row):
    assert ("source", row["doer"]) in event_roles(row["example"], row["type"])


def test_a_title_before_a_month_name_surname(event_roles):
    roles = event_roles("It followed Mrs Novak rejecting calls for a second referendum on independence.", "REJECT")
    assert ("source", "Novak") in roles


def test_a_comma_keeps_the_subject_as_the_doer(event_roles):
    roles = event_roles("Turkey accused Greece, saying its jets had violated the airspace.", "ACCUSE")
    assert ("source", "Turkey") in roles
    assert ("source", "Greece") not in roles


def test_a_verb_outside_the_list_passes_no_object(event_roles):
    roles = event_roles("Turkey summoned the Greek envoy, accusing Greece of violating its airspace.", "ACCUSE")
    assert ("source", "Greek") not in roles
