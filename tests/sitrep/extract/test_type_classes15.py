"""Event-type classes of round 15, from the type confusions on the unseen tuning halves, NewsArticles4 and
devset2: a meeting with a tentative or prospective schedule is still to come (PLOVER 2021: a future meeting is
AGREE), the news headline's bare infinitive ('Chile to send aid') tells what is to come, an act an announcement
tells as under way ('announced that it was suspending the deal') is the act, not a threat, and vowing one's
support is an expression of support (SUPPORT, CAMEO 051), not a promise of future cooperation; the author of the words a
speech act judges ('dismissed the charges levelled by Peru') is its recipient; a CAMEO synonym set that heads a longer
object gives no lexicon rows ('ANNOUNCE: * &SOLUTION OF + TRADE OFFICE'); an expressed feeling with no PLOVER
category is no disapproval ('expressed sympathy with Peru'); another party's obligation told by a speaker is
the speaker's demand whatever the verb ('said Peru should remain calm'); what a decided measure will do is the
measure ('the measures, which will impose tariffs': SANCTION), not a threat."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import dyads


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
        "The Chilean president vowed his full support to Peru after the floods.",
        "Chile vowed its solidarity with the Peruvian government.",
    ],
)
def test_vowing_support_is_support(nlp, text):
    """CAMEO codes 'VOW: * SUPPORT' 051 (praise or endorse: SUPPORT), unlike 'PLEDGE: * SUPPORT' 032 (an intent
    to support: AGREE, kept by tests/sitrep/extract/test_events.py)."""
    types = {c["event_type"] for c in _coded(nlp, text)}
    assert "SUPPORT" in types and "AGREE" not in types


def test_pledging_support_or_vowing_to_act_is_still_a_promise(nlp):
    assert "AGREE" in {c["event_type"] for c in _coded(nlp, "Chile vowed to send engineers to Peru.")}
    assert "AGREE" in {c["event_type"] for c in _coded(nlp, "Chile pledged its full support to Peru.")}


@pytest.mark.parametrize(
    ("text", "etype", "author"),
    [
        ("Chile dismissed the charges levelled by Peru about the fishing fleet.", "REJECT", "Peru"),
        ("Bolivia criticised the plan drawn up by Chile for the river.", "ACCUSE", "Chile"),
        ("Peru welcomed the proposal put forward by Bolivia.", "SUPPORT", "Bolivia"),
    ],
)
def test_the_author_of_what_a_speech_act_judges_is_its_recipient(event_roles, text, etype, author):
    assert ("target", author) in event_roles(text, etype)


def test_a_synonym_set_that_heads_a_longer_object_gives_no_rows():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[3] / "scripts" / "build_triggers.py"
    spec = importlib.util.spec_from_file_location("build_triggers", path)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.lost_context("ANNOUNCE: * &SOLUTION OF + TRADE OFFICE")
    assert build.lost_context("GIVE: * &PKO {GREEN LIGHT}")
    assert not build.lost_context("STRENGTHEN: * &SECURITY (AT EMBASSY)")
    assert not build.lost_context("MOVE: * &MILITARY (INTO +)")
    assert not build.lost_context("ANNOUNCE: * CLOSING (OF EMBASSY)")


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru announced a resolution of their border dispute.",
        "The Chilean minister explained the solution to the Peruvian delegation.",
    ],
)
def test_announcing_a_solution_is_no_sanction(nlp, text):
    assert "SANCTION" not in {c["event_type"] for c in _coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Chile expressed its appreciation to Peru for the rescue.", "SUPPORT"),
        ("Chile expressed sympathy with Peru after the floods.", "SUPPORT"),
        ("The Bolivian minister expressed hope for calm weather at the games.", None),
    ],
)
def test_an_expressed_feeling_is_no_disapproval(nlp, text, etype):
    """CAMEO's empathetic and optimistic comments (018, 013) have no PLOVER category: 'express' does not fall
    back on its default reading (disapproval) for them."""
    types = {c["event_type"] for c in _coded(nlp, text)}
    assert "ACCUSE" not in types and (etype is None or etype in types), types


def _requests(nlp, text: str) -> list[tuple[set[str], set[str]]]:
    return dyads(nlp, text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "speaker", "obliged"),
    [
        ("Bolivia said Peru should remain calm during the election.", "Bolivia", "Peru"),
        ("Chile said Bolivia should come back to the negotiating table.", "Chile", "Bolivia"),
    ],
)
def test_an_obligation_another_party_is_told_of_is_a_demand(nlp, text, speaker, obliged):
    assert any(speaker in src and obliged in tgt for src, tgt in _requests(nlp, text)), _requests(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia said it should remain calm during the election.",
        "The minister said the economy should grow by three percent.",
    ],
)
def test_an_obligation_of_the_speaker_or_of_no_actor_is_no_demand(nlp, text):
    assert _requests(nlp, text) == []


def test_an_act_announced_as_under_way_happens_on_the_day_it_is_told(nlp):
    from datetime import date

    doc = nlp("Bolivia announced on Monday that it was withdrawing its troops from the Peruvian border.")
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 3, 7))
    assert {(c["event_type"], c["event_date"]) for c in cands} == {("RETREAT", "2024-03-04")}


def test_what_a_decided_measure_will_do_is_the_measure_not_a_threat(nlp):
    text = "Growers in Chile fear the Peruvian measures, which will impose tariffs on Chilean fruit."
    types = {c["event_type"] for c in _coded(nlp, text)}
    assert "SANCTION" in types and "THREATEN" not in types, types


def test_what_a_government_says_it_will_impose_is_still_a_threat(nlp):
    assert "THREATEN" in {c["event_type"] for c in _coded(nlp, "Chile said it would impose tariffs on Peruvian fruit.")}
