"""Warnings that tell no threatened act (``warning_contents``): a warning noun is THREATEN only when a 'that' clause
on it tells, with a modal of the future or of possibility, what may be done; a caution codes nothing."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [r for r in read_tsv("warning_contents.tsv") if r["kind"] == "noun"]


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_a_warning_of_what_may_be_done_is_a_threat(event_roles, row):
    assert ("source", row["source"]) in event_roles(row["example"], "THREATEN")


def test_a_caution_is_no_threat(event_roles):
    text = "The lawyers accepted that a warning by a judge to a witness in the fraud trial was an error."
    assert event_roles(text, "THREATEN") == set()


def test_a_warning_of_a_fact_is_no_threat(event_roles):
    text = "Prices fell despite warnings from Kenyan analysts that the shares were undervalued."
    assert event_roles(text, "THREATEN") == set()


def test_a_threat_noun_needs_no_clause(event_roles):
    assert ("source", "Kenya") in event_roles("A threat from Kenya to Uganda came on Monday.", "THREATEN")


def test_a_clause_the_parser_hung_on_the_main_verb(event_roles):
    text = "The strike ended after a warning from the state bank Banco Rural that it could fire workers."
    assert ("source", "Banco Rural") in event_roles(text, "THREATEN")
