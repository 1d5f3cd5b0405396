"""Classes of general-news sentences coded as events they do not report (precision, round 12), run through the
real extraction on sentences of our own, each class in several phrasings with a control that stays coded:
household support and taxes paid, media products released, objects measured with 'more than', acts under
'would/might have to', attacks made in words (on a platform, in a speech), the clause of an accusation, threat
or demand whose speaker is not named, threats to safety or livelihoods, districts returning members, and a
company's shareholders meeting revoked."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import type_list as _types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Senator Maria Alvarez supported her family by driving a taxi before entering politics.", "SUPPORT"),
        ("The Peruvian president supported his family by working as a teacher.", "SUPPORT"),
        ("Bolivia's finance minister supported himself by selling books.", "SUPPORT"),
        ("The Peruvian ambassador paid the rent of the embassy late.", "COOPERATE"),
        ("The Chilean state channel TVN released a new documentary on the border war.", "RETREAT"),
        ("Peru's state broadcaster released a six-part series about the election.", "RETREAT"),
        ("The Chilean government released a podcast episode on the reform.", "RETREAT"),
        ("The Peruvian minister offered little more than a brief statement before leaving.", "AGREE"),
        ("The Chilean governor offered nothing but a short comment on the strike.", "AGREE"),
        ("The Chilean minister said the smugglers threaten national security.", "THREATEN"),
        ("Northern Bolivia's 18 districts will return five deputies each.", "AGREE"),
        ("Chile's three regions returned four senators each at the last election.", "RETREAT"),
        ("The Bolivian provinces returned six deputies each in 2015.", "RETREAT"),
    ],
)
def test_another_sense_of_the_verb_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile supported Peru's bid for the council seat.", "SUPPORT"),
        ("The rebels released two hostages on Sunday.", "RETREAT"),
        ("The government released the jailed opposition leader.", "RETREAT"),
        ("The Chilean president offered Peru more than a hundred tonnes of grain.", "AGREE"),
        ("Chile threatened Peru with sanctions over the border dispute.", "THREATEN"),
        ("Chile returned the captured Peruvian soldiers on Monday.", "RETREAT"),
    ],
)
def test_the_political_sense_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "At least eight senators would have to vote for the cuts or refuse to block them.",
        "The rebels would have to hand in their rifles and free the hostages.",
        "Two senators might need to back the bill or at least refuse to block it.",
        "Under the deal Peru would have to withdraw its troops and return the captured boats.",
        "Chile could need to sign the accord and lift the sanctions on Bolivia.",
    ],
)
def test_what_someone_would_have_to_do_is_no_act(nlp, text):
    assert _types(nlp, text) == [], text


def test_a_present_duty_is_still_a_demand_and_a_past_one_an_act(nlp):
    assert _types(nlp, "Chile has to withdraw its soldiers from the frontier, Peru said.") == ["REQUEST"]
    assert "RETREAT" in _types(nlp, "The Peruvian army had to withdraw its soldiers from the frontier.")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president attacked the Peruvian judge on Twitter on Monday.",
        "The senator said the president's attack on a federal judge on Twitter was unfair.",
        "The Bolivian minister attacked the opposition leader in a speech to parliament.",
        "In an interview, the Peruvian premier attacked the Chilean ambassador.",
    ],
)
def test_an_attack_in_words_is_criticism(nlp, text):
    types = _types(nlp, text)
    assert "ASSAULT" not in types and "ACCUSE" in types, text


@pytest.mark.parametrize(
    "text",
    [
        "Chilean warplanes attacked rebel positions on the border.",
        "Gunmen attacked a police station in the capital on Monday.",
        "The army attacked the rebels in a dawn raid.",
    ],
)
def test_a_physical_attack_stays_an_assault(nlp, text):
    assert "ASSAULT" in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "He also accused the Chilean billionaire of undermining Peru's democracy.",
        "She accused the border guards of attacking the fishermen.",
        "They threatened to impose sanctions on Peru.",
        "He urged the rebels to release the hostages.",
    ],
)
def test_the_clause_of_an_unattributed_speech_act_is_no_act(nlp, text):
    assert _types(nlp, text) == [], text


def test_a_named_accuser_is_coded_without_the_alleged_act(nlp):
    assert _types(nlp, "Peru accused Chile of attacking its fishing boats.") == ["ACCUSE"]


def test_a_demand_beside_a_statement_in_another_sense_stays_coded(nlp):
    text = "The rebel party issued a communique demanding that the Ruritanian government free its jailed leader."
    assert "REQUEST" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Chilean economist who has studied how sanctions affected trade said the plan would fail.",
        "The Peruvian minister studied law in Madrid.",
        "Bolivian officials are studying the proposal from Chile.",
    ],
)
def test_studying_a_subject_is_no_investigation(nlp, text):
    assert "ACCUSE" not in _types(nlp, text), text


def test_studying_allegations_is_an_investigation(nlp):
    assert "ACCUSE" in _types(
        nlp, "The Chilean senate committee is studying the complaints against the Peruvian envoy."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government revoked the shareholders meeting of the state miner.",
        "Peru's finance ministry revoked the annual stockholders meeting.",
        "The Bolivian regulator revoked a shareholder meeting of the bank.",
    ],
)
def test_a_shareholders_meeting_revoked_is_no_sanction(nlp, text):
    assert "SANCTION" not in _types(nlp, text), text


def test_a_meeting_between_states_revoked_stays_a_sanction(nlp):
    assert "SANCTION" in _types(nlp, "Chile revoked the meeting with Peru.")
