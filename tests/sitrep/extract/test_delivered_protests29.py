"""A diplomatic protest or complaint handed to another party by any verb it travels with ('sent Peru a protest',
'delivered a protest note'): ACCUSE by the sender against the addressee, with no crowd of protesters."""

import pytest

from sitrep.extract.data_files import read_tsv

VERBS = {"send", "deliver", "hand", "submit", "register", "issue", "make", "file"}
ROWS = [
    r
    for r in read_tsv("triggers_curated.tsv")
    if r["lemma"] in VERBS and r["object"] in {"protest", "protest note", "complaint"}
]


def test_the_rows_are_there():
    assert len(ROWS) >= 12


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['lemma']}-{r['object']}" for r in ROWS])
def test_a_delivered_protest_is_an_accusation(event_roles, row):
    roles = event_roles(row["example"], "ACCUSE")
    assert any(role == "source" for role, _ in roles)
    assert event_roles(row["example"], "PROTEST") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chile sent Peru a formal protest over the arrest of its fishermen.",
        "Chile sent a protest to Peru over the arrest of its fishermen.",
        "Chile delivered a protest note to Peru on Monday.",
    ],
)
def test_the_addressee_is_the_target_and_no_protesters_are_invented(event_roles, text):
    roles = event_roles(text, "ACCUSE")
    assert {("source", "Chile"), ("target", "Peru")} <= roles
    assert not any(name == "protesters" for _, name in roles)


def test_a_street_protest_stays_one(event_roles):
    assert event_roles("Thousands of Chilean farmers staged a protest in Santiago on Monday.", "PROTEST")


def test_taking_issue_with_a_party_is_criticism(event_roles):
    roles = event_roles("Chile took issue with the Peruvian plan for the river.", "ACCUSE")
    assert ("source", "Chile") in roles
