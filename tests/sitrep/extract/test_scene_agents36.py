"""A passive act's doer told by the 'by' phrase of the scene it happened in (``scene_agents``): 'were killed in
air raids by X', 'were detained during a raid by X'; and group nouns whose modifier says whose they are ('police
forces', 'religious leaders')."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("scene_agents.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_scene_nouns_by_phrase_is_the_source(event_roles, row):
    roles = event_roles(row["example"], row["plover"])
    assert ("source", row["source"]) in roles
    assert ("target", row["target"]) in roles


def test_no_scene_by_phrase_leaves_the_unnamed_attackers(event_roles):
    roles = event_roles("Six people were killed in the attack in Lagos on Monday.", "ASSAULT")
    assert ("source", "attackers") in roles


def test_the_verbs_own_agent_comes_first(event_roles):
    roles = event_roles("Three farmers were killed by soldiers in an attack by rebels near Goma.", "ASSAULT")
    assert ("source", "military") in roles
    assert ("source", "rebels") not in roles


def test_an_active_verb_keeps_its_subject(event_roles):
    roles = event_roles("Kenyan police arrested four men in a raid by night in Mombasa.", "COERCE")
    assert ("source", "police") in roles


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("Religious leaders in Nigeria condemned the killing of the villagers.", "ACCUSE", "religious"),
        ("Church leaders accused the government of ignoring the refugees.", "ACCUSE", "religious"),
        ("Three police forces asked the ministry to fund more patrols.", "REQUEST", "police"),
        ("Business leaders urged the government to cut the fuel tax.", "REQUEST", "business"),
    ],
)
def test_a_modifier_names_whose_leaders_or_forces_they_are(event_roles, text, etype, group):
    roles = event_roles(text, etype)
    assert ("source", group) in roles
    assert ("source", "government") not in roles and ("source", "military") not in roles


def test_bare_leaders_and_government_forces_are_unchanged(event_roles):
    assert ("source", "government") in event_roles("The leaders agreed to meet again in March.", "AGREE")
    assert ("source", "military") in event_roles("Government forces attacked the village.", "ASSAULT")
