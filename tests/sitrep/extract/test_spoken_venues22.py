"""A name that only modifies the noun of a spot where words are spoken ('on the Senate floor') is where an act of
words was done, not its target (``spoken_venues``, ``data/spoken_venues.tsv``); an attack there keeps it."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("spoken_venues.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_every_spoken_venue_example_is_no_target(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert roles, row["example"]
    assert ("target", row["venue"]) not in roles
    if row["target"]:
        assert ("target", row["target"]) in roles


def test_the_venue_noun_alone_decides_not_the_preposition(event_roles):
    roles = event_roles("The senator criticized the Senate for its vote on the bill.", "ACCUSE")
    assert ("target", "Senate") in roles
