"""Actor classes of round 21 (development samples 2323, 2121, 2020, 1919), each checked on sentences of our own.

- the people a verb of bodily harm is done to, named by a common noun no group list holds ('stabbed his love
  rival', 'shot his wife and two children', 'two teenagers were stabbed by a gang'), are its target when the
  doer is named: Phoenix's people in general (``event_arg_victims``, ``data/harm_verbs.tsv``); a killing told
  only by its victims, or an attack on a thing, gains no target;
- a compound the agents file lists with its head as one thing ('fighter jets', 'fighter planes') names no owner:
  'fighter' alone is militants, 'fighter jets' are aircraft (``event_arg_phrases._whole``).
"""

import pytest

from sitrep.extract import event_triggers
from tests.sitrep.extract.coding import role_words, types


@pytest.mark.parametrize("row", event_triggers.read_tsv("harm_verbs.tsv"), ids=lambda r: r["lemma"])
def test_each_harm_verb_codes_the_people_hurt_as_target(nlp, row):
    assert role_words(nlp, row["example"], "ASSAULT", "target"), row


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("A Ruritanian soldier who abducted and stabbed his love rival has been jailed.", "rival"),
        ("A gunman shot his wife and two children in Tarsia before police arrived.", "wife"),
        ("Her son was shot by a police officer in Tarsia on Sunday.", "son"),
        ("Two teenagers were stabbed by a gang in Tarsia.", "teenagers"),
        ("About 80 people were killed as police clashed with strikers in Tarsia.", "people"),
    ],
)
def test_the_people_hurt_are_the_target(nlp, text, victim):
    assert victim in role_words(nlp, text, "ASSAULT", "target")


def test_people_hurt_by_no_named_doer_code_no_attack(nlp):
    assert "ASSAULT" not in types(nlp, "Three people were killed in the crash on the coast road.")


def test_an_attack_on_a_thing_gains_no_people(nlp):
    assert role_words(nlp, "Rebels attacked the convoy near Tarsia.", "ASSAULT", "target") <= {"Tarsia"}


@pytest.mark.parametrize(
    "text", ["Fighter jets struck close to the hospital in Tarsia.", "Fighter planes bombed the market in Tarsia."]
)
def test_fighter_jets_are_no_militants(nlp, text):
    assert "Fighter" not in role_words(nlp, text, "ASSAULT", "source")


def test_fighters_stay_militants(nlp):
    assert role_words(nlp, "Fighters shelled the outskirts of Tarsia.", "ASSAULT", "source") == {"Fighters"}


def test_the_place_an_attack_falls_in_stays_beside_the_people_hurt(event_roles):
    roles = event_roles("The militia slaughtered his neighbours in Tarsia.", "ASSAULT")
    assert ("target", "civilians") in roles and ("source", "militants") in roles, roles
