"""A state or place named only as where an act happened is no party beside the actors the act names
(``scene_states``): 'killed Kurdish fighters in Iraq' is aimed at the fighters, not at Iraq as well."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("scene_states.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['prep']}-{r['place']}-{r['type']}" for r in ROWS])
def test_a_scene_beside_a_party_is_no_party(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert (row["side"], row["actor"]) in roles
    assert not any(name == row["place"] for _, name in roles)


def test_a_place_alone_on_its_side_still_stands_for_its_state(event_roles):
    roles = event_roles("Thousands of students rallied in Lagos on Monday against the fuel price rise.", "PROTEST")
    assert any(role == "target" for role, _ in roles)


def test_a_state_attacked_is_no_scene(event_roles):
    roles = event_roles("Russian warplanes bombed rebel positions and attacked Georgia on Sunday.", "ASSAULT")
    assert ("target", "Georgia") in roles


def test_a_place_beside_a_party_of_another_state_is_kept(event_roles):
    text = "Rebels killed the deputy commander of Chad's allied militia in northern Niger on Sunday."
    assert ("target", "Niger") in event_roles(text, "ASSAULT")
