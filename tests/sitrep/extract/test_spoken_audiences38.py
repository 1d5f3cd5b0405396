"""The news medium an act of words was made on or to is no target (``spoken_audiences``): 'praised the firefighters
on television' praises the firefighters, not the media; a medium asked to act, or a body a speech asks to act,
stays a target."""

import pytest

from sitrep.extract.spoken_audiences import examples, medium_phrase

ROWS = [r for r in examples() if r["kind"] != "aim"]
AIMS = [r for r in examples() if r["kind"] == "aim"]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['prep']}-{r['word']}" for r in ROWS])
def test_the_medium_is_no_target(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert roles, "the act is coded"
    targets = {name for role, name in roles if role == "target"}
    assert row["dropped"] not in targets
    if row["kept"]:
        assert row["kept"] in targets


def test_a_medium_asked_to_act_stays_the_target(event_roles):
    roles = event_roles("The Ruritanian president urged state television to stop airing the protests.", "REQUEST")
    assert ("target", "media") in roles


def test_lawmakers_a_speech_asks_to_act_stay_the_target(event_roles):
    text = "In a speech to lawmakers, the Ruritanian prime minister urged them to pass the budget."
    roles = event_roles(text, "REQUEST")
    assert ("target", "legislators") in roles


def test_journalists_praised_stay_the_target(event_roles):
    roles = event_roles("The Ruritanian minister praised journalists for their courage.", "SUPPORT")
    assert ("target", "journalists") in roles


def test_a_medium_on_a_noun_is_no_medium_phrase(nlp):
    doc = nlp("The Ruritanian regulator lifted the ban on Twitter on Monday.")
    twitter = next(t for t in doc if t.text == "Twitter")
    assert not medium_phrase(twitter)


def test_a_medium_on_a_verb_is_a_medium_phrase(nlp):
    doc = nlp("The Ruritanian president criticized Borduria on state television.")
    assert medium_phrase(next(t for t in doc if t.text == "television"))


def test_lawmakers_a_letter_asks_to_act_stay_the_target(event_roles):
    roles = event_roles("The Ruritanian minister wrote to lawmakers, urging them to pass the budget.", "REQUEST")
    assert ("target", "legislators") in roles


def test_journalists_asked_in_a_speech_to_the_press_stay_the_target(event_roles):
    text = "The Ruritanian minister gave a speech to the press, urging journalists to respect privacy."
    assert ("target", "journalists") in event_roles(text, "REQUEST")


@pytest.mark.parametrize("row", AIMS, ids=[r["word"] for r in AIMS])
def test_a_medium_blame_is_laid_on_stays_the_target(event_roles, row):
    assert ("target", row["kept"]) in event_roles(row["example"], row["type"])
