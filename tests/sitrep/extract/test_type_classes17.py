"""Event-type classes of round 17, from the type confusions on the unseen tuning halves, NewsArticles4 and
devset2: a walkout told by its own phrase ('went on strike', 'staged a strike') is a labour strike whoever does
it, even people the agent dictionary files under the military ('seamen', 'sailors'), while an armed group's bare
'struck' stays an attack; standing by or behind an actor states support for it (CAMEO 051 'STAND: * (BY)'),
with the actor stood behind as the target; another party's duty told by a speaker ('said Peru has an obligation
to protect the embassy') is the speaker's demand, as a modal of obligation is."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded, dyads, readings, types


@pytest.mark.parametrize(
    "text",
    [
        "Some four thousand seamen went on strike in Valparaiso to demand better pay.",
        "Sailors of the ferry company went on strike on Tuesday.",
        "Hundreds of seamen staged a strike at the Callao docks over unpaid wages.",
    ],
)
def test_a_walkout_told_by_its_own_phrase_is_a_strike_whoever_does_it(nlp, text):
    assert readings(nlp, text) == {("PROTEST", "strike")}


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen struck at dawn near the Bolivian border.",
        "Rebels struck at dawn, killing four soldiers near Arica.",
    ],
)
def test_an_armed_group_striking_is_still_an_attack(nlp, text):
    assert ("ASSAULT", None) in readings(nlp, text)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile stands firmly behind Peru in the fishing dispute.", "Chile", "Peru"),
        ("The Chilean president said Chile stands behind Peru, its closest ally.", "Chile", "Peru"),
        ("Bolivia stood by Paraguay throughout the border crisis.", "Bolivia", "Paraguay"),
    ],
)
def test_standing_by_or_behind_an_actor_is_support_for_it(nlp, text, source, target):
    found = dyads(nlp, text, "SUPPORT")
    assert any(source in src and target in tgt for src, tgt in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The guards stood behind the minister during the ceremony.",
        "The Chilean senator stood by his account of the talks with the Peruvian envoy.",
    ],
)
def test_standing_behind_someone_in_a_room_or_by_ones_own_words_is_no_support(nlp, text):
    assert "SUPPORT" not in types(nlp, text)


@pytest.mark.parametrize(
    ("text", "speaker", "obliged"),
    [
        ("Bolivia said Peru has a duty to protect the Bolivian consulate in Tacna.", "Bolivia", "Peru"),
        ("Chile said Argentina has an obligation to return the seized trawlers.", "Chile", "Argentina"),
        ("Ecuador said Colombia has a responsibility to impose sanctions on Venezuela.", "Ecuador", "Colombia"),
    ],
)
def test_a_duty_of_another_party_told_by_a_speaker_is_a_demand(nlp, text, speaker, obliged):
    found = dyads(nlp, text, "REQUEST")
    assert any(speaker in src and obliged in tgt for src, tgt in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia said it has a duty to protect its citizens abroad.",
        "Peru has a duty to protect the Bolivian consulate in Tacna.",
    ],
)
def test_a_duty_of_the_speaker_or_told_by_no_one_is_no_demand(nlp, text):
    assert dyads(nlp, text, "REQUEST") == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chile called to maintain good relations with Peru.", "Chile", "Peru"),
        ("Bolivia called at the summit to end the sanctions against Paraguay.", "Bolivia", "Paraguay"),
    ],
)
def test_a_call_for_an_aim_with_no_one_called_is_an_appeal(nlp, text, source, target):
    found = dyads(nlp, text, "REQUEST")
    assert any(source in src and target in tgt for src, tgt in found), found
    assert dyads(nlp, text, "CONSULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile's president called to congratulate the Peruvian president on his victory.",
        "Chile's president called the Peruvian president to discuss the floods.",
    ],
)
def test_a_call_to_talk_to_someone_stays_a_phone_call(nlp, text):
    assert readings(nlp, text) == {("CONSULT", "phone")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile took the views of the Peruvian fishermen into consideration.",
        "Bolivia will take into account the concerns of Paraguay.",
    ],
)
def test_taking_something_into_account_is_no_seizure_or_threat(nlp, text):
    assert coded(nlp, text) == []


def test_taking_a_suspect_into_custody_is_still_an_arrest(nlp):
    assert ("COERCE", "arrest") in readings(nlp, "Peruvian police took the Chilean smuggler into custody.")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Lee met Kim, who said Japan must return the seized fishing boats.", "Kim", "Japan"),
        ("Ruiz met her Bolivian counterpart Morales, who said Peru should come back to the table.", "Morales", "Peru"),
        (
            'For an hour, Blinken met with his Japanese counterpart Taro Kono, who said China should "come back to the '
            'negotiating table."',
            "Taro Kono",
            "China",
        ),
    ],
)
def test_a_demand_told_in_a_relative_clause_is_made_by_the_one_it_describes(nlp, text, source, target):
    found = dyads(nlp, text, "REQUEST")
    assert any(source in src and target in tgt for src, tgt in found), found


def test_an_act_told_in_a_relative_clause_on_an_actor_is_its_own_event(nlp):
    text = "Lee met Kim, who criticised Japan for its whaling."
    assert any("Kim" in src and "Japan" in tgt for src, tgt in dyads(nlp, text, "ACCUSE"))
    assert any("Lee" in src for src, _ in dyads(nlp, text, "CONSULT"))
