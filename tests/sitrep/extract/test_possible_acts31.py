"""Acts told as a possibility (``possible_acts``): a guess by someone else about what an actor could, might or may do
codes nothing; the actor's own 'could' is a threat; a plain past act stays."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("possible_acts.tsv")
HOSTILE = ("SANCTION", "COERCE", "ASSAULT", "THREATEN")


def _coded(event_roles, text):
    return {t for t in HOSTILE if event_roles(text, t)}


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_a_third_partys_guess_codes_nothing(event_roles, row):
    assert _coded(event_roles, row["example"]) == set()


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_actors_own_word_is_a_threat(event_roles, row):
    roles = event_roles(row["own"], "THREATEN")
    assert ("source", "Chile") in roles
    assert any(role == "target" for role, _ in roles)  # (Peru, or its ambassador's government)
    assert event_roles(row["own"], "SANCTION") == set()
    assert event_roles(row["own"], "COERCE") == set()


def test_the_actors_pronoun_keeps_the_threat(event_roles):
    roles = event_roles("Chile said it could impose sanctions on Peru.", "THREATEN")
    assert ("source", "Chile") in roles


def test_a_guess_about_an_armed_group_codes_no_attack(event_roles):
    text = "Officials in Lima said the rebels could attack the base."
    assert event_roles(text, "ASSAULT") == set()
    assert event_roles(text, "THREATEN") == set()


def test_the_speaker_threatening_the_subject_is_kept(event_roles):
    roles = event_roles("Peru could face sanctions, the United States said.", "THREATEN")
    assert ("source", "United States") in roles


def test_a_plain_past_act_stays(event_roles):
    roles = event_roles("Chile imposed sanctions on Peru on Monday, analysts said.", "SANCTION")
    assert ("source", "Chile") in roles


def test_the_writers_may_codes_nothing(event_roles):
    assert _coded(event_roles, "Chile may expel the Peruvian ambassador next week.") == set()


def test_a_negated_possibility_is_left_to_the_denial_rules(event_roles):
    assert _coded(event_roles, "Chile could not expel the Peruvian ambassador, analysts said.") == set()
