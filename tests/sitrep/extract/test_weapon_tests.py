"""Weapons tests and verbal opposition: a missile fired at no one is a show of force (MOBILIZE weapons), one fired
at someone an attack; 'spoke out against' is criticism, not a conversation; a strike called 'on Monday' is no
phrasal 'call on'. Sentences of our own."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.extract.events import doc_event_candidates

DATA = Path(__file__).parents[3] / "sitrep" / "extract" / "data" / "weapon_tests.json"


def _types(analyse, text: str) -> dict[str, list[dict]]:
    doc, ments = analyse(text)
    out: dict[str, list[dict]] = {}
    for c in doc_event_candidates(doc, ments, date(2024, 5, 9)):
        out.setdefault(c["event_type"], []).append(c)
    return out


@pytest.mark.parametrize("row", json.loads(DATA.read_text(encoding="utf-8"))["examples"], ids=lambda r: r["text"])
def test_each_weapon_test_example(analyse, row):
    coded = _types(analyse, row["text"])
    assert row["type"] in coded, (row, list(coded))
    other = {"MOBILIZE": "ASSAULT", "ASSAULT": "MOBILIZE"}[row["type"]]
    assert other not in coded


def test_a_weapons_test_has_no_recipient_and_the_weapons_mode(analyse):
    coded = _types(analyse, "Chile fired a ballistic missile into the gulf from Arica early on Sunday.")
    (test,) = coded["MOBILIZE"]
    assert test["event_mode"] == "weapons"
    assert not [p for p in test["participants"] if p["role"] == "target"]


def test_a_missile_fired_into_a_state_is_an_attack(analyse):
    assert "ASSAULT" in _types(analyse, "The militia fired two rockets into Peru on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian foreign ministry spoke out against the border wall on Monday.",
        "Three senators spoke against the new mining code.",
    ],
)
def test_speaking_against_is_criticism_not_a_meeting(analyse, text):
    coded = _types(analyse, text)
    assert "ACCUSE" in coded and "CONSULT" not in coded


def test_speaking_with_someone_is_still_no_criticism(analyse):
    assert "ACCUSE" not in _types(analyse, "The Peruvian minister spoke with her Chilean counterpart on Monday.")


def test_a_strike_called_on_a_weekday_is_a_strike(analyse):
    assert "PROTEST" in _types(analyse, "The dockers' unions called a general strike on Thursday.")
