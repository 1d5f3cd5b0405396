"""Named places as parties: states, capitals, seats and regions act; cities, counties, streets and buildings
do not (they stay targets of acts done to a place)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_parties


def _m(idx: int, surface: str, label: str) -> dict:
    return {"idx": idx, "surface": surface, "label": label}


@pytest.mark.parametrize(
    ("surface", "label", "local"),
    [
        ("Munich", "GPE", True),
        ("Ventura County", "GPE", True),
        ("Grafton Street", "LOC", True),
        ("the Olympic Stadium", "FAC", True),
        ("Germany", "GPE", False),
        ("Moscow", "GPE", False),  # a capital stands for its state
        ("Kremlin", "FAC", False),  # a seat of government
        ("Westminster", "GPE", False),
        ("California", "GPE", False),  # a region with a government
        ("Acme Holdings", "ORG", False),
    ],
)
def test_local_places(surface, label, local):
    assert event_parties.is_local_place(_m(0, surface, label)) is local


def _cand(etype: str, *parts: tuple[int, str]) -> dict:
    return {"event_type": etype, "participants": [{"mention_idx": i, "role": r} for i, r in parts]}


MENTIONS = [_m(0, "Maria Olsen", "PERSON"), _m(1, "Munich", "GPE"), _m(2, "Austria", "GPE")]


def test_a_city_is_no_speaker_and_no_addressee():
    assert event_parties.keep_parties(_cand("ACCUSE", (1, "source"), (2, "target")), MENTIONS) is None
    trimmed = event_parties.keep_parties(_cand("ACCUSE", (0, "source"), (1, "target")), MENTIONS)
    assert trimmed["participants"] == [{"mention_idx": 0, "role": "source"}]


def test_a_city_stays_the_target_of_an_attack():
    cand = _cand("ASSAULT", (2, "source"), (1, "target"))
    assert event_parties.keep_parties(cand, MENTIONS) is cand
    assert event_parties.keep_parties(_cand("ASSAULT", (1, "source"), (2, "target")), MENTIONS)["participants"] == [
        {"mention_idx": 2, "role": "target"}
    ]
