"""Round 35's role classes of the precision development rows, on sentences of our own through the real pipeline:

- the attacker of an act of violence told in the passive by a common noun no group list holds ('a shopkeeper was
  stabbed by a teenager') is the unnamed attackers, as an active subject is (``passive_doers``,
  ``data/passive_doers.tsv``); a weapon, an animal or a thing as the 'by' agent names none;
- a light verb's own stance noun is no one charged: 'took issue with X' faults X (``event_arg_scenes.charging``),
  while 'charged X with fraud' keeps its charge;
- the possessor of a judged thing named only as a recipient ('criticised the company's response') is the target
  (``event_arg_phrases._possessor_group``).
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv


@pytest.mark.parametrize("row", read_tsv("passive_doers.tsv"), ids=lambda r: r["lemma"])
def test_each_passive_verb_codes_its_common_noun_agent_as_the_attacker(event_roles, row):
    roles = event_roles(row["example"], "ASSAULT")
    assert ("source", "attackers") in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was stabbed by a teenager in Lagos.",
        "Two civilians were beaten by a man in Lagos.",
    ],
)
def test_a_verb_of_harm_codes_its_passive_agent_as_the_attacker(event_roles, text):
    roles = event_roles(text, "ASSAULT")
    assert ("source", "attackers") in roles and ("target", "civilians") in roles, roles
    assert ("target", "attackers") not in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "A boy was shot by a stray bullet in Lagos.",  # a weapon
        "A postman was attacked by a dog in Lagos.",  # an animal
        "Two officers were shot by police in Lagos.",  # a group noun codes its own group
    ],
)
def test_a_weapon_an_animal_or_a_group_as_the_agent_is_no_unnamed_attacker(event_roles, text):
    assert ("source", "attackers") not in event_roles(text, "ASSAULT")


def test_a_killing_by_a_thing_names_no_attacker(event_roles):
    assert ("source", "attackers") not in event_roles("Two farmers were killed by a landslide in Lagos.", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "faulted"),
    [
        ("The Congressional Budget Office took issue with Angela Merkel.", "Angela Merkel"),
        ("The Congressional Budget Office took issue with the White House's claim.", "White House"),
    ],
)
def test_the_with_phrase_of_a_stance_noun_is_the_one_faulted(event_roles, text, faulted):
    assert ("target", faulted) in event_roles(text, "ACCUSE")


def test_a_charge_with_phrase_stays_a_charge(event_roles):
    roles = event_roles("Police charged Angela Merkel with the murder of John Smith.", "ACCUSE")
    assert ("target", "Angela Merkel") in roles and ("target", "John Smith") not in roles, roles


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Angela Merkel criticised the company's response to the strike.", "ACCUSE"),
        ("Angela Merkel praised the company's handling of the crisis.", "SUPPORT"),
    ],
)
def test_the_possessor_of_a_judged_thing_is_the_target(event_roles, text, etype):
    assert ("target", "business") in event_roles(text, etype)


def test_a_possessor_named_only_as_a_recipient_makes_no_event(event_roles):
    assert event_roles("The company's response angered the minister.", "ACCUSE") == set()
