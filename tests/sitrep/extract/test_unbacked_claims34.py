"""Claims said to have no evidence (``unbacked_claims``): 'X said it had seen no evidence to support Y's claim'
is X rejecting Y's claim (REJECT, source X, target Y), not a support nor a finding."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = [r for r in read_tsv("unbacked_claims.tsv") if r["example"]]


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_no_evidence_for_a_claim_is_a_rejection(event_roles, row):
    roles = event_roles(row["example"], "REJECT")
    assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles


def test_the_claim_of_a_by_phrase(event_roles):
    text = "Chile said it had seen no evidence to support the claim by Peru that its navy crossed the line."
    assert event_roles(text, "REJECT") == {("source", "Chile"), ("target", "Peru")}


def test_evidence_found_is_no_rejection(event_roles):
    text = "Chile said it had found evidence to support Peru's claim that its navy crossed the line."
    assert event_roles(text, "REJECT") == set()


def test_no_evidence_for_an_act_is_no_rejection(event_roles):
    text = "Chile said it had seen no evidence to support the rebels in the south."
    assert event_roles(text, "REJECT") == set()
    assert ("source", "Chile") not in event_roles(text, "SUPPORT")
