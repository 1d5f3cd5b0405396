"""A place named where an act happened is no target beside a party of its country the act is done to (round 37,
``located_places.py``, ``data/located_places.tsv``). Invented sentences through the real spaCy pipeline and the
event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("located_places.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['prep']}-{r['dropped']}" for r in ROWS])
def test_the_place_of_the_act_is_no_target_beside_a_party(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert roles, "the example must code its event"
    assert ("target", row["kept"]) in roles
    assert ("target", row["dropped"]) not in roles


def test_a_place_alone_on_the_target_side_stays(event_roles):
    roles = event_roles("A weekend nightclub shooting in Dallas has left 12 people injured.", "ASSAULT")
    assert ("target", "Dallas") in roles


def test_the_state_aimed_at_stays(event_roles):
    roles = event_roles("Israel fired missiles at Syria on Monday.", "ASSAULT")
    assert ("target", "Syria") in roles


def test_a_place_whose_country_no_party_gives_stays(event_roles):
    """The PLOVER records code where an act falls when the party named carries no country."""
    roles = event_roles("Hezbollah fighters shot a senior commander of the militia in southern Lebanon.", "ASSAULT")
    assert ("target", "Lebanon") in roles
