"""Classes of general-news sentences coded as events they do not report, or coded with another category or
party (precision, round 14), run through the real extraction on sentences of our own, each class in several
phrasings with controls that stay coded: a standing line told in the perfect ('has consistently rejected',
'has long denied'); declining to give the press details (CAMEO 011); denying a claim that something is so
(CAMEO 016: 'dismissed suggestions that ...'); an event noun pointed back to ('those demands') or told as a
kind ('such attacks'); mourning (an empathetic comment, no criticism); celebrating a festival (no support);
the verb 'blast' said of people (criticism) or of things (an attack); foreign nationals as a people group;
a relative clause on a plural of instances ('many cases in which police refused'), a kind of act; a group that
is no organ of its state named with its demonym or possessive ('Syrian rebels', 'Britain's unions'): the group
with its country, not the state."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import type_list as _types


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ministry has consistently rejected calls for an inquiry into the prisons.", "REJECT"),
        ("Borduria has always rejected Syldavia's offers of talks.", "REJECT"),
        ("The governor has constantly refused to meet the striking nurses.", "REJECT"),
        ("The cabinet has long denied the charges, blaming foreign agents instead.", "ACCUSE"),
        ("Syldavian officials have persistently opposed the new dam.", "REJECT"),
    ],
)
def test_a_standing_line_in_the_perfect_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ministry rejected calls for an inquiry into the prisons on Monday.", "REJECT"),
        ("Chile has rejected Peru's latest offer of talks.", "REJECT"),
        ("The governor refused to meet the striking nurses.", "REJECT"),
    ],
)
def test_one_act_in_the_perfect_or_the_past_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents declined to give details of their phone call.",
        "The spokesman refused to give any information about the arrests.",
        "The ministry declined to offer specifics on the new border deal.",
        "Officials in Szohod declined to provide a breakdown of the costs.",
    ],
)
def test_declining_to_give_details_is_declining_comment(nlp, text):
    assert "REJECT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Chile declined to give aid to Peru after the floods.",
        "The rebels refused to give up their weapons.",
    ],
)
def test_declining_to_give_something_else_is_a_rejection(nlp, text):
    assert "REJECT" in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The senator dismissed suggestions that the scandal forced the minister out.", {"REJECT"}),
        ("The Bordurian minister dismissed reports that troops had crossed the border.", {"REJECT"}),
        ("The government rejected claims that it had jailed reporters.", {"REJECT", "COERCE"}),
        ("Officials denied reports that the army had shelled the village.", {"REJECT", "ASSAULT"}),
        ("The claims that police had beaten the students were dismissed by the mayor.", {"REJECT"}),
    ],
)
def test_denying_a_claim_is_a_statement(nlp, text, absent):
    assert not absent & set(_types(nlp, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet rejected the demand that the minister resign.",
        "The rebels rejected the proposal that they disarm by June.",
        "The cabinet dismissed the union's demands for higher pay.",
        "Borduria rejected Syldavia's offer of talks on Monday.",
        "The minister dismissed the union's charge that the census was rigged.",
    ],
)
def test_rejecting_a_demand_or_a_proposal_stays_a_rejection(nlp, text):
    assert "REJECT" in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("These demands by Borduria for talks went unanswered in Syldavia.", "REQUEST"),
        ("That demand by the union for higher pay was never answered.", "REQUEST"),
        ("Such attacks on the border posts are rare, the general said.", "ASSAULT"),
        ("The judge declared this request by the firm moot last month.", "REQUEST"),
    ],
)
def test_an_event_noun_pointed_back_to_or_told_as_a_kind_is_no_new_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Demands by Borduria for talks went unanswered in Syldavia.", "REQUEST"),
        ("The union's demand for higher pay was rejected by the ministry.", "REJECT"),
    ],
)
def test_an_event_noun_without_a_demonstrative_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Villagers mourned the victims of the landslide.",
        "Thousands mourned the former president in the capital on Sunday.",
        "The widows, who mourned their husbands for years, met the minister.",
    ],
)
def test_mourning_is_no_criticism(nlp, text):
    assert "ACCUSE" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Villagers celebrated the harvest festival with music.",
        "Thousands celebrated Diwali in the old city of Szohod.",
        "The town celebrated its anniversary with a parade.",
    ],
)
def test_celebrating_an_occasion_is_no_support(nlp, text):
    assert "SUPPORT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The mayor blasted the council for closing the library.", "ACCUSE"),
        ("Senator Ana Ruiz blasted her colleagues for allowing the bill to pass.", "ACCUSE"),
        ("The opposition leader blasted the budget plan as a disaster.", "ACCUSE"),
        ("The rebels blasted the checkpoint with mortars.", "ASSAULT"),
        ("Insurgents blasted a hole in the prison wall.", "ASSAULT"),
    ],
)
def test_blasting_people_is_criticism_blasting_things_an_attack(nlp, text, etype):
    types = _types(nlp, text)
    assert etype in types and ({"ACCUSE", "ASSAULT"} - {etype}).isdisjoint(types), (text, types)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Four Syldavian nationals were abducted near the border.", None),
        ("Police arrested three Chinese nationals at the port.", "CHN"),
        ("Gunmen kidnapped two foreign nationals near the mine.", None),
    ],
)
def test_nationals_are_people_not_their_state(nlp, text, iso3):
    targets = [p for c in _coded(nlp, text) for p in c["participants"] if p["role"] == "target"]
    assert targets and all(p.get("group") == "civilians" and p.get("mention_idx") is None for p in targets), text
    if iso3:
        assert {p.get("country_iso3") for p in targets} == {iso3}, text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("There have been too many cases in which Syldavian police refused to detain smugglers.", "REJECT"),
        ("Rights groups documented cases where soldiers beat detainees in the north.", "ASSAULT"),
        ("The report lists instances in which the army shelled villages near Szohod.", "ASSAULT"),
    ],
)
def test_a_relative_clause_on_a_plural_of_instances_tells_a_kind_of_act(nlp, text, etype):
    assert etype not in _types(nlp, text), text


def test_a_relative_clause_on_one_case_stays_coded(nlp):
    assert "COERCE" in _types(nlp, "The court heard the case in which police arrested two reporters.")


@pytest.mark.parametrize(
    ("text", "group", "iso3"),
    [
        ("Syrian rebels attacked the town on Monday.", "rebels", "SYR"),
        ("The Syrian opposition demanded new elections.", "opposition", "SYR"),
        ("Britain's biggest unions condemned the pay freeze.", "unions", "GBR"),
        ("Kenyan militants ambushed a convoy near the coast.", "militants", "KEN"),
    ],
)
def test_a_group_that_is_no_organ_of_its_state_acts_with_its_country_not_as_the_state(nlp, text, group, iso3):
    sources = [p for c in _coded(nlp, text) for p in c["participants"] if p["role"] == "source"]
    assert [(p.get("group"), p.get("country_iso3"), p.get("mention_idx")) for p in sources] == [(group, iso3, None)]


def test_the_state_s_own_forces_still_credit_their_group(nlp):
    sources = [p for c in _coded(nlp, "Syrian troops shelled the town.") for p in c["participants"]]
    assert any(p.get("group") == "military" and p.get("country_iso3") == "SYR" for p in sources)
