"""Whom a claim is about (``claim_topics``): 'rejected the allegations about X' is a rejection aimed at X, as
'rejected the allegations against X' already was."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("claim_topics.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_the_topic_of_a_claim_noun_is_a_target(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles


def test_remarks_about_someone_are_no_claim(event_roles):
    roles = event_roles("Senator John Walsh criticized the comments about Governor Mary Hale.", "ACCUSE")
    assert ("source", "John Walsh") in roles
    assert ("target", "Mary Hale") not in roles


def test_a_topic_that_is_no_actor_adds_no_target(event_roles):
    roles = event_roles("Senator John Walsh rejected the reports about the flooding in the valley.", "REJECT")
    assert ("source", "John Walsh") in roles
    assert not any(role == "target" for role, _ in roles)


def test_every_actor_of_a_coordinated_topic(event_roles):
    text = "Senator John Walsh rejected the allegations about Governor Mary Hale and the Liberal Party."
    roles = event_roles(text, "REJECT")
    assert {("target", "Mary Hale"), ("target", "Liberal Party")} <= roles


def test_a_claim_against_someone_keeps_its_target(event_roles):
    roles = event_roles("Senator John Walsh denied the accusations against Governor Mary Hale.", "REJECT")
    assert ("target", "Mary Hale") in roles
