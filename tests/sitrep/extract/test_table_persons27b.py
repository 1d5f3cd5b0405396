"""Full names the actor tables list as persons are PERSON mentions wherever the small model leaves them untagged
or mislabels them (round 27b, ``table_persons``); the surname elsewhere in the article follows. Invented places,
people and organisations around listed names, through the real spaCy pipeline."""

from __future__ import annotations

import pytest

from sitrep.extract import entities


def _mentions(nlp, text: str) -> set[tuple[str, str]]:
    return {(m["surface"], m["label"]) for m in entities.doc_mentions(nlp(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alexei Navalny was jailed by a court.", "Alexei Navalny"),  # untagged in a short sentence
        ("A court in Vostograd jailed Alexei Navalny.", "Alexei Navalny"),
        ("Olaf Scholz will travel to Vostograd.", "Olaf Scholz"),  # the model's ORG
    ],
)
def test_listed_full_name_is_a_person(nlp, text, name):
    assert (name, "PERSON") in _mentions(nlp, text)


def test_surname_follows_the_listed_name(nlp):
    text = "Ruritanian police detained Alexei Navalny and Kiril Dobranov on Sunday. Navalny had called the protests."
    found = _mentions(nlp, text)
    assert {("Alexei Navalny", "PERSON"), ("Navalny", "PERSON"), ("Kiril Dobranov", "PERSON")} <= found


@pytest.mark.parametrize(
    ("text", "longer"),
    [
        ("The Theresa May Foundation criticised the Vostograd plan.", "Theresa May Foundation"),
        ("Olaf Scholz Street in Vostograd was closed.", "Olaf Scholz Street"),
    ],
)
def test_a_longer_name_is_left_alone(nlp, text, longer):
    found = _mentions(nlp, text)
    assert not any(label == "PERSON" and surface in longer for surface, label in found)


def test_jailed_listed_name_is_the_target(event_roles):
    assert ("target", "Alexei Navalny") in event_roles("Alexei Navalny was jailed by a court in Vostograd.", "COERCE")
