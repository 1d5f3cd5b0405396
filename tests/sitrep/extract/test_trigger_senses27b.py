"""Trigger senses that are wrong in common news use (round 27, late wave), through the real spaCy pipeline:
stressing the importance or urgency of something is a statement, no consultation nor request; interfering with an
investigation is no aid; a promise whose coordinated complement is a hostile act aimed at a person ('to hunt him
down and hang him') is a threat (PLOVER: an intent is coded by what it promises)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import readings, types


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The Freedonian president stressed the importance of dialogue with Ruritania.", "CONSULT"),
        ("The Freedonian president underlined the importance of talks with Ruritania.", "CONSULT"),
        ("Ruritania's foreign minister stressed the urgency of talks with Freedonia.", "REQUEST"),
        ("Ruritania interfered with an investigation into the Freedonian police.", "AID"),
    ],
)
def test_a_statement_or_obstruction_is_not_the_default_category(nlp, text, wrong):
    assert wrong not in types(nlp, text), readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels promised to hunt him down and hang him.",
        "The Ruritanian rebels vowed to track down the mayor and kill him.",
    ],
)
def test_a_promise_of_a_hostile_act_in_a_later_conjunct_is_a_threat(nlp, text):
    got = readings(nlp, text)
    assert ("THREATEN", "violence") in got and "AGREE" not in {t for t, _ in got}, got


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian rebels vowed to rebuild the school and reopen the market.",
        "The Freedonian minister pledged to rebuild the bridges and not to attack the villagers.",
    ],
)
def test_a_promise_of_peaceful_or_refrained_acts_stays_a_promise(nlp, text):
    got = types(nlp, text)
    assert "AGREE" in got and "THREATEN" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia carried out strikes on rebel positions near the border.",
        "The strike on the village killed ten people.",
        "Ruritanian jets launched a pre-emptive strike against rebel bases.",
    ],
)
def test_a_strike_aimed_at_a_military_target_is_an_attack(nlp, text):
    got = types(nlp, text)
    assert "PROTEST" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the Freedonian steel plant went on strike on Monday.",
        "Teachers staged a strike against the pension reform in Freedonia.",
    ],
)
def test_a_labour_strike_stays_a_protest(nlp, text):
    assert "PROTEST" in types(nlp, text), readings(nlp, text)


def test_a_threat_of_nuclear_strikes_has_no_protesters(nlp, event_roles):
    roles = event_roles("North Korea threatened South Korea with nuclear strikes.", "THREATEN")
    assert not any("protest" in str(name) for _, name in roles), roles


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Freedonian president hit back at his Ruritanian critics over the tariffs.", "ACCUSE"),
        ("Freedonia hit back at Ruritania, calling the report a lie.", "ACCUSE"),
        ("Freedonia hit back at Ruritanian forces with drone strikes.", "ASSAULT"),
        ("Freedonia hit back at rebel positions in the mountains.", "ASSAULT"),
    ],
)
def test_hitting_back_is_verbal_unless_told_with_weapons_or_targets(nlp, text, etype):
    got = types(nlp, text)
    assert etype in got and not {"ACCUSE", "ASSAULT"} - {etype} & got, got
