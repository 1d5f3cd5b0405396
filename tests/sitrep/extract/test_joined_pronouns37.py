"""Pronouns of a clause that name no one of another kind (round 37, issue 10): a joined clause's 'it'/'they' is no
person of the first clause but the one actor of its kinds named before it (``joined_pronouns``,
``data/joined_pronouns.tsv``), and a subject 'he'/'she' never stands for a person its own clause names later
(``bound_names``). Invented sentences through the real spaCy pipeline and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("joined_pronouns.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["pronoun"] for r in ROWS])
def test_the_joined_pronoun_stands_for_the_actor_of_its_kind(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert ("source", row["source"]) in roles, roles
    assert not any("Jones" in n or "Ahmadi" in n for r, n in roles if r == "source"), roles


def test_it_never_stands_for_the_person_of_the_first_clause(event_roles):
    roles = event_roles(
        "President Jones quarrelled with the European Union and it suspended aid to Moldova.", "SANCTION"
    )
    assert ("source", "Jones") not in roles and ("source", "European Union") in roles, roles


def test_two_actors_of_the_kind_leave_it_unresolved(event_roles):
    text = "President Jones met Mexico and the European Union, and it suspended aid to Moldova."
    roles = event_roles(text, "SANCTION")
    assert not any(r == "source" for r, _ in roles), roles


def test_a_state_of_the_first_clause_still_lends_its_subject(event_roles):
    roles = event_roles("Moldova quarrelled with Russia and it banned imports from the country.", "SANCTION")
    assert ("source", "Moldova") in roles, roles


def test_a_subject_he_is_not_the_person_his_clause_blames(event_roles):
    text = "President Peter Smith spoke on Monday. When Judge Tom Brown ruled against his ban, he blamed Brown."
    roles = event_roles(text, "ACCUSE")
    assert ("source", "Peter Smith") in roles and ("source", "Tom Brown") not in roles, roles


def test_the_same_he_earlier_in_the_sentence_binds_the_name(event_roles):
    text = "Although he did not mention Donald Trump by name, he criticised the government of Mexico."
    roles = event_roles(text, "ACCUSE")
    assert ("source", "Donald Trump") not in roles, roles


def test_a_name_before_the_pronoun_stays_its_antecedent(event_roles):
    roles = event_roles("When Judge Tom Brown arrived in Paris, he met President Emmanuel Macron.", "CONSULT")
    assert ("source", "Tom Brown") in roles, roles


CHAIN = (
    "Peter Connors has a long criminal record. His first victim was a neighbour. In May he was released on bail. "
    "A month later he robbed a shop in Paris. He fled by car. The court that convicted him found him sane."
)


def test_an_object_him_continues_the_chain_of_he(event_roles):
    assert ("target", "Peter Connors") in event_roles(CHAIN, "SANCTION")


def test_a_second_man_named_breaks_the_chain(event_roles):
    text = CHAIN.replace("His first victim", "Tom Brown was his friend. His first victim")
    roles = event_roles(text, "SANCTION")
    assert not any(r == "target" for r, _ in roles), roles


def test_no_pronoun_before_it_no_chain(event_roles):
    text = (
        "Peter Connors has a long criminal record. His first victim was a neighbour. The shop was small. "
        "The street was quiet. The town is old. The court that convicted him found him sane."
    )
    roles = event_roles(text, "SANCTION")
    assert not any(r == "target" for r, _ in roles), roles


def test_they_of_two_persons_named_keeps_them(event_roles):
    text = "Jose Ruiz and Ana Vega wept in court in Atlanta as they were sentenced to prison for the attack."
    roles = event_roles(text, "COERCE")
    assert ("target", "Jose Ruiz") in roles and ("target", "Ana Vega") in roles, roles
