"""Expelling diplomats, told in any form, is PLOVER SANCTION expel (the manual: 'aside from the expulsion of
ambassadors or similar diplomats', expelling individuals is COERCE deport); an ultimatum with a time span is
THREATEN; a decision told in the present reports the act. Sentences of our own, through the real matcher."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, event_triggers, events


def _readings(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    doc = nlp(text)
    found = event_triggers.find_triggers(doc, event_triggers.build_matcher(doc.vocab))
    return {t.token.text: (event_triggers.coded_type(t)[0], t.reading.mode) for t in found}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta deported the consul of Freedonia on Monday.", "deported"),
        ("The ministry told a Ruritanian diplomat in the port to leave the country.", "told"),
        ("The expulsion of two Ruritanian attaches angered the capital.", "expulsion"),
        ("The ministry announced the expulsion of the Freedonian ambassador.", "announced"),
        ("The cabinet ordered the expulsion of three envoys from the island.", "ordered"),
        ("The government expelled Karl Vance, a diplomat, on Monday.", "expelled"),
    ],
)
def test_a_diplomat_expelled_in_any_form_is_sanction_expel(nlp, text, trigger):
    assert _readings(nlp, text)[trigger] == ("SANCTION", "expel")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The school expelled the foreign students.", "expelled"),
        ("The expulsion of the foreign reporters drew wide criticism.", "expulsion"),
        ("The authorities told the foreign reporters to leave the province.", "told"),
    ],
)
def test_other_expulsions_of_individuals_stay_coerce_deport(nlp, text, trigger):
    assert _readings(nlp, text)[trigger] == ("COERCE", "deport")


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet has declared Harbour-based diplomat Karl Vance persona non grata.",
        "The government declared Karl Vance, the consul in Harbourtown, persona non grata.",
        "Ruritania has declared the Port-based diplomat Karl Vance persona non grata.",
        "Freedonia declared him persona non grata after the affair.",
        "Two Freedonian attaches were declared persona non grata by the ministry.",
    ],
)
def test_declaring_someone_persona_non_grata_is_an_expulsion_however_it_is_parsed(nlp, text):
    assert _readings(nlp, text)["declared"] == ("SANCTION", "expel")


def test_a_declaration_that_names_no_fixed_phrase_is_no_expulsion(nlp):
    assert "declared" not in _readings(nlp, "The board declared the old harbour a protected site.")


@pytest.mark.parametrize(
    "text",
    [
        "The council gave the rebel commanders one week to surrender their weapons.",
        "The alliance gave the garrison 48 hours to surrender the fort.",
        "The union gave the cabinet until Friday to reinstate the dismissed judges.",
    ],
)
def test_an_ultimatum_with_a_time_span_is_a_threat(nlp, text):
    assert _readings(nlp, text)["gave"][0] == "THREATEN"


def test_giving_aid_or_help_with_a_time_adverbial_is_no_ultimatum(nlp):
    assert _readings(nlp, "The donors gave aid to the earthquake victims last week.")["gave"][0] == "AID"
    help_given = _readings(nlp, "The senator gave the opposition plenty of help last week to call for an inquiry.")
    assert help_given.get("gave", ("",))[0] != "THREATEN"


def test_a_decision_told_in_the_present_reports_the_act_and_a_future_one_does_not(nlp):
    def coded(text):
        doc = nlp(text)
        return {c["event_type"] for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), None)}

    assert "SANCTION" in coded("Chile decides to expel two Peruvian diplomats over the spying case.")
    assert "SANCTION" not in coded("Chile will decide next month whether to expel two Peruvian diplomats.")
