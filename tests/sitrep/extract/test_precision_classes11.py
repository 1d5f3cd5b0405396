"""Classes of general-news sentences coded as events they do not report (precision, round 11), run through the
real extraction on sentences of our own: the act a demand asks for, a thing seen or described as an act, the
object of a relative clause that gives the verb another sense, trade offers between companies, and verbs whose
object is no actor (nature, a place, a base)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import type_list as _types


@pytest.mark.parametrize(
    "text",
    [
        "Chile urged Peru to provide funds to the refugees.",
        "The Bolivian minister has urged the aid agencies to provide food to the flooded towns.",
        "Bolivia called on Chile to send food aid to the flooded towns.",
        "Uruguay asked Paraguay to deliver medicine to the border camps.",
        "Peru urged Chile to visit Lima next month.",
    ],
)
def test_the_act_a_demand_asks_for_is_no_event(nlp, text):
    assert _types(nlp, text) == ["REQUEST"], text


@pytest.mark.parametrize(
    "text",
    [
        "Chile sent food aid to the flooded towns of Peru.",
        "Chile provided aid to Peru after the floods.",
    ],
)
def test_aid_given_is_still_aid(nlp, text):
    assert "AID" in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Critics in Lima viewed the move as a retreat from the region.", "RETREAT"),
        ("Peruvian analysts see the decision as an attack on the press.", "ASSAULT"),
        ("The ban was described as an attack on free speech.", "ASSAULT"),
        ("Chile regards the new tariffs as a threat to its farmers.", "THREATEN"),
        ("Lima saw what Chile called a pullout as a retreat from the border.", "RETREAT"),
        ("Bolivia viewed it as a US pull back from the region.", "RETREAT"),
        ("Peru regarded the vote as an American pull out from the Andes.", "RETREAT"),
        ("Analysts in Quito described the move as a US pull back from the region.", "RETREAT"),
    ],
)
def test_a_thing_seen_or_described_as_an_act_is_no_such_act(nlp, text, etype):
    assert etype not in _types(nlp, text), text


def test_an_act_told_with_as_is_kept(nlp):
    assert "ASSAULT" in _types(nlp, "Chile attacked Peru as the talks collapsed.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile said the video that Peru released on Monday was fake.", "RETREAT"),
        ("The report the Chilean ministry released last week criticised Peru.", "RETREAT"),
        ("The deal that Chile struck with Peru was cheap.", "ASSAULT"),
        ("Officials said the album which the singer released sold well.", "RETREAT"),
    ],
)
def test_a_relative_clause_reads_its_noun_as_the_object(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The prisoners that Chile released on Monday returned to Peru.", "RETREAT"),
        ("The rebels who attacked the village fled to Peru.", "ASSAULT"),
    ],
)
def test_a_relative_clause_on_people_keeps_the_act(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The retail chain said it withdrew its offer to acquire a rival grocer for $40 million.",
        "Acme Corp withdrew its bid to buy Zenith Inc.",
        # an agreement or an offer whose infinitive or partitive object is trade
        "Zenith said it agreed to buy the 46 pct interest owned by Acme in Delta Motors.",
        "Acme Corp agreed to buy Zenith Inc for $2 billion.",
        "Acme Co is offering 200 mln dlrs of convertible preferred stock at 50 dlrs a share.",
    ],
)
def test_a_trade_offer_between_companies_is_business(nlp, text):
    assert _types(nlp, text) == [], text


def test_a_state_withdrawing_troops_is_still_a_retreat(nlp):
    assert "RETREAT" in _types(nlp, "Chile withdrew its troops from the border.")


@pytest.mark.parametrize(
    "text",
    [
        "Chile agreed to buy fighter jets from Peru.",
        "Russia agreed to buy Brazilian beef.",
        "The Peruvian government offered 500 million dollars of bonds to foreign banks.",
    ],
)
def test_trade_with_a_state_party_is_still_coded(nlp, text):
    assert "AGREE" in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The village is surrounded with forests and lakes.", "ASSAULT"),
        ("The old palace is surrounded with gardens.", "ASSAULT"),
        ("All the Peruvian jets returned safely to base, he added.", "COOPERATE"),
        ("The Peruvian navy ships returned to port on Friday.", "COOPERATE"),
        ("The bay was turned into a marine reserve to protect sea turtles.", "AID"),
        ("The Chilean ministry will protect the forests of the south.", "AID"),
        ("A laboratory received a grant to investigate soil contamination.", "ACCUSE"),
        # a company's shareholders meeting is no meeting of political actors, nor its postponement a refusal
        ("The carmaker's board voted to postpone its annual shareholders meeting.", "REJECT"),
        ("Delta Motors scheduled its annual shareholders meeting for April 29 in Lima.", "AGREE"),
        ("The stockholders meeting of the Chilean bank was held in Santiago.", "CONSULT"),
    ],
)
def test_a_verb_whose_object_is_no_actor_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The embassy was surrounded by protesters on Monday.", "PROTEST"),
        ("The army will protect civilians in the north.", "AID"),
        ("Police are investigating the death of a Chilean student.", "ACCUSE"),
        ("Chile postponed its meeting with Peru.", "REJECT"),  # PLOVER: a cancelled meeting is REJECT meet
        ("Chile scheduled a meeting with Peru for April.", "AGREE"),
    ],
)
def test_the_same_verbs_with_actors_keep_their_event(nlp, text, etype):
    assert etype in _types(nlp, text), text
