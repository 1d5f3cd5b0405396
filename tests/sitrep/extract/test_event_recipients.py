"""Recipients the text gives by a description or a group, not by a name (sentences of our own, real parser):
people named with their nationality, the owner of the thing an act is aimed at, people named only as
recipients."""

from __future__ import annotations

import pytest

from sitrep.extract.event_merge import merge_events
from sitrep.extract.group_rows import group_entity_id


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("The Bolivian president urged Bolivian farmers to end the road blockades.", "REQUEST", "farmers"),
        ("Chilean Prime Minister Ana Soto called on Chilean students to return to class.", "REQUEST", "students"),
    ],
)
def test_people_named_with_their_nationality_are_that_group_not_their_state(event_roles, text, etype, group):
    targets = {name for role, name in event_roles(text, etype) if role == "target"}
    assert targets == {group}


def test_a_states_forces_named_with_their_state_stay_forces(event_roles):
    roles = event_roles("Bolivian soldiers shelled the rebel camp on Sunday.", "ASSAULT")
    assert ("source", "military") in roles


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("The minister dismissed the opposition's charge that the census was flawed.", "REJECT", "opposition"),
        ("The mayor criticized the governor's plan to cut school funding.", "ACCUSE", "government"),
        ("Amnesty condemned the army's conduct in the northern province.", "ACCUSE", "military"),
        ("Nurses marched against police violence on Friday.", "PROTEST", "police"),
        ("The envoy condemned army abuses in the border villages.", "ACCUSE", "military"),
    ],
)
def test_the_owner_of_what_an_act_is_aimed_at_is_its_target(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


def test_the_owner_of_an_owned_thing_spent_is_still_no_target(event_roles):
    roles = event_roles("The rebels withdrew their fighters from the town on Monday.", "RETREAT")
    assert not any(role == "target" and name == "rebels" for role, name in roles)


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("Police in Lima detained two men after the robbery.", "COERCE", "civilians"),
        ("Soldiers detained three priests at the checkpoint on Friday.", "COERCE", "religious"),
        ("The minister accused the newspaper of spreading lies about the budget.", "ACCUSE", "media"),
        ("Gunmen killed eleven people at a bus stop on Sunday.", "ASSAULT", "civilians"),
        ("The prime minister urged parliament to pass the budget before the recess.", "REQUEST", "legislators"),
    ],
)
def test_people_named_only_as_recipients_are_the_target(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


def test_people_named_as_recipients_make_no_event_of_a_verb_default(event_roles):
    assert not event_roles("The new bridge encourages people to cycle to work.", "SUPPORT")


def _merged_targets(group: str, group_type: str) -> set[str]:
    """Target entities of one merged candidate whose target is ``group`` of Peru, beside a Peruvian source."""
    person = {"idx": 0, "surface": "Ana Ruiz", "label": "PERSON", "start_char": 0, "end_char": 8, "country_iso3": "PER"}
    peru = {"idx": 1, "surface": "Peru", "label": "GPE", "start_char": 20, "end_char": 24, "country_iso3": "PER"}
    target = {"mention_idx": None, "role": "target", "country_iso3": "PER", "group": group, "group_type": group_type,
              "surface": group}  # fmt: skip
    cand = {
        "event_type": "REQUEST",
        "event_status": "occurred",
        "event_date": "2024-03-04",
        "date_precision": "day",
        "date_source": "expression",
        "date_hints": {},
        "participants": [{"mention_idx": 0, "role": "source"}, {"mention_idx": 1, "role": "source"}, target],
        "start_char": 0,
        "end_char": 30,
        "sentence": "a sentence of our own",
        "location_name": None,
        "location_country_iso3": None,
    }
    analysis = {"article_id": "a1", "mentions": [person, peru], "event_candidates": [cand], "quotes": []}
    ids = {("a1", 0): "ent_ruiz", ("a1", 1): "ent_peru"}
    _, participants, _ = merge_events([analysis], {"a1": {"outlet": "X", "story_id": "s"}}, ids)
    return {p["entity_id"] for p in participants if p["role"] == "target"}


def test_people_of_the_sources_own_state_stay_the_target_as_their_group():
    assert _merged_targets("voters", "NORP") == {group_entity_id("voters", "PER")}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Robert Evans was detained in March. On Friday the judge demanded his release.", "REQUEST"),
        ("Robert Evans was accused of fraud. The opposition called for his resignation on Monday.", "REQUEST"),
    ],
)
def test_a_possessive_owning_the_act_asked_or_ordered_is_its_target(event_roles, text, etype):
    assert ("target", "Robert Evans") in event_roles(text, etype)


def test_a_possessive_of_ones_own_means_is_still_no_target(event_roles):
    roles = event_roles(
        "Robert Evans met the rebels. Later the general withdrew his troops from the valley.", "RETREAT"
    )
    assert not any(role == "target" for role, _ in roles)


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        ("Senator Maria Lopez visited the farmers on Monday and urged them to end the blockade.", "REQUEST", "farmers"),
        ("Police surrounded the students and ordered them to leave the campus.", "COERCE", "students"),
    ],
)
def test_an_object_them_stands_for_the_group_named_before(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


def test_an_object_them_is_not_the_subject_of_its_own_verb(event_roles):
    roles = event_roles("The rebels said the soldiers had attacked them.", "ASSAULT")
    assert ("source", "military") in roles and ("target", "military") not in roles


def test_a_relative_pronoun_object_stands_for_the_noun_its_clause_hangs_on(event_roles):
    roles = event_roles("In his speech Robert Evans singled out a reporter whom he accused of bias.", "ACCUSE")
    assert ("target", "journalists") in roles


@pytest.mark.parametrize(
    "text",
    [
        "The minister turned down an invitation to talk to the protesters.",
        "The minister turned down the chance to meet with the protesters.",
    ],
)
def test_a_refused_offer_is_aimed_at_the_party_of_its_infinitive(event_roles, text):
    assert ("target", "protesters") in event_roles(text, "REJECT")


def test_a_concession_in_a_quarrel_is_made_to_its_other_side(event_roles):
    assert ("target", "government") in event_roles(
        "The rebels conceded in their quarrel with the government.", "CONCEDE"
    )


def test_a_passive_in_clashes_does_not_make_the_other_side_a_recipient(event_roles):
    roles = event_roles("Two soldiers were wounded in clashes with the rebels.", "ASSAULT")
    assert ("target", "rebels") not in roles


@pytest.mark.parametrize(
    "text",
    [
        "Peru signed a free trade agreement with Vietnam on Thursday.",
        "Peru signed a defence accord with Vietnam.",
    ],
)
def test_the_partner_of_a_signed_agreement_is_its_target(event_roles, text):
    assert ("target", "Vietnam") in event_roles(text, "SUPPORT")


def test_a_demand_made_of_a_named_party_is_not_aimed_at_what_it_is_asked_to_do(event_roles):
    roles = event_roles("Colombia demanded that Ecuador extradite the smugglers behind the raid.", "REQUEST")
    assert ("target", "Ecuador") in roles and ("target", "criminals") not in roles


def test_each_of_coordinated_passive_agents_is_a_source(event_roles):
    roles = event_roles("The new border fence was condemned by the opposition and by Amnesty International.", "ACCUSE")
    assert {("source", "opposition"), ("source", "Amnesty International")} <= roles
