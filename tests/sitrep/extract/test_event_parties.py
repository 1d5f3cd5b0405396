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


def _parties(nlp, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    from sitrep.extract import entities
    from sitrep.extract.event_candidates import doc_event_candidates

    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m["surface"] for m in ments}
    return [
        (c["event_type"], [(by_idx.get(p.get("mention_idx"), p.get("surface")), p["role"]) for p in c["participants"]])
        for c in doc_event_candidates(doc, ments, None)
    ]


def test_the_subject_of_a_scheduled_meeting_is_its_source(nlp):
    """'X is expected / scheduled to meet Y': X, the passive subject of the schedule verb, is the one who meets."""
    coded = _parties(nlp, "Syldavian Prime Minister Ana Lopes is scheduled to visit Borduria next week.")
    assert coded == [("CONSULT", [("Ana Lopes", "source"), ("Borduria", "target")])]


def test_a_meeting_between_two_leaders_has_them_as_its_only_parties(nlp):
    coded = _parties(
        nlp,
        "Syldavia looks forward to the meeting between President Ana Lopes and Bordurian leader Karl Braun, "
        "minister Tomas Weber said.",
    )
    meeting = [parts for etype, parts in coded if etype == "CONSULT"]
    assert meeting and {name for name, _ in meeting[0]} == {"Ana Lopes", "Karl Braun"}


def test_the_owner_of_a_relative_is_no_party(nlp):
    coded = _parties(nlp, "Maria Olsen's parents accused Syldavian President Karl Braun of lying about the crash.")
    assert all("Maria Olsen" not in [name for name, _ in parts] for _, parts in coded)
