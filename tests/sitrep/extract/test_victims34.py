"""The people an attack hurts are its targets, not the place it happened in, and they are so also when only an
unnamed attacker is its source (round 34, ``unnamed_doer_victims``): 'attacked a hotel in X, killing 12 guests'
codes the guests, of X's country, not X; 'a grocer was stabbed outside his shop in X' codes the grocer. Invented
sentences through the real spaCy pipeline and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import event_parts

ROWS = read_tsv("unnamed_doer_victims.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["example"][:40] for r in ROWS])
def test_the_victims_are_the_target_instead_of_the_place(nlp, row):
    parts = event_parts(nlp, row["example"])
    group, iso3 = row["target"].split(":")
    assert ("source", row["source"]) in {(r, s) for r, s, _ in parts}, parts
    assert ("target", group, iso3) in parts, parts
    assert all(s != row["place"] for r, s, _ in parts if r == "target"), parts


def test_an_attack_that_hurts_nobody_keeps_its_place(nlp):
    parts = event_parts(nlp, "Rebels shelled the town of Idlib on Sunday.")
    assert ("target", "Idlib") in {(r, s) for r, s, _ in parts}, parts


def test_a_disaster_that_kills_is_no_attack(nlp):
    assert event_parts(nlp, "The storm hit the coast of Dhaka, killing ten people.") == []


def test_named_victims_keep_their_own_reading(event_roles):
    roles = event_roles("Militiamen beat a farmer in Goma on Sunday.", "ASSAULT")
    assert ("source", "militants") in roles and ("target", "farmers") in roles, roles


def test_a_verb_default_keeps_its_event_when_the_victims_take_the_places_side(nlp):
    parts = event_parts(nlp, "The militia slaughtered three shepherds in Goma.")
    assert ("target", "civilians", "COD") in parts, parts
    assert ("target", "Goma") not in {(r, s) for r, s, _ in parts}, parts
