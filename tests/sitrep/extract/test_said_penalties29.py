"""A penalty a speaker says another party will face (``said_penalties``): 'X will face sanctions, Y said' is a
THREATEN by Y against X."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("said_penalties.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['verb']}-{r['object']}" for r in ROWS])
def test_the_speaker_threatens_the_party_facing_the_penalty(event_roles, row):
    roles = event_roles(row["example"], "THREATEN")
    assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles
    assert ("source", row["target"]) not in roles


def test_a_condition_keeps_the_threat(event_roles):
    text = "Chile said Peru would face sanctions if its trawlers entered the bay again."
    assert {("source", "Chile"), ("target", "Peru")} <= event_roles(text, "THREATEN")


@pytest.mark.parametrize(
    "text",
    [
        "Chile said Peru would not face sanctions over the dispute.",  # negated
        "Chile said Peru faced sanctions last year.",  # a past penalty is told, not threatened
        "Consumers will pay a higher price for fuel, Chilean Finance Minister Marco Rubin said.",  # a cost
        "Peru will face sanctions over the dispute.",  # nobody says it
    ],
)
def test_no_threat_without_a_said_future_penalty(event_roles, text):
    assert event_roles(text, "THREATEN") == set()
