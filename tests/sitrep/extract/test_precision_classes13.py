"""Classes of general-news sentences coded as events they do not report (precision, round 13), run through the
real extraction on sentences of our own, each class in several phrasings with controls that stay coded: a
habit told in the present passive ('are routinely jailed'), a rate of occasions ('twice a month', 'three
times a year'), an event noun under a negated verb of happening ('strikes don't happen here') and the means
of a negated act ('did not make their anger known by attacking the courts'); words aimed at oneself ('blamed
himself'); air raids (attacks, not police raids); a stance noun with a possessive ('their opposition'), no group
actor; the seat of an organisation ('a Lima-based council'), no party."""

from __future__ import annotations

import pytest

from sitrep.extract import event_arg_groups
from sitrep.extract.event_triggers import read_tsv
from tests.sitrep.extract.coding import type_list as _types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Dissidents in Borduria are still regularly jailed and beaten.", "COERCE"),
        ("Dissidents in Borduria are still regularly jailed and beaten.", "ASSAULT"),
        ("Reporters are routinely detained by the Syldavian police.", "COERCE"),
        ("Protesters are often beaten and arrested in the capital.", "ASSAULT"),
        ("Chile sent aid to Peru once a month.", "AID"),
        ("Chile sent aid to Peru three times a year.", "AID"),
        ("The envoy visits the capital at least twice a month.", "CONSULT"),
        ("The minister met the rebels once a week during the war.", "CONSULT"),
        ('"General strikes don\'t happen in Borduria," a historian at Syldavia University told reporters.', "PROTEST"),
        ("The governors did not make their anger known by attacking the courts.", "ASSAULT"),
        ("The rebels never won the town by shelling the market, the mayor said.", "ASSAULT"),
        ("The party never made its views heard by attacking the press.", "ASSAULT"),
    ],
)
def test_a_habit_a_rate_or_a_negated_frame_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The minister met the rebels once last week.", "CONSULT"),
        ("The police detained the reporter a week ago.", "COERCE"),
        ("Reporters were detained by the police on Monday and beaten.", "ASSAULT"),
        ("The rebels won the town by shelling the market.", "ASSAULT"),
        ("The army did not hesitate to shell the market.", "ASSAULT"),
    ],
)
def test_a_single_past_act_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Chilean minister blamed himself for the defeat.", "ACCUSE"),
        ("Senator Ana Ruiz criticised herself in a long interview.", "ACCUSE"),
        ("The Peruvian leaders praised themselves for the deal.", "SUPPORT"),
        ("Stephen Ross challenged himself to learn Chinese.", "ACCUSE"),
        ("The party blamed itself for the loss.", "ACCUSE"),
    ],
)
def test_words_aimed_at_oneself_are_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The rebel commander blew himself up near the Chilean border post.", "ASSAULT"),
        ("The Chilean minister blamed the Peruvian envoy for the defeat.", "ACCUSE"),
    ],
)
def test_acts_on_oneself_and_words_aimed_at_another_stay_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chilean jets carried out air raids on the border villages.",
        "The Peruvian air force conducted about 20 air raids in the north last week.",
    ],
)
def test_air_raids_are_attacks_not_arrests(nlp, text):
    types = _types(nlp, text)
    assert "ASSAULT" in types and "COERCE" not in types, text


@pytest.mark.parametrize(
    "text",
    [
        "Five Democrats announced their opposition to the nominee on Thursday.",
        "The union voiced its opposition to the Chilean pension reform.",
    ],
)
def test_a_stance_noun_with_a_possessive_is_no_group_actor(event_roles, text):
    assert not any(name == "opposition" for _, name in event_roles(text, "ACCUSE")), text


def test_the_opposition_as_a_subject_stays_an_actor(event_roles):
    assert ("source", "opposition") in event_roles(
        "The opposition boycotted the vote in the Chilean parliament.", "PROTEST"
    )


def test_every_stance_noun_example_reads_the_stance(nlp):
    for row in read_tsv("stance_nouns.tsv"):
        doc = nlp(row["example"])
        noun = next(t for t in doc if (t.lemma_ or t.lower_).lower() == row["lemma"])
        assert event_arg_groups.stance_reading(noun), row


@pytest.mark.parametrize(
    "text",
    [
        "The Lima-based Andean Trade Council announced it would hold talks with Bolivia on Tuesday.",
        "The London-based Borduria Watch accused the army of shelling the town.",
    ],
)
def test_the_seat_of_a_based_organisation_is_no_party(event_roles, text):
    roles = event_roles(text, "CONSULT") | event_roles(text, "ACCUSE")
    assert not any(name in {"Lima", "London"} for _, name in roles), roles


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean ministry released new requirements for border fences on Friday.",
        "The Peruvian government released rules for the tender late on Monday.",
    ],
)
def test_rules_released_are_documents_not_a_release(nlp, text):
    assert "RETREAT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian charity supports refugees with food and shelter.",
        "The Chilean church supported flood victims with blankets.",
    ],
)
def test_supporting_people_in_need_is_aid(nlp, text):
    types = _types(nlp, text)
    assert "AID" in types and "SUPPORT" not in types, text


def test_supporting_a_bid_stays_support(nlp):
    assert "SUPPORT" in _types(nlp, "The Chilean government supported the Peruvian bid.")


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers from Borduria began operations in the southern valleys.",
        "The Syldavian navy launched an operation off the coast on Sunday.",
        "Ruritania plans a new military operation near the lake.",
    ],
)
def test_a_one_sided_operation_is_no_agreement(nlp, text):
    assert "AGREE" not in _types(nlp, text), text


def test_a_joint_operation_stays_cooperation(nlp):
    assert "COOPERATE" in _types(nlp, "The two armies launched a joint operation against the bandits.")
