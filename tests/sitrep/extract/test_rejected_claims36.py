"""Claims a reply rejects (``rejected_claims``): 'Chile dismissed Peru's claim that Chilean jets had bombed a
village' reports Chile's rejection and Peru's accusation of Chile; both are coded. An unattributed claim, or a
claim of fact, is only the rejection's content. Passive refusals of a request noun code the refuser's REJECT aimed
at the requester."""

import pytest

from sitrep.extract.rejected_claims import examples
from tests.sitrep.extract.coding import coded, role_words, type_list

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_rejected_claim_is_the_claimant_accusation(nlp, row):
    text = row["example"]
    assert role_words(nlp, text, "ACCUSE", "source") == {row["source"]}
    assert row["target"] in role_words(nlp, text, "ACCUSE", "target")
    assert row["rejecter"] in role_words(nlp, text, "REJECT", "source")
    assert row["source"] in role_words(nlp, text, "REJECT", "target")


def test_a_claim_without_support_was_still_made(nlp):
    text = "Chile said it had seen no evidence to support Peru's claim that Chilean jets had bombed a border village."
    claims = [c for c in coded(nlp, text) if c["event_type"] == "ACCUSE"]
    assert [c["event_status"] for c in claims] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile dismissed Peru's claim that its economy had grown by five percent.",
        "Chile rejected allegations that Chilean troops had attacked a border post.",
        "Chile denied reports that Chilean jets had bombed a border village.",
    ],
)
def test_a_claim_of_fact_or_with_no_claimant_is_only_rejected(nlp, text):
    found = type_list(nlp, text)
    assert "ACCUSE" not in found and "ASSAULT" not in found  # (no accusation, no bombing told as done)
    assert found.count("REJECT") <= 1


@pytest.mark.parametrize(
    ("text", "refuser", "requester"),
    [
        ("A Peruvian request for asylum was rejected by the Chilean authorities.", "Chilean", "Peruvian"),
        ("The request from Peru was denied by the Chilean court.", "Chilean", "Peru"),
        ("A request by Peru for the extradition of the banker was turned down by Chile.", "Chile", "Peru"),
        ("Peru's demand for a recount was rejected by Chile.", "Chile", "Peru"),
    ],
)
def test_a_passive_refusal_of_a_request_is_the_refuser_rejecting_the_requester(nlp, text, refuser, requester):
    assert refuser in role_words(nlp, text, "REJECT", "source")
    assert role_words(nlp, text, "REJECT", "target") == {requester}
