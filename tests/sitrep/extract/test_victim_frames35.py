"""The people an attack hurt told in the attack noun's own clause ('a bombing in X which killed 13 people') or as
the subject of a passive with no doer whose only target is where it happened ('were executed at a prison near X')
are its target (round 35, ``victim_frames``). Invented sentences through the real spaCy pipeline and the event
extraction; the frames are ``data/victim_frames.tsv``."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import event_parts

ROWS = read_tsv("victim_frames.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["example"][:40] for r in ROWS])
def test_the_people_hurt_are_the_target(nlp, row):
    parts = event_parts(nlp, row["example"])
    group, iso3 = row["target"].split(":")
    assert ("target", group, iso3) in parts, parts
    if row["source"] != "-":
        assert ("source", row["source"]) in {(r, s) for r, s, _ in parts}, parts
    assert all(s != row["gone"] for r, s, _ in parts if r == "target"), parts


def test_a_who_clause_tells_of_a_person_not_of_the_attack(nlp):
    parts = event_parts(nlp, "Militants attacked the man who killed three soldiers in Mosul.")
    assert ("target", "military", "IRQ") not in parts, parts


def test_a_passive_with_a_doer_keeps_its_reading(event_roles):
    roles = event_roles("Two farmers were shot by soldiers near Mosul.", "ASSAULT")
    assert ("source", "military") in roles and ("target", "farmers") in roles, roles


def test_an_attack_that_hurt_nobody_keeps_its_place(nlp):
    parts = event_parts(nlp, "Rebels claimed a bombing in Kabul which damaged a bridge.")
    assert ("target", "Kabul") in {(r, s) for r, s, _ in parts}, parts
