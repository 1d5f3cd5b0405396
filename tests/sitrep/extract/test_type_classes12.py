"""Event classes of round 12 (PLOVER 2021 manual / CAMEO2PLOVER-2021): letting people go is a release, an order
to one's own forces to leave a withdrawal, a stated readiness an intent whose act is planned, regret a
concession, a boycotted or skipped meeting a refusal to meet, one side's drills a mobilisation, a threat noun
after 'amid' the scene of another act, and a party to a fight calling for its end an intent (AGREE)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_party_calls, event_status
from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import readings as _readings
from tests.sitrep.extract.coding import types as _types


@pytest.mark.parametrize(
    "text",
    [
        "The authorities allowed the detained tourists to leave the country on Friday.",
        "The militia allowed hundreds of families to leave the besieged city.",
        "The government let the foreign nationals depart through the southern crossing.",
        "Peru permitted the interned fishermen to return to their villages.",
        "Peru allowed the departure of the foreign nationals.",
        "The junta allowed the return of the exiled journalists.",
    ],
)
def test_letting_people_go_is_a_release(nlp, text):
    assert ("RETREAT", "release") in _readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered troops to withdraw from the disputed border area.",
        "The commander ordered his forces to pull back from the front line.",
        "Chile ordered its warships to return to port on Tuesday.",
        "The president ordered the withdrawal of troops from the border area.",
        "Chile ordered a pullback of its forces from the frontier.",
    ],
)
def test_an_order_to_own_forces_to_leave_is_a_withdrawal(nlp, text):
    readings = _readings(nlp, text)
    assert ("RETREAT", "withdraw") in readings and "MOBILIZE" not in {t for t, _ in readings}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The defence minister ordered two warships to the strait.", "MOBILIZE"),
        ("The ministry ordered two Peruvian diplomats to leave within three days.", "SANCTION"),
    ],
)
def test_orders_that_send_forces_or_expel_envoys_keep_their_category(nlp, text, etype):
    assert etype in _types(nlp, text)


@pytest.mark.parametrize("text", sorted(event_status.intent_nouns().values()))
def test_a_meeting_told_as_a_stated_readiness_is_planned(nlp, text):
    meetings = [c for c in _coded(nlp, text) if c["event_type"] == "CONSULT"]
    assert all(c["event_status"] == "planned" for c in meetings), meetings


@pytest.mark.parametrize(
    "text",
    [
        "The rebels expressed readiness to resume talks with the government.",
        "The junta signalled its willingness to return to the negotiating table.",
        "The envoy reaffirmed his country's willingness to mediate.",
    ],
)
def test_a_stated_readiness_is_an_intent(nlp, text):
    coded = _coded(nlp, text)
    assert "AGREE" in {c["event_type"] for c in coded}
    assert not any(c["event_type"] == "CONSULT" and c["event_status"] == "occurred" for c in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry expressed regret over the deaths of the fishermen.",
        "The president voiced regret over the raid on the village.",
        "The former commander showed remorse for the massacre.",
    ],
)
def test_an_expression_of_regret_is_a_concession(nlp, text):
    assert "CONCEDE" in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "President Anton Berg boycotted the summit in Lisbon.",
        "The opposition boycotted the talks with the military council.",
        "Chancellor Maria Holm skipped the regional summit in Vienna on Tuesday.",
        "Chancellor Maria Holm snubbed the summit hosted by President Anton Berg.",
    ],
)
def test_a_boycotted_or_skipped_meeting_is_a_refusal_to_meet(nlp, text):
    readings = _readings(nlp, text)
    assert ("REJECT", "meet") in readings and "SANCTION" not in {t for t, _ in readings}


def test_a_boycott_of_goods_stays_a_sanction(nlp):
    assert "SANCTION" in _types(nlp, "Chile boycotted Peruvian goods after the raid.")


@pytest.mark.parametrize(
    "text",
    [
        "Peru held military drills on Monday amid the threat of an attack by Chile.",
        "Chile deployed troops to the border amid threats of an invasion by Peru.",
        "The Chilean navy conducted exercises amid a threat of attack from Peruvian forces.",
    ],
)
def test_a_threat_setting_the_scene_is_no_threat(nlp, text):
    assert "THREATEN" not in _types(nlp, text)


def test_a_threat_made_is_still_a_threat(nlp):
    assert "THREATEN" in _types(nlp, "Chile threatened to attack Peru on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian army staged exercises near the border on Monday.",
        "Chile launched naval drills off its northern coast.",
        "The Chilean air force carried out drills over the desert.",
        "Chile began military manoeuvres near the frontier.",
    ],
)
def test_one_sides_drills_are_a_show_of_force(nlp, text):
    assert ("MOBILIZE", "troops") in _readings(nlp, text)


@pytest.mark.parametrize(
    "text", ["Chile and Peru staged joint exercises in the Pacific.", "Chile and Peru carried out joint drills at sea."]
)
def test_joint_drills_stay_military_cooperation(nlp, text):
    assert ("COOPERATE", "military") in _readings(nlp, text)


@pytest.mark.parametrize("text", event_party_calls.vocab()["examples"])
def test_a_party_calling_for_an_end_to_its_fight_states_intent(nlp, text):
    types = _types(nlp, text)
    assert "AGREE" in types and "REQUEST" not in types


@pytest.mark.parametrize("text", event_party_calls.vocab()["counterexamples"])
def test_a_third_party_calling_for_an_end_to_a_fight_requests(nlp, text):
    types = _types(nlp, text)
    assert "REQUEST" in types and "AGREE" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of the bloc met in Geneva on Monday, but President Anton Berg did not attend.",
        "Foreign ministers of the bloc met in Lisbon on Friday without President Anton Berg, who stayed away.",
    ],
)
def test_a_person_told_as_absent_is_no_party_of_the_meeting(event_roles, text):
    assert not any(name == "Anton Berg" for _, name in event_roles(text, "CONSULT"))


def test_a_person_met_is_still_a_party(event_roles):
    roles = event_roles("Chancellor Maria Holm met President Anton Berg in Geneva on Monday.", "CONSULT")
    assert ("target", "Anton Berg") in roles
