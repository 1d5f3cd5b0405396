"""A description of an armed group ('the militant group', 'the rebels') and a 'they' after a named armed group stand
for the group the tables list ('Hamas', 'the Houthis', 'the Taliban'); texts of our own."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import named_dyads


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Hamas fired rockets at Israel on Tuesday. Israeli jets later struck the militant group in Gaza.", "Hamas"),
        ("The Houthis attacked a ship in the Red Sea on Monday. US forces struck the rebels on Tuesday.", "Houthis"),
        ("Al-Shabaab bombed a hotel in Mogadishu. Somali troops later attacked the militants near Baidoa.", "Shabaab"),
    ],
)
def test_a_description_of_an_armed_group_is_the_armed_group_named_before(nlp, text, group):
    found = named_dyads(nlp, text, "ASSAULT")
    assert any(any(t and group in t for t in tar) for _, tar in found[1:]), found


def test_the_rebels_after_no_named_armed_group_stay_a_group(nlp):
    found = named_dyads(nlp, "Syrian troops clashed with rebels near Idlib. The rebels lost two villages.", "ASSAULT")
    assert all("rebels" in src | tar or not (src | tar) or "military" in src for src, tar in found), found


def test_they_after_a_named_armed_group_is_the_group(nlp):
    found = named_dyads(nlp, "The Taliban seized Kabul in August. They later banned girls from school.", "COERCE")
    assert any("Taliban" in src for src, _ in found[1:]), found


def test_they_after_a_state_is_no_armed_group(nlp):
    found = named_dyads(nlp, "Kenya closed its border in August. They later banned imports from Somalia.", "COERCE")
    assert not any("Kenya" in src for src, _ in found[1:]), found
