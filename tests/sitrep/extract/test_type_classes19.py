"""Event-type classes of round 19, from the type confusions on the unseen tuning halves, NewsArticles4 and the
development precision samples: a raid told through a light verb ('carried out raids') codes as the verb 'raid' does
(COERCE seize; by troops or fighters, or from the air, an attack); taking back a town or port is fighting over it
(ASSAULT); pledged solidarity or voiced backing is support (SUPPORT); dismissing an official is no rejection; vowing
to fight for a cause is no threat of violence, vowing revenge is one; an arrest in absentia is a threat of arrest;
searching homes is a seizure (the manual's 'execute search'); a state of emergency over a natural disaster is no
repression, forces sent for its relief are aid; a cyber attack is coercion (the manual's COERCE 'cyber'); a
dispersal with tear gas, water cannon or batons is an assault (the manual's ASSAULT 'crowd-control': an explicit
crowd-control weapon)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian tax police carried out raids on the offices of two trading firms.",
        "Freedonian customs officers conducted a raid on a warehouse near the docks on Tuesday.",
        "Ruritanian anti-graft investigators launched dawn raids on the homes of two senators.",
    ],
)
def test_a_raid_by_police_through_a_light_verb_is_a_seizure(nlp, text):
    found = readings(nlp, text)
    assert ("COERCE", "seize") in found, found
    assert not any(t == "ASSAULT" for t, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian rebel fighters carried out a raid on an army barracks at dawn.",
        "Freedonian warplanes carried out air raids on villages near the border.",
        "Ruritanian troops conducted a raid on a militia camp in the hills.",
    ],
)
def test_a_raid_by_troops_or_from_the_air_stays_an_attack(nlp, text):
    assert "ASSAULT" in types(nlp, text)
    assert "COERCE" not in types(nlp, text)


def test_the_verb_and_the_light_verb_agree_on_a_police_raid(nlp):
    verb = readings(nlp, "Freedonian police raided the offices of an opposition weekly.")
    noun = readings(nlp, "Freedonian police carried out a raid on the offices of an opposition weekly.")
    assert ("COERCE", "seize") in verb and ("COERCE", "seize") in noun, (verb, noun)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian army took back the river port from the separatist militia.",
        "Freedonian government troops won back two border villages from the rebels.",
    ],
)
def test_taking_back_a_place_is_fighting_over_it(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" in found and "COERCE" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Freedonian unions pledged solidarity with the striking Ruritanian dock workers.",
        "The mayor of Ruritania's capital voiced her backing for the harbour workers.",
    ],
)
def test_pledged_solidarity_or_voiced_backing_is_support(nlp, text):
    found = types(nlp, text)
    assert "SUPPORT" in found and "AGREE" not in found, found


def test_a_pledge_to_act_stays_a_promise(nlp):
    assert "AGREE" in types(nlp, "Freedonia pledged to rebuild the Ruritanian bridges by spring.")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian president dismissed his finance minister on Monday.",
        "The Freedonian king dismissed the army chief after the mutiny.",
    ],
)
def test_dismissing_an_official_is_no_rejection(nlp, text):
    assert "REJECT" not in types(nlp, text)


def test_dismissing_a_demand_stays_a_rejection(nlp):
    assert "REJECT" in types(nlp, "The Ruritanian government dismissed the demands of the Freedonian strikers.")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian farmers' union vowed to fight for the rights of smallholders.",
        "Freedonian activists vowed to fight for the release of the jailed reporters.",
        "The new Ruritanian cabinet vowed to fight against corruption in the ports.",
    ],
)
def test_vowing_to_fight_for_a_cause_is_no_threat(nlp, text):
    assert "THREATEN" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian army vowed to fight against the rebels until victory.",
        "The Freedonian militia vowed to fight against Ruritania and its allies.",
    ],
)
def test_vowing_to_fight_against_an_actor_stays_a_threat(nlp, text):
    assert ("THREATEN", "violence") in readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Ruritanian court issued an arrest warrant in absentia for the former Freedonian mayor.",
        "A Freedonian court sentenced the exiled Ruritanian opposition leader in absentia to ten years.",
    ],
)
def test_an_arrest_in_absentia_is_a_threat_of_arrest(nlp, text):
    found = readings(nlp, text)
    assert ("THREATEN", "arrest") in found and ("COERCE", "arrest") not in found, found


def test_an_arrest_warrant_for_someone_present_stays_an_arrest(nlp):
    found = readings(nlp, "A Ruritanian court issued an arrest warrant for the former Freedonian mayor.")
    assert ("COERCE", "arrest") in found, found


def test_searching_homes_is_a_search_not_a_threat(nlp):
    found = readings(nlp, "Ruritanian police searched the homes of two Freedonian opposition activists.")
    assert ("COERCE", "seize") in found and "THREATEN" not in {t for t, _ in found}, found


def _disaster_rows(kind: str) -> list[tuple[str, str]]:
    from sitrep.extract.disaster_readings import DATA

    with DATA.open(encoding="utf-8") as f:
        lines = [ln.rstrip("\n").split("\t") for ln in f if not ln.startswith("#")]
    return [(row[0], row[2]) for row in lines[1:] if len(row) == 3 and row[1] == kind]


@pytest.mark.parametrize(("lemma", "example"), _disaster_rows("disaster"), ids=lambda v: v if " " not in v else "")
def test_a_state_of_emergency_over_a_disaster_is_no_repression(nlp, lemma, example):
    assert "COERCE" not in types(nlp, example), (lemma, example)


@pytest.mark.parametrize(("lemma", "example"), _disaster_rows("relief"), ids=lambda v: v if " " not in v else "")
def test_forces_sent_for_a_disasters_relief_are_aid(nlp, lemma, example):
    found = types(nlp, example)
    assert "AID" in found and "MOBILIZE" not in found, (lemma, example, found)


def test_forces_sent_after_a_disaster_are_aid(nlp):
    found = types(nlp, "Ruritanian troops were deployed to the northern province after the earthquake.")
    assert "AID" in found and "MOBILIZE" not in found, found


def test_forces_sent_to_a_border_stay_a_deployment(nlp):
    assert "MOBILIZE" in types(nlp, "Ruritanian troops were deployed to the border town after the riots.")


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian government declared a state of emergency after the protests.",
        "Ruritania declared a state of emergency after soldiers opened fire on protesters.",
        "Freedonia declared a state of emergency after protesters stormed the palace.",
    ],
)
def test_a_state_of_emergency_over_unrest_stays_coercion(nlp, text):
    assert ("COERCE", "martial-law") in readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania vowed revenge for the killing of its border guards.",
        "The Freedonian militia vowed retaliation against Ruritania.",
        "The Ruritanian defence minister promised retaliation against anyone who attacked the ships.",
    ],
)
def test_vowing_revenge_is_a_threat_of_violence(nlp, text):
    found = readings(nlp, text)
    assert ("THREATEN", "violence") in found and "AGREE" not in {t for t, _ in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian hackers attacked the servers of the Freedonian central bank.",
        "Ruritanian hackers carried out a cyber attack on the Freedonian power grid.",
    ],
)
def test_a_cyber_attack_is_coercion_not_an_assault(nlp, text):
    found = types(nlp, text)
    assert "COERCE" in found and "ASSAULT" not in found, found


def test_an_attack_on_a_border_post_stays_an_assault(nlp):
    assert "ASSAULT" in types(nlp, "Ruritanian troops attacked a Freedonian border post at night.")


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian riot police dispersed the marchers with tear gas and water cannon.",
        "Freedonian police broke up the sit-in outside parliament with batons and pepper spray.",
    ],
)
def test_a_dispersal_with_crowd_control_weapons_is_an_assault(nlp, text):
    found = types(nlp, text)
    assert "ASSAULT" in found and "COERCE" not in found, found


def test_a_dispersal_with_no_weapon_named_stays_a_restriction(nlp):
    assert ("COERCE", "restrict") in readings(nlp, "Ruritanian police dispersed the demonstrators outside parliament.")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("The Ruritanian army carried out strikes on rebel positions near the border.", "ASSAULT", "PROTEST"),
        ("Freedonian government forces staged strikes on the rebel stronghold overnight.", "ASSAULT", "PROTEST"),
        ("Ruritanian dock workers carried out strikes at three ports over pay.", "PROTEST", "ASSAULT"),
        ("Freedonian nurses staged strikes across the country over pay.", "PROTEST", "ASSAULT"),
    ],
)
def test_strikes_by_armed_forces_are_attacks_strikes_by_workers_are_protests(nlp, text, expected, not_expected):
    """The doer of a light verb reads the noun 'strikes' as the arms or the weapons before it do ('warplanes
    carried out strikes'): an army's or a militia's strikes are attacks, workers' strikes stay walkouts."""
    found = types(nlp, text)
    assert expected in found and not_expected not in found, found
