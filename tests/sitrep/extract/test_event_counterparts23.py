"""The counterpart of an act whose clause names none comes from the act told just before it that involved its source:
the speaker's own last act, a meeting it held with others, or an act aimed at it that it answers (texts of our own)."""

from __future__ import annotations

from sitrep.extract import event_addressees


def test_an_accusation_is_answered_by_its_target(event_roles):
    text = "Japan accused South Korea of breaking the accord on Tuesday. Seoul rejected the charge."
    assert ("target", "Japan") in event_roles(text, "REJECT")


def test_a_meeting_partner_is_the_addressee_of_the_next_demand(event_roles):
    text = "Serbia and Kosovo held talks in Brussels on Monday. Belgrade demanded written guarantees."
    assert ("target", "Kosovo") in event_roles(text, "REQUEST")


def test_a_detention_is_answered_by_the_detainees_state(event_roles):
    text = "Iran seized a British tanker in the Gulf on Friday. London demanded the release of the crew."
    assert ("target", "Iran") in event_roles(text, "REQUEST")


def test_a_demand_does_not_answer_an_attack(event_roles):
    roles = event_roles("Russia attacked Kharkiv on Monday. Ukraine demanded more air defence systems.", "REQUEST")
    assert not any(role == "target" for role, _ in roles)


def test_an_act_by_a_bystander_takes_no_counterpart(event_roles):
    text = "Vietnam accused China of bullying on Monday. Brazil rejected the proposal for new tariffs."
    assert not any(role == "target" for role, _ in event_roles(text, "REJECT"))


def test_replies_answer_only_categories_of_acts():
    categories = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SANCTION", "COERCE", "ASSAULT", "AGREE", "CONCEDE"}
    for act, answered in event_addressees.data()["replies"].items():
        assert act in categories and set(answered) <= categories


def test_an_answer_to_an_ownerless_happening_takes_no_target(event_roles):
    text = "In response to the crisis, the Peruvian government threatened to close the border."
    roles = event_roles(text, "THREATEN")
    assert not any(role == "target" for role, _ in roles)


def test_the_lead_names_the_parties_of_the_story(event_roles):
    text = (
        "Japan accused China of violating its airspace on Monday. The incident happened near the Senkaku islands. "
        "Two jets were scrambled. Officials said the aircraft left after an hour. Tokyo demanded an explanation."
    )
    assert ("target", "China") in event_roles(text, "REQUEST")


def test_a_person_acts_for_the_state_named_with_it(event_roles):
    text = (
        "Mexico accused Canada of bullying on Monday. Mexican Economy Minister Ildefonso Guajardo spoke "
        "in Monterrey. Guajardo demanded an apology."
    )
    assert ("target", "Canada") in event_roles(text, "REQUEST")


def test_a_promise_between_the_parties_of_a_joint_subject_takes_no_counterpart(event_roles):
    text = "Tokyo hosted talks with South Korea on Monday. The two neighbours agreed to hold joint drills."
    assert not any(role == "target" for role, _ in event_roles(text, "AGREE"))


def test_a_joint_demand_still_asks_the_party_told_before(event_roles):
    text = "Japan and South Korea accused China of provocations on Monday. Tokyo and Seoul demanded an apology."
    assert ("target", "China") in event_roles(text, "REQUEST")
