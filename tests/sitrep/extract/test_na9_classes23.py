"""Classes read from the tuning half of NewsArticles 9, each tested on sentences of our own."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import dyads, types


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's prime minister kicked off the two-year process of the country's exit talks on Monday.",
        "The president kicked off his campaign in Lima on Monday.",
        "Talks between the two unions broke down on Monday.",
    ],
)
def test_a_phrasal_verb_coding_nothing_is_not_its_bare_verbs_event(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


def test_the_bare_verb_keeps_its_event(nlp):
    assert "ASSAULT" in types(nlp, "Soldiers kicked the detained protesters in Lima on Monday.")


def test_a_listed_phrasal_verb_with_curated_objects_keeps_them(nlp):
    assert "REJECT" in types(nlp, "The Supreme Court of Peru struck down the law on Monday.")


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Burundi withdrew from the International Criminal Court on Friday.", "International Criminal Court"),
        ("Ruritania began its withdrawal from the Andean Union on Friday.", "Andean Union"),
        (
            "Prime Minister Ana Ruiz kicked off the process of Ruritania's withdrawal from the trade bloc on Monday.",
            None,
        ),
    ],
)
def test_leaving_an_organisation_is_a_sanction(nlp, text, left):
    assert "SANCTION" in types(nlp, text), text
    assert "RETREAT" not in types(nlp, text), text
    if left:
        assert any(left in tar for _, tar in dyads(nlp, text, "SANCTION"))


def test_withdrawing_from_a_place_stays_a_retreat(nlp):
    found = types(nlp, "Russia withdrew its troops from Syria on Friday.")
    assert "RETREAT" in found and "SANCTION" not in found
