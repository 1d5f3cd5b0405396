"""Event recall classes of round 20, each checked on sentences of our own written several ways.

- a trigger sense that makes a noun no event ('sales hit their target') does not apply to a noun of
  ``party_targets`` with a named party before it, or in the plural with a group before it ('jets hit PKK
  targets', 'rebel targets'): those are a party's assets under attack (``event_agency.json`` party_targets,
  ``event_senses._party_target``);
- setting fire to property is the manual's ASSAULT `destroy`: burning anything down, setting it ablaze or on
  fire, burning or destroying buildings, vehicles or crops (``triggers_curated.tsv``, ``trigger_objects.tsv``
  @structures); a flag or an effigy burned stays a protest, a building that burned down by itself no event;
- a missile launched at a city the tagger read as a time ('at Kyiv overnight') is aimed at someone, so it is an
  attack, not a weapons test (``event_weapon_tests._time_word``); drones launched or sent are an attack
  (``triggers_curated.tsv``);
- storming anything, occupying towns or strongholds, targeting buildings, strongholds or roads are attacks with
  only the attacker named (the CAMEO verb defaults code them only between two named parties); dissolving a party,
  a movement or an organization is a ban (COERCE); opening a corridor lets aid in (RETREAT access)
  (``triggers_curated.tsv``);
- a participle clause that names whose a thing is ('crops belonging to X', 'a ship owned by X', 'a school run by
  X') is part of the noun phrase: the owner is the target of what is done to the thing
  (``event_arg_groups.np_tokens``, OWNER_VERBS);
- vacating a town or a stronghold is a withdrawal (RETREAT); vowing or promising reprisals is a threat of
  violence (``triggers_curated.tsv``).
"""

import pytest

from tests.sitrep.extract.coding import coded, dyads, readings, types


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkish warplanes hit PKK targets in the mountains on Sunday.", "PKK"),
        ("Israeli jets hit Hezbollah targets near the border.", "Hezbollah"),
        ("Ukrainian drones hit Russian military targets in Crimea overnight.", "Russian"),
    ],
)
def test_a_named_party_s_targets_that_are_hit_are_attacked(nlp, text, target):
    assert any(target in tgt for _, tgt in dyads(nlp, text, "ASSAULT")), coded(nlp, text)


def test_plural_targets_of_a_group_that_are_hit_are_attacked(nlp):
    assert "ASSAULT" in types(nlp, "Syrian jets hit rebel targets near Homs on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "The retailer hit its sales target in the spring.",
        "Chinese exporters hit the government target this year.",
        "Kenya hit its revenue targets for the first time.",
    ],
)
def test_a_target_reached_is_still_no_attack(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram fighters burned down a police station in Maiduguri.",
        "Al-Shabaab militants set ablaze three churches in Mandera.",
        "Boko Haram fighters set the mission school on fire.",
        "Ethiopian troops burned crops in Tigray.",
        "Kenyan soldiers destroyed crops belonging to Somali herders.",
        "Ukraine said its artillery had destroyed three Russian missile launchers.",
        "Colombian commandos destroyed two guerrilla hideouts in the jungle.",
    ],
)
def test_property_set_on_fire_or_destroyed_is_an_attack(nlp, text):
    assert ("ASSAULT", "destroy") in readings(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Danish protesters burned the flag of Turkey.", "PROTEST"),
        ("The old Lisbon warehouse burned down on Friday.", None),
    ],
)
def test_other_burnings_are_no_attack(nlp, text, kind):
    found = types(nlp, text)
    assert "ASSAULT" not in found
    assert kind is None or kind in found


def test_missiles_launched_at_a_city_read_as_a_time_are_an_attack(nlp):
    text = "Russia launched missiles at Kyiv overnight."
    assert "ASSAULT" in types(nlp, text)
    assert "MOBILIZE" not in types(nlp, text)


def test_a_missile_fired_into_the_sea_on_a_day_is_still_a_test(nlp):
    assert readings(nlp, "Peru fired a ballistic missile into the sea on Sunday.") == {("MOBILIZE", "weapons")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia launched a barrage of drones against Odesa.", "Odesa"),
        ("Houthi rebels launched dozens of drones toward Saudi Arabia.", "Saudi Arabia"),
    ],
)
def test_drones_launched_at_someone_are_an_attack(nlp, text, target):
    assert any(target in tgt for _, tgt in dyads(nlp, text, "ASSAULT")), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chechen special forces stormed the concert hall in Grozny.",
        "Sudanese paramilitaries occupied two villages near El Fasher.",
        "Ukrainian drones targeted an oil refinery in Ryazan.",
        "Houthi fighters targeted the port with missiles.",
    ],
)
def test_attacks_with_only_the_attacker_named_are_found(nlp, text):
    assert "ASSAULT" in types(nlp, text), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Thai court dissolved the reformist opposition party.",
        "Nicaragua dissolved the Jesuit organization and seized its property.",
    ],
)
def test_dissolving_a_party_or_organization_is_a_ban(nlp, text):
    assert ("COERCE", "ban") in readings(nlp, text), coded(nlp, text)


def test_opening_a_corridor_is_access(nlp):
    assert ("RETREAT", "access") in readings(nlp, "Azerbaijan opened the corridor to Red Cross trucks on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "The rapper stormed the charts with her second album.",
        "The new tariffs target Chinese electric cars.",
        "The Danish prime minister dissolved parliament on Friday.",
    ],
)
def test_other_storming_targeting_and_dissolving_is_no_event(nlp, text):
    assert not types(nlp, text) & {"ASSAULT", "COERCE"}, coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran carried out 14 executions in the first week of June.",
        "The junta carried out the execution of two activists.",
    ],
)
def test_executions_carried_out_are_killings(nlp, text):
    assert ("ASSAULT", "targeted") in readings(nlp, text), coded(nlp, text)


def test_destroyed_documents_are_no_attack(nlp):
    assert "ASSAULT" not in types(nlp, "The Kenyan firm destroyed the tax documents.")


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Kenyan soldiers destroyed crops belonging to Somali herders.", "ASSAULT", "Somali"),
        ("Houthi rebels attacked a tanker owned by a Greek shipping firm.", "ASSAULT", "Greek"),
        ("Israeli jets struck a school run by UNRWA in Gaza.", "ASSAULT", "UNRWA"),
        ("The Houthis seized a cargo ship operated by a Japanese company.", "COERCE", "Japanese"),
    ],
)
def test_the_owner_named_by_a_participle_clause_is_the_target(nlp, text, etype, target):
    assert any(target in tgt for _, tgt in dyads(nlp, text, etype)), coded(nlp, text)


def test_a_clause_of_another_verb_on_the_object_names_no_target(nlp):
    text = "Russian jets bombed a convoy heading to Ukraine's border with Poland."
    assert not any("Poland" in tgt for _, tgt in dyads(nlp, text, "ASSAULT")), coded(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Hamas fighters vacated their bases in Rafah.", "Ethiopian federal troops vacated the town of Shire."],
)
def test_vacating_a_town_or_stronghold_is_a_withdrawal(nlp, text):
    assert ("RETREAT", "withdraw") in readings(nlp, text), coded(nlp, text)


def test_a_house_vacated_by_tenants_is_no_withdrawal(nlp):
    assert "RETREAT" not in types(nlp, "The Spanish tenants vacated the house in May.")


def test_vowed_reprisals_are_a_threat(nlp):
    text = "Al-Shabaab vowed reprisals against Kenya for the airstrike."
    assert ("THREATEN", "violence") in readings(nlp, text), coded(nlp, text)
