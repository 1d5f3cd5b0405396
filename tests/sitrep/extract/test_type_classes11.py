"""Event classes of round 11: armed forces leaving a place withdraw (RETREAT), a crowd named by its size that
tells what it protests is protesters (PROTEST), a speech act told as a participle beside another act is an act
of its own, a possessed role noun with its holder named in apposition is that holder, and condolences offered
are no promise."""

from __future__ import annotations

import pytest

from sitrep.extract import crowd_protests, entities, event_departures, events
from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import types as _types


def _target_surfaces(nlp, text: str, etype: str) -> set[str]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return {
        ments[p["mention_idx"]]["surface"]
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
        for p in c["participants"]
        if p["role"] == "target" and p.get("mention_idx") is not None
    }


@pytest.mark.parametrize("text", event_departures.vocab()["examples"])
def test_armed_forces_leaving_a_place_withdraw(nlp, text):
    assert ("RETREAT", "withdraw") in {(c["event_type"], c["event_mode"]) for c in _coded(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The minister left Paris on Monday.",
        "The soldiers left their weapons behind.",
        "The tourists left the town after the storm.",
    ],
)
def test_leaving_by_others_or_leaving_things_is_no_withdrawal(nlp, text):
    assert "RETREAT" not in _types(nlp, text)


@pytest.mark.parametrize("text", crowd_protests.vocab()["examples"])
def test_a_crowd_that_tells_what_it_protests_is_protesters(nlp, text):
    protests = [c for c in _coded(nlp, text) if c["event_type"] == "PROTEST"]
    assert protests and any(
        p["role"] == "source" and p.get("group") == "protesters" for c in protests for p in c["participants"]
    ), protests


@pytest.mark.parametrize("text", crowd_protests.vocab()["counterexamples"])
def test_a_crowd_that_protests_nothing_is_no_protest(nlp, text):
    assert "PROTEST" not in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya expelled two Ugandan diplomats, accusing them of spying.", "ACCUSE"),
        ("The envoy met the rebel leaders on Monday, pressing them to accept the ceasefire.", "REQUEST"),
        ("Uganda protested to Kenya, demanding the return of its fishermen.", "REQUEST"),
        ("The foreign minister ordered an inquiry, urging the governor to protect the students.", "REQUEST"),
    ],
)
def test_a_speech_act_told_as_a_participle_beside_another_act_is_coded(nlp, text, etype):
    assert etype in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("The Kenyan president phoned his Ugandan counterpart, Paul Kato, on Monday.", "CONSULT", "Paul Kato"),
        ("The Kenyan president criticised his Ugandan counterpart, Paul Kato, on Monday.", "ACCUSE", "Paul Kato"),
        ("The minister accused his predecessor, Paul Kato, of corruption.", "ACCUSE", "Paul Kato"),
        (
            "French President Jacques Morel phoned his Polish counterpart, Jan Kowalski, on Tuesday.",
            "CONSULT",
            "Jan Kowalski",
        ),
        (
            "Latvian President Juris Ozols phoned his Estonian counterpart, Kalev Tamm on Friday.",
            "CONSULT",
            "Kalev Tamm",
        ),
    ],
)
def test_a_possessed_role_named_in_apposition_is_the_target(nlp, text, etype, target):
    surfaces = _target_surfaces(nlp, text, etype)
    assert any(target.split()[-1] in s for s in surfaces), surfaces


@pytest.mark.parametrize(
    "text",
    [
        "The minister offered his sympathy to the families of the victims.",
        "The king offered his congratulations to the new president.",
    ],
)
def test_condolences_offered_are_no_promise(nlp, text):
    assert "AGREE" not in _types(nlp, text)


def test_a_participle_continuing_an_accusations_list_is_no_act_of_its_own(nlp):
    text = (
        "The watchdog accused the Kenyan government of jailing reporters, ignoring court rulings and silencing critics."
    )
    assert "REJECT" not in _types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania rejected the proposal, urging its neighbour to sign the regional pact instead.",
        "About 300 supporters blocked roads in Nairobi demanding that the leader be reinstated.",
    ],
)
def test_what_a_protest_or_a_refusal_demands_beside_it_is_its_content(nlp, text):
    assert "REQUEST" not in _types(nlp, text)
