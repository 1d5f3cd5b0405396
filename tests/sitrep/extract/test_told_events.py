"""Events told in constructions that named no doer or hid the trigger: a light verb in the passive ('a general
strike was called by the unions'), the 'between' phrase of a verb or of its passive event noun ('a ceasefire was
agreed between A and B', 'mediated between A and B'), agreements reached ('a deal was reached'), the doer of a
passive killing named by the attack it happened in ('killed in a Taliban attack'), the event people died in
('died in Russian shelling'), and arms provided 'with' ('provided Ukraine with tanks')."""

from __future__ import annotations

import pytest

from sitrep.extract import event_triggers
from tests.sitrep.extract.coding import dyads, readings, type_list, types


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("A general strike was called by Nigerian dock unions on Monday.", ("PROTEST", "strike")),
        ("A ceasefire was declared by the Sudanese army in the east.", ("RETREAT", "ceasefire")),
        ("An inquiry into the shootings was launched by the Kenyan police.", ("ACCUSE", "investigate")),
    ],
)
def test_a_light_verb_in_the_passive_codes_its_event_noun(nlp, text, reading):
    assert reading in readings(nlp, text)


def test_a_passive_light_verb_keeps_its_agent_and_target(nlp):
    found = dyads(nlp, "New sanctions on Ruritania were announced by Freedonia on Friday.", "SANCTION")
    assert ({"Freedonia"}, {"Ruritania"}) in found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A ceasefire was agreed between Ruritania and Freedonia on Tuesday.", "AGREE"),
        ("A deal was reached between Ruritania and Freedonia on fishing quotas.", "AGREE"),
        ("An agreement was reached between Ruritania and Freedonia on the river border.", "SUPPORT"),
        ("Heavy fighting between Ruritania and Freedonia resumed on the border.", "ASSAULT"),
    ],
)
def test_the_between_phrase_names_both_parties_when_no_doer_is_named(nlp, text, etype):
    found = dyads(nlp, text, etype)
    assert any(src | tgt == {"Ruritania", "Freedonia"} for src, tgt in found), found


def test_a_mediator_acts_between_the_two_parties(nlp):
    found = dyads(nlp, "Tarsia mediated between Ruritania and Freedonia last week.", "CONSULT")
    assert found and found[0][0] == {"Tarsia"} and found[0][1] == {"Ruritania", "Freedonia"}


def test_towns_named_in_a_between_phrase_are_no_parties(nlp):
    assert "AID" not in types(nlp, "Some 3,000 people were evacuated between the towns of Lorn and Vask.")


def test_reaching_a_ceasefire_is_an_agreement(nlp):
    assert "AGREE" in types(nlp, "Israel and Hamas reached a ceasefire on Sunday after weeks of talks.")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Three soldiers were killed in a Taliban attack near the pass.", "Taliban"),
        ("Two guards were killed in an attack claimed by the Taliban on Sunday.", "Taliban"),
        ("Four policemen were wounded in a Hamas ambush at the crossing.", "Hamas"),
    ],
)
def test_a_passive_killing_takes_its_doer_from_the_attack_it_happened_in(nlp, text, source):
    found = dyads(nlp, text, "ASSAULT")
    assert any(source in src for src, _ in found), found


def test_a_passive_killing_in_an_attack_is_one_event(nlp):
    assert type_list(nlp, "Three soldiers were killed in a Taliban attack near the pass.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "row", event_triggers.read_tsv("casualty_scenes.tsv"), ids=lambda r: f"{r['verb']}-{r['prep']}"
)
def test_each_casualty_verb_codes_the_event_people_died_in(nlp, row):
    assert "ASSAULT" in types(nlp, row["example"]), row


def test_the_shelling_people_died_in_keeps_its_actors(nlp):
    found = dyads(nlp, "Five people died in Russian shelling of Kherson on Tuesday.", "ASSAULT")
    assert any("Russian" in src and "Kherson" in tgt for src, tgt in found), found


@pytest.mark.parametrize("text", ["He died in a car crash on the coast road.", "She died in hospital on Monday."])
def test_a_death_in_no_event_codes_nothing(nlp, text):
    assert types(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    ["Germany provided Ukraine with tanks last spring.", "France will supply Kyiv with long-range missiles."],
)
def test_arms_provided_with_are_aid_to_the_recipient(nlp, text):
    found = dyads(nlp, text, "AID")
    assert any(tgt & {"Ukraine", "Kyiv"} for _, tgt in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Washington removed sanctions on Syria's central bank last week.",
        "The EU suspended its sanctions on Belarus for six months.",
        "Beijing dropped the tariffs on Australian barley in August.",
    ],
)
def test_lifting_sanctions_or_tariffs_is_an_easing_not_a_new_measure(nlp, text):
    assert ("RETREAT", "ease") in readings(nlp, text)
    assert not types(nlp, text) & {"SANCTION", "COERCE"}


def test_placing_sanctions_imposes_them(nlp):
    found = dyads(nlp, "The Obama administration placed fresh sanctions on Russia over the hacking.", "SANCTION")
    assert any("Russia" in tgt for _, tgt in found), found


def test_letting_relief_in_is_access(nlp):
    assert ("RETREAT", "access") in readings(nlp, "Israel allowed food and medicine into Gaza on Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people protested in Tbilisi on Sunday evening.",
        "Hundreds demonstrated outside the parliament in Vilnius on Friday.",
    ],
)
def test_a_crowd_protesting_needs_no_further_cue(nlp, text):
    assert "PROTEST" in types(nlp, text)


def test_claiming_an_attack_makes_the_claimant_its_source(nlp):
    found = dyads(nlp, "The Taliban claimed the bombing of the checkpoint on Monday.", "ASSAULT")
    assert any("Taliban" in src for src, _ in found), found


def test_extending_a_ceasefire_is_observing_it(nlp):
    assert ("RETREAT", "ceasefire") in readings(nlp, "Israel and Hamas extended the ceasefire by two days.")


def test_troops_leaving_a_country_the_tagger_took_for_a_person_withdraw(nlp):
    assert ("RETREAT", "withdraw") in readings(nlp, "French troops left Mali in August after nine years.")


def test_holding_people_as_human_shields_is_coercion(nlp):
    assert "COERCE" in types(nlp, "The rebel militia has been keeping hundreds of villagers as human shields.")


def test_a_crowd_taking_to_the_streets_of_a_city_protests_there(nlp):
    text = "Thousands took to the streets of Tbilisi on Sunday to protest against the new law."
    assert "PROTEST" in types(nlp, text)
    assert not types(nlp, "Thousands took to the streets of Tbilisi on Sunday.")


def test_extending_an_arrest_keeps_the_detention(nlp):
    found = dyads(nlp, "A Moscow court extended the arrest of Ivan Petrov until April 30.", "COERCE")
    assert any("Ivan Petrov" in tgt for _, tgt in found), found
