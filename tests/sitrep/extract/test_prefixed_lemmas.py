"""Prefixed irregular verbs get their lemma from the lemmatizer's own exception table ('retook' -> 'retake')."""

from __future__ import annotations

import pytest

from sitrep.extract.prefixed_lemmas import PrefixedLemmas
from tests.sitrep.extract.coding import types


@pytest.fixture(scope="module")
def component(nlp) -> PrefixedLemmas:
    return nlp.get_pipe("sitrep_prefixed_lemmas")


@pytest.mark.parametrize(
    ("form", "lemma"), [("retook", "retake"), ("foresaw", "foresee"), ("overtook", "overtake"), ("outgrew", "outgrow")]
)
def test_a_prefix_before_an_irregular_past_keeps_the_stems_lemma(component, form, lemma):
    assert component.lemma(form) == lemma


@pytest.mark.parametrize("form", ["resent", "rebound", "reread", "outlast", "retake"])
def test_verbs_of_their_own_and_regular_or_base_forms_are_left_alone(component, form):
    assert component.lemma(form) is None


def test_the_parsed_past_form_carries_the_lemma(nlp):
    doc = nlp("Rebel forces retook the border town of Vello on Monday.")
    assert next(t.lemma_ for t in doc if t.text == "retook") == "retake"


def test_retaking_a_town_told_in_the_simple_past_is_a_seizure(nlp):
    assert "ASSAULT" in types(nlp, "Government troops retook the northern town of Vello from the rebels.")
