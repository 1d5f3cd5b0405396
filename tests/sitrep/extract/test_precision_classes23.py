"""Precision classes of round 23 (invented sentences, through the real spaCy pipeline)."""

import json

import pytest

from sitrep.extract import entities, entity_vocab

VOCAB = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))
AGREEMENT = VOCAB["agreement_nouns"]


def _surfaces(nlp, text: str) -> list[str]:
    return [m["surface"] for m in entities.doc_mentions(nlp(text))]


@pytest.mark.parametrize("word", sorted(AGREEMENT["words"]))
def test_a_place_an_agreement_is_named_after_is_no_actor(nlp, word):
    """'Peru would leave the Lima accord': Lima is where it was signed, not a party; 'the Lima office' keeps it."""
    name = AGREEMENT["name"]
    assert name not in _surfaces(nlp, AGREEMENT["example"].replace("{Word}", word.capitalize()))
    assert name in _surfaces(nlp, AGREEMENT["example"].replace("{Word}", "office"))


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Trump said he would cancel the Paris Agreement.", "Paris", "Trump"),
        ("The US pulled out of the Paris climate accord on Thursday.", "Paris", "US"),
        ("Israel and the PLO signed the Oslo Accords in 1993.", "Oslo Accords", "Israel"),
        ("Ukraine said Russia had violated the Minsk agreement.", "Minsk", "Russia"),
    ],
)
def test_agreement_names_leave_no_actor(nlp, text, gone, kept):
    surfaces = _surfaces(nlp, text)
    assert gone not in surfaces and kept in surfaces, surfaces


def test_countries_before_an_agreement_noun_stay_parties(nlp):
    surfaces = _surfaces(nlp, "The US-Iran agreement was signed in Vienna.")
    assert {"US", "Iran", "Vienna"} <= set(surfaces), surfaces


# --- prizes and titles won: no seizure of the prize, no praise by whoever hands it over ------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The writer Li Wen grabbed the 2019 Golden Pen Prize from the University of Lima in May.", "COERCE"),
        ("Tomas Vell snatched the world title from Ana Vega on Sunday.", "COERCE"),
        ("Maria Soto seized the world title from Ana Vega on Sunday.", "COERCE"),
        ("Li Wen won a literature prize from the University of Lima.", "SUPPORT"),
    ],
)
def test_prizes_and_titles_won_are_no_event(event_roles, text, etype):
    assert not event_roles(text, etype)


@pytest.mark.parametrize(
    ("text", "etype", "role"),
    [
        ("Soldiers grabbed the rifles from the gunmen near Lima.", "COERCE", ("source", "military")),
        ("Rebels seized the town from the army on Monday.", "ASSAULT", ("source", "rebels")),
    ],
)
def test_seizures_of_weapons_and_places_stay(event_roles, text, etype, role):
    assert role in event_roles(text, etype)
