"""A record's 'of' phrase is what it is about ('put out a list of attacks'); a verb of showing with a that-clause
is no demonstration (sentences of our own, through the real pipeline)."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("topic_heads.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_a_record_of_acts_is_no_act(event_roles, row):
    assert event_roles(row["example"], row["type"]) == set()


@pytest.mark.parametrize(
    "text,etype,role",
    [
        ("Ruritania declared a state of emergency.", "COERCE", ("source", "Ruritania")),
        ("Freedonia sent a shipment of vaccines to Ruritania.", "AID", ("source", "Freedonia")),
    ],
)
def test_other_of_phrases_are_still_read(event_roles, text, etype, role):
    assert role in event_roles(text, etype)


def test_demonstrating_that_is_no_protest(event_roles):
    text = "The Freedonian government put out a list the ministry believes demonstrates that some were ignored."
    assert event_roles(text, "PROTEST") == set()


def test_a_bare_demonstration_stays(event_roles):
    assert ("source", "students") in event_roles(
        "Bolivian students demonstrated outside the Chilean embassy.", "PROTEST"
    )
