"""One reading of a plural noun (``singular_forms``) for the agents file's keys, the capitalised plurals the model
leaves whole and the words of a union's name. Invented words and sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.actor_dictionary import agent_sector
from sitrep.extract.member_unions import _words
from sitrep.extract.singular_forms import singular, singular_forms, token_forms


@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("gunmen", "gunman"),
        ("militias", "militia"),
        ("parties", "party"),
        ("churches", "church"),
        ("taxes", "tax"),
        ("nurses", "nurse"),
        ("employees", "employee"),
        ("status", "status"),
        ("press", "press"),
        ("crisis", "crisis"),
        ("ties", "tie"),
        ("gas", "gas"),
    ],
)
def test_the_one_reading_of_a_word(word, one):
    assert singular(word) == one


def test_the_forms_for_a_look_up_hold_every_reading_the_endings_allow():
    assert singular_forms("nurses") == ["nurses", "nurs", "nurse"]
    assert singular_forms("congressmen")[1] == "congressman"
    assert singular_forms("parties")[:2] == ["parties", "party"]
    assert singular_forms("army") == ["army"]


def test_a_tokens_lemma_comes_first(nlp):
    doc = nlp("The rebels freed the hostages.")
    rebels = doc[1]
    assert token_forms(rebels)[0] == "rebel"
    assert "rebel" not in token_forms(rebels)[1:]


def test_a_capitalised_plural_left_whole_still_has_its_singular(nlp):
    doc = nlp("Zubrian Gunmen Storm Ostravian Border Post")
    gunmen = next(t for t in doc if t.lower_ == "gunmen")
    assert "gunman" in token_forms(gunmen)


def test_agent_keys_are_found_through_the_shared_reading():
    assert agent_sector("rebels") == agent_sector("rebel") is not None
    assert agent_sector("policemen") == agent_sector("policeman")


def test_a_unions_name_is_read_word_by_word_in_the_singular():
    assert _words("Ruritanian Coaches' Union") == {"ruritanian", "coach", "union"}
    assert _words("Federation of Nurses") == {"federation", "of", "nurse"}
