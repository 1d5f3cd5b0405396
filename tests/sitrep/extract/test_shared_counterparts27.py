"""An act coordinated with a meeting that names no counterpart of its own takes the one met
(``shared_counterparts``): 'Scholz met Tusk and agreed to ...' is an agreement with Tusk."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("shared_counterparts.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["act"] for r in ROWS])
def test_the_one_met_is_the_acts_target(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["act"])


def test_pledge_after_a_reception(event_roles):
    text = (
        "Egyptian President Abdel Fattah al-Sisi received Palestinian President Mahmoud Abbas in Cairo on Monday "
        "and pledged support for a ceasefire."
    )
    assert ("target", "Mahmoud Abbas") in event_roles(text, "AGREE")


def test_an_act_with_its_own_subject_keeps_its_parties(event_roles):
    text = "Olaf Scholz met Donald Tusk in Berlin on Monday, and Emmanuel Macron agreed to boost defence cooperation."
    assert ("target", "Donald Tusk") not in event_roles(text, "AGREE")


def test_an_act_with_its_own_counterpart_keeps_it(event_roles):
    text = (
        "Philippine President Ferdinand Marcos met Japanese Prime Minister Fumio Kishida on Tuesday "
        "and agreed to buy radars from Israel."
    )
    roles = event_roles(text, "AGREE")
    assert ("target", "Israel") in roles
    assert ("target", "Fumio Kishida") not in roles
