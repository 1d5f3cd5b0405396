"""Classes of general-news sentences coded as events they do not report, or as the wrong category (precision,
round 17), run through the real extraction on sentences of our own, with controls that stay coded: an act whose
object or passive subject is quantified by 'no' ('signed no agreement', 'no one was arrested'); a penalty dealt
with 'hit X with' (a fine, sanctions, charges: no attack); a source's terms with the press ('asked not to be
named', 'requested anonymity': no request between actors); a search or hunt for a suspect (a police
investigation, no threat); an event noun an adjective says never happened ('cited a nonexistent attack'); taking
control of one's own affairs ('take control of its own destiny', no seizure: the 'of' phrase the parser hangs on the
light verb is read as its event noun's object); a headline's passive without its auxiliary ('Singer convicted of
obscenity', 'X accused of torture by Y'): its subject is the one acted on, its 'by' phrase the doer; another sense
of a verb told as planned ('will seize the opportunity', no threat); an act negotiations are held for
('negotiations to quit the alliance', not done); harm done to an ability or a standing ('impaired its ability',
'undermined the court's credibility', no attack); an act thought or talked about ('thought about lifting
sanctions', weighed); an act in a list under a noun of failure ('the failure to seek a deal or to support it');
a death with no violence told ('died of heart failure', 'died in the floods') and weather as a doer ('torrential
rains struck'), no attack; calling the police (no consultation); releasing a proposal (no release); engaging with
residents or lawmakers (dialogue, no fight); hijacking an election or a debate (no seizure)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import readings as _readings
from tests.sitrep.extract.coding import types as _types


def _occurred(nlp, text: str) -> set[str]:
    return {c["event_type"] for c in _coded(nlp, text) if c["event_status"] == "occurred"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Syldavia signed no agreement with Borduria at the summit.", "SUPPORT"),
        ("Borduria gave no aid to the flooded provinces of Syldavia.", "AID"),
        ("No one was arrested after the march through Szohod.", "COERCE"),
        ("The Syldavian army killed no civilians in the raid, the ministry said.", "ASSAULT"),
    ],
)
def test_an_act_on_no_one_or_nothing_did_not_happen(nlp, text, etype):
    assert etype not in _occurred(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Syldavia signed an agreement with Borduria at the summit.", "SUPPORT"),
        ("Police arrested no fewer than twenty protesters in Szohod.", "COERCE"),
    ],
)
def test_an_act_on_someone_stays_coded(nlp, text, etype):
    assert etype in _occurred(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Syldavian watchdog hit the state airline with a hefty fine.", "COERCE"),
        ("The bloc hit Borduria with fresh sanctions on Monday.", "SANCTION"),
        ("Syldavia was hit with new tariffs by its neighbours.", "SANCTION"),
        ("Prosecutors hit the former mayor of Szohod with bribery charges.", "ACCUSE"),
    ],
)
def test_a_penalty_dealt_with_hit_is_no_attack(nlp, text, etype):
    found = _types(nlp, text)
    assert "ASSAULT" not in found and etype in found, (text, found)


def test_hitting_with_weapons_stays_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Syldavian rebels hit the army convoy with rockets.")


@pytest.mark.parametrize(
    "text",
    [
        "A Bordurian diplomat, who asked not to be named, said the border talks had stalled.",
        "A Syldavian officer who asked not to be identified said the troops had left Borduria.",
        "A Syldavian aide, who requested anonymity, said the minister would fly to Szohod.",
        "One Bordurian envoy who asked to remain anonymous said the deal with Syldavia was close.",
    ],
)
def test_a_sources_terms_with_the_press_are_no_request(nlp, text):
    assert "REQUEST" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Syldavia asked Borduria to name a mediator for the talks.",
        "Syldavia asked Borduria to be named as a mediator.",
    ],
)
def test_asking_another_party_to_name_or_be_named_stays_a_request(nlp, text):
    assert "REQUEST" in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Police were searching for a suspect in the arson attack on the mosque.",
        "Police are hunting for two suspects after the robbery of the central bank.",
        "Police were looking for a suspect seen near the depot.",
    ],
)
def test_a_search_for_a_suspect_is_an_investigation(nlp, text):
    found = _readings(nlp, text)
    assert ("ACCUSE", "investigate") in found and not {t for t, _ in found} & {"THREATEN", "COOPERATE"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Syldavian minister cited a nonexistent attack on Bordurian troops.",
        "Borduria described a hypothetical strike on the Syldavian capital.",
        "The spokesman invented a fictitious raid on the border post.",
    ],
)
def test_an_event_noun_that_never_happened_is_no_event(nlp, text):
    assert "ASSAULT" not in _types(nlp, text), text


def test_an_event_noun_that_happened_stays_coded(nlp):
    assert "ASSAULT" in _types(nlp, "The Syldavian minister cited a recent attack on Bordurian troops.")


@pytest.mark.parametrize(
    "text",
    [
        "Syldavia will take control of its own destiny, the president said.",
        "The minister said Borduria would take control of the things that matter to its people.",
        "Syldavians took control of their own lives again after the war.",
    ],
)
def test_taking_control_of_ones_own_affairs_is_no_seizure(nlp, text):
    assert not {"COERCE", "THREATEN", "ASSAULT"} & _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etypes"),
    [
        ("Syldavian troops took control of the border crossing.", {"COERCE", "ASSAULT"}),
        ("The rebels will take control of the capital, their leader said.", {"THREATEN"}),
    ],
)
def test_taking_control_of_a_place_stays_a_seizure(nlp, text, etypes):
    assert etypes & _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype", "target", "source"),
    [
        ("Peru accused of torture by the United Nations", "ACCUSE", "Peru", "United Nations"),
        ("Borduria accused of torture by the United Nations", "ACCUSE", "Borduria", "United Nations"),
        ("Syldavia criticised by Borduria over border wall", "ACCUSE", "Syldavia", "Borduria"),
    ],
)
def test_a_headline_passive_without_its_auxiliary_keeps_its_roles(event_roles, text, etype, target, source):
    roles = event_roles(text, etype)
    assert ("target", target) in roles and ("source", target) not in roles, roles
    assert source is None or ("source", source) in roles, roles


def test_an_active_clause_keeps_its_subject_as_source(event_roles):
    roles = event_roles("Syldavia accused Borduria of torture.", "ACCUSE")
    assert ("source", "Syldavia") in roles and ("target", "Borduria") in roles, roles


@pytest.mark.parametrize(
    "text",
    [
        "Syldavia will seize the opportunity to regroup, its leader said.",
        "Borduria will take this opportunity to build a stronger economy.",
        "The ministers said Syldavia would take umbrage at any such remark.",
    ],
)
def test_another_sense_of_a_verb_told_as_planned_is_no_threat(nlp, text):
    assert not {"THREATEN", "COERCE"} & _types(nlp, text), text


def test_a_planned_seizure_of_a_town_stays_a_threat(nlp):
    assert "THREATEN" in _types(nlp, "Syldavian rebels will seize the town of Szohod, their commander said.")


def test_an_act_negotiations_are_held_for_is_not_done(nlp):
    found = _types(nlp, "The Bordurian envoy warned of delays in negotiations to quit the alliance.")
    assert not {"RETREAT", "AGREE", "SANCTION"} & found, found


def test_negotiations_held_stay_a_meeting(nlp):
    assert "CONSULT" in _types(nlp, "Syldavia opened negotiations with Borduria on Monday.")


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The minister said the new rules impaired the agency's ability to plan ahead.", "ASSAULT"),
        ("Syldavia said the leak had harmed Borduria's reputation abroad.", "ASSAULT"),
        ("The opposition said the ruling undermined the credibility of the Syldavian court.", "SANCTION"),
    ],
)
def test_harm_done_to_an_ability_or_a_standing_is_no_attack(nlp, text, etype):
    assert etype not in _types(nlp, text), text


def test_harm_done_to_people_stays_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Syldavian troops hurt three protesters in Szohod on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Syldavian cabinet thought about expelling the Bordurian ambassador.",
        "The Syldavian ministers talked about expelling the Bordurian ambassador.",
    ],
)
def test_an_act_thought_or_talked_about_is_weighed_not_done(nlp, text):
    assert "SANCTION" not in _types(nlp, text), text


def test_an_act_in_a_list_under_a_failure_is_not_done(nlp):
    found = _types(nlp, "Syldavia criticised the failure of Borduria to seek a deal or to support the talks.")
    assert "SUPPORT" not in found and "ACCUSE" in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The former Syldavian envoy died last year in Szohod of heart failure.",
        "At least six people have died in Borduria after a night of torrential rain and flooding.",
        "Torrential rains and strong winds struck several provinces of Syldavia last night.",
    ],
)
def test_a_death_or_a_storm_with_no_violence_told_is_no_attack(nlp, text):
    assert "ASSAULT" not in _types(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Two Syldavian soldiers died in an airstrike on the base.",
        "Three protesters died from their injuries after the police raid.",
    ],
)
def test_a_death_in_an_attack_stays_an_attack(nlp, text):
    assert "ASSAULT" in _types(nlp, text), text


def test_calling_the_police_is_no_consultation(nlp):
    assert "CONSULT" not in _types(nlp, "A neighbour called the police when she heard the shots in Szohod.")


def test_calling_a_state_stays_a_phone_call(nlp):
    assert "CONSULT" in _types(nlp, "Syldavia called Borduria to discuss the border.")


def test_releasing_a_proposal_is_no_release_of_prisoners(nlp):
    found = _types(nlp, "The Syldavian president released his budget proposal on Monday.")
    assert not {"RETREAT", "CONCEDE"} & found, found


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Syldavian minister engaged with local residents about the new road.", "CONSULT"),
        ("The Syldavian president will engage with lawmakers who oppose the bill.", "AGREE"),
    ],
)
def test_engaging_with_residents_or_lawmakers_is_dialogue(nlp, text, etype):
    found = _types(nlp, text)
    assert etype in found and not {"ASSAULT", "THREATEN"} & found, found


def test_engaging_with_rebels_stays_a_fight(nlp):
    assert "ASSAULT" in _types(nlp, "Syldavian troops engaged with the rebels near the border.")


def test_hijacking_a_debate_is_no_seizure(nlp):
    assert "COERCE" not in _types(nlp, "Borduria tried to hijack the Syldavian election through propaganda.")


def test_hijacking_an_airliner_is_an_abduction(nlp):
    # PLOVER 2021: 'Abduct, kidnap, hijack' is ASSAULT abduct (round 20; round 17 had it a COERCE seizure)
    assert "ASSAULT" in _types(nlp, "Gunmen hijacked a Syldavian airliner.")
