"""Doer phrases of event nouns (``noun_doers``): 'a demand from X', 'a threat by X' name who made the demand or
the threat (the event's source), and a target phrase the parser hangs on that doer ('a warning from X to Y')
names the target, not part of the doer."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("noun_doers.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['prep']}-{r['plover']}-{i}" for i, r in enumerate(ROWS)])
def test_the_doer_phrase_is_the_source(event_roles, row):
    roles = event_roles(row["example"], row["plover"])
    assert ("source", row["source"]) in roles
    if row["target"]:
        assert ("target", row["target"]) in roles
        assert ("source", row["target"]) not in roles


def test_a_possessive_doer_comes_first(event_roles):
    roles = event_roles("Chile's threat against Uganda came on Monday.", "THREATEN")
    assert roles == {("source", "Chile"), ("target", "Uganda")}


def test_an_attack_from_a_place_is_no_doer(event_roles):
    roles = event_roles("An attack from Chile killed nine soldiers.", "ASSAULT")
    assert ("source", "Chile") not in roles


def test_a_warning_that_tells_a_threatened_act_has_its_doer(event_roles):
    text = "Traders panicked after a warning from Kenya that it could close the border crossings."
    assert ("source", "Kenya") in event_roles(text, "THREATEN")
