"""Nouns of people or bodies named only as an act's recipient (``data/recipient_roles.tsv`` and the business,
education, health and legal sectors of ``data/agent_groups.tsv``): 'accused the management', 'appealed to the
company', 'promised the families' complete an event coded anyway with their sector's group as its target; as a
subject they make no event."""

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_groups import sector_groups

ALL = read_tsv("recipient_roles.tsv")
ROWS = [r for r in ALL if r["sector"] != "none"]
CRAFT = [r for r in ALL if r["sector"] == "none"]


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_each_recipient_noun_is_the_target_of_its_example(event_roles, row):
    group = sector_groups("target")[row["sector"]][0]
    assert ("target", group) in event_roles(row["example"], row["type"])


@pytest.mark.parametrize("row", CRAFT, ids=[r["lemma"] for r in CRAFT])
def test_a_craft_or_a_trader_is_no_business_target(event_roles, row):
    assert ("target", "business") not in event_roles(row["example"], row["type"])


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_each_recipient_sector_is_a_target_only_sector(row):
    assert row["sector"] in sector_groups("target")
    assert row["sector"] not in sector_groups("any")


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("The minister appealed to the company to reopen the mine.", "REQUEST", "business"),
        ("The governor praised the college for its response to the fire.", "SUPPORT", "education"),
        ("The president urged the attorneys to respect the verdict.", "REQUEST", "judiciary"),
        ("Rebels shelled the hospital in the north.", "ASSAULT", "health"),
    ],
)
def test_a_target_sector_noun_of_the_agents_file_is_a_recipient(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


@pytest.mark.parametrize(
    "text",
    [
        "The managers criticised the new tax on fuel.",
        "The company accused the union of lying.",
        "The banks urged the government to cut rates.",
    ],
)
def test_as_a_subject_they_are_no_source(event_roles, text):
    roles = event_roles(text, "ACCUSE") | event_roles(text, "REQUEST")
    assert ("source", "business") not in roles


def test_the_phrase_gives_the_recipient_its_country(nlp):
    from sitrep.extract import entities, events

    doc = nlp("The Kenyan minister urged Tanzanian managers to reopen the border crossing.")
    ments = entities.doc_mentions(doc)
    targets = [
        p
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == "REQUEST"
        for p in c["participants"]
        if p["role"] == "target"
    ]
    assert targets
    assert all(p.get("country_iso3") == "TZA" for p in targets if p.get("group"))


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("The army shelled separatist positions near the river.", "ASSAULT", "rebels"),
        ("Troops attacked insurgent strongholds in the hills.", "ASSAULT", "rebels"),
        ("Police arrested separatist leaders in the capital.", "COERCE", "rebels"),
    ],
)
def test_a_role_word_tagged_as_an_adjective_names_whose_thing_it_is(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


def test_a_free_adjective_is_no_group(event_roles):
    assert ("target", "rebels") not in event_roles("Police arrested the violent leaders of the gang.", "COERCE")


@pytest.mark.parametrize(("group", "stateless"), [("business", True), ("education", True), ("media", False)])
def test_a_business_or_school_recipient_credits_no_state(group, stateless):
    from sitrep.extract.placed_groups import stateless as credits_no_state

    part = {"group": group, "group_type": "ORG", "country_iso3": "KEN", "role": "target"}
    assert credits_no_state(part) is stateless
