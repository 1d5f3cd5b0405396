"""An object shared by two coordinated verbs (round 36, ``raised_objects.py``, ``data/raised_objects.tsv``):
'Germany condemned and sanctioned Iran' condemns Iran too. The first verb must be bare (nothing after it but the
conjunction) and the second must have no subject of its own. Invented sentences through the real spaCy pipeline
and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.raised_objects import sharing_types

ROWS = read_tsv("raised_objects.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['type']}-{r['target']}" for r in ROWS])
def test_the_bare_verb_takes_the_next_verbs_object(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_every_row_names_a_sharing_type():
    assert {r["type"] for r in ROWS} == sharing_types()


def test_a_verb_with_its_own_object_keeps_it(event_roles):
    roles = event_roles("Germany condemned the election and sanctioned Iran on Friday.", "ACCUSE")
    assert ("source", "Germany") in roles
    assert ("target", "Iran") not in roles


def test_a_second_verb_with_its_own_subject_shares_nothing(event_roles):
    roles = event_roles("Germany criticised the plan and France sanctioned Iran on Friday.", "ACCUSE")
    assert ("target", "Iran") not in roles


def test_a_first_verb_with_a_phrase_of_its_own_shares_nothing(event_roles):
    roles = event_roles("Germany protested in Berlin and sanctioned Iran on Friday.", "PROTEST")
    assert ("target", "Iran") not in roles


def test_the_second_verb_keeps_its_object(event_roles):
    assert ("target", "Iran") in event_roles("Germany condemned and sanctioned Iran on Friday.", "SANCTION")
