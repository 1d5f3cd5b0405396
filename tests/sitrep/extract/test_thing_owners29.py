"""A report or statement a speaker gave 'in' a verb of saying is that speaker's: an act about it told later ('the
ministry rejected the report') is aimed at the speaker (``thing_owners``, ``saying`` rows; sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import thing_owners

ROWS = thing_owners.examples("saying")


def test_every_verb_of_saying_has_an_example():
    assert len(ROWS) >= 8 and all(r["example"] and r["target"] for r in ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_every_example_targets_the_speaker(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_a_statement_told_in_a_fronted_phrase(event_roles):
    text = (
        "In a statement on Monday, the Pentagon said no civilians were hurt. Villagers disagreed. "
        "Local officials rejected the statement."
    )
    assert ("target", "Pentagon") in event_roles(text, "REJECT")


def test_a_report_with_its_own_owner_keeps_it(event_roles):
    text = (
        "Oxfam said in a report on Monday that the camps lacked water. Aid had been cut in May. "
        "The Greek government criticised Amnesty International's report."
    )
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Amnesty International") in roles and ("target", "Oxfam") not in roles


def test_a_new_report_refers_back_to_nothing(event_roles):
    text = (
        "Oxfam said in a report on Monday that the camps lacked water. Aid had been cut in May. "
        "The Greek government criticised a report on the islands."
    )
    assert ("target", "Oxfam") not in event_roles(text, "ACCUSE")


def test_a_thing_said_in_another_kind_of_phrase_is_no_report(event_roles):
    text = (
        "Oxfam said in an interview on Monday that the camps lacked water. Aid had been cut in May. "
        "The Greek government criticised the report."
    )
    assert ("target", "Oxfam") not in event_roles(text, "ACCUSE")


def test_a_speaker_who_only_hears_a_report_made_none(event_roles):
    text = (
        "The minister was told in a report that the camps lacked water. Aid had been cut in May. "
        "The Greek government criticised the report."
    )
    assert not any(role == "target" for role, _ in event_roles(text, "ACCUSE"))
