"""Event-type classes of round 15, from the type confusions on the unseen tuning halves, NewsArticles4 and
devset2: a meeting with a tentative or prospective schedule is still to come (PLOVER 2021: a future meeting is
AGREE), the news headline's bare infinitive ('Chile to send aid') tells what is to come, an act an announcement
tells as under way ('announced that it was suspending the deal') is the act, not a threat, and pledging one's
support is an expression of support (SUPPORT), not a promise of future cooperation."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded as _coded


def _statuses(nlp, text: str, etype: str) -> set[str]:
    return {c["event_status"] for c in _coded(nlp, text) if c["event_type"] == etype}


@pytest.mark.parametrize(
    "text",
    [
        "Aides worked on the details of a tentative summit between Chile and Peru in Lima in May.",
        "Aides worked on the details of a prospective summit between Chile and Peru in Lima.",
    ],
)
def test_a_meeting_with_a_tentative_schedule_is_still_to_come(nlp, text):
    assert _statuses(nlp, text, "CONSULT") == {"planned"}


def test_a_meeting_without_a_schedule_word_took_place(nlp):
    text = "Aides worked on the details of the summit between Chile and Peru in Lima in May."
    assert _statuses(nlp, text, "CONSULT") == {"occurred"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile to send emergency aid to Peru after the floods.", "AID"),
        ('"Peru to provide Bolivia with food aid," the minister added.', "AID"),
    ],
)
def test_a_headline_infinitive_tells_what_is_to_come(nlp, text, etype):
    cands = _coded(nlp, text)
    assert cands and all(c["event_status"] == "planned" or c["event_type"] != etype for c in cands), cands
    assert any(c["event_type"] in {etype, "AGREE"} for c in cands), cands


def test_an_infinitive_of_purpose_is_no_headline(nlp):
    text = "Chile sent emergency aid to Peru on Monday."
    assert _statuses(nlp, text, "AID") == {"occurred"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Chilean government announced that it was suspending the fisheries agreement with Peru.", "SANCTION"),
        ("Bolivia announced on Monday that it was withdrawing its troops from the Peruvian border.", "RETREAT"),
    ],
)
def test_an_act_announced_as_under_way_is_the_act(nlp, text, etype):
    cands = _coded(nlp, text)
    assert etype in {c["event_type"] for c in cands} and "THREATEN" not in {c["event_type"] for c in cands}


def test_an_act_announced_as_to_come_is_still_a_threat(nlp):
    text = "The Chilean government announced that it would suspend the fisheries agreement with Peru."
    assert "THREATEN" in {c["event_type"] for c in _coded(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president pledged his full support to Peru after the floods.",
        "Chile vowed its solidarity with the Peruvian government.",
    ],
)
def test_pledging_support_is_support(nlp, text):
    types = {c["event_type"] for c in _coded(nlp, text)}
    assert "SUPPORT" in types and "AGREE" not in types


def test_pledging_to_act_is_still_a_promise(nlp):
    assert "AGREE" in {c["event_type"] for c in _coded(nlp, "Chile pledged to send engineers to Peru.")}
