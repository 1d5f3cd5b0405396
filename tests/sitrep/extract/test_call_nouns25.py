"""A call noun that names its medium or a named other party is a phone call on its own ('In a call with X, Y said
...', 'the phone call between A and B lasted an hour'), not only as a light verb's object (``call_nouns``)."""

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded

ROWS = read_tsv("call_nouns.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_call_noun_codes_the_call_with_both_parties(event_roles, row):
    surfaces = {s for _, s in event_roles(row["example"], "CONSULT")}
    assert {row["source"], row["target"]} <= surfaces


def test_call_told_as_a_scene_is_no_plan(nlp):
    cands = coded(nlp, "In a call with Olaf Scholz on Monday, Emmanuel Macron said France would help.")
    assert [c["event_status"] for c in cands if c["event_type"] == "CONSULT"] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    ["Emmanuel Macron made a call for calm on Monday.", "The call for a general strike went unheeded on Monday."],
)
def test_a_call_for_something_is_no_phone_call(nlp, text):
    assert not [c for c in coded(nlp, text) if c["event_type"] == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron told Olaf Scholz in a phone call that France would help.",
        "Emmanuel Macron assured Olaf Scholz in a phone call on Monday that France would help.",
    ],
)
def test_the_one_told_in_a_call_is_its_other_party(event_roles, text):
    assert ("target", "Olaf Scholz") in event_roles(text, "CONSULT")
