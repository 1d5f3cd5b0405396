"""Event-type classes of round 20, from the type confusions on the unseen tuning halves, NewsArticles4, devset2,
the GSR tuning half and the PLOVER manual's rulings: an apology, however it is delivered ('apologized', 'offered
an apology', 'issued an apology'), is an expression of regret (the manual's CONCEDE, not SUPPORT)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import types


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian defence ministry apologized to Freedonia for the stray artillery round.",
        "The harbour authority apologised to fishermen whose boats were damaged by the dredger.",
        "Freedonia's foreign minister offered an apology to Ruritania for the arrest of its consul.",
        "The Ruritanian border police issued an apology for the shooting of a farmer.",
        "The governor extended her apologies to the families of the miners.",
    ],
)
def test_an_apology_is_a_concession(nlp, text):
    found = types(nlp, text)
    assert "CONCEDE" in found, found
    assert "SUPPORT" not in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The opposition demanded an apology from the Ruritanian defence minister.",
        "Freedonia asked Ruritania for an apology over the stray artillery round.",
    ],
)
def test_a_demanded_apology_is_no_concession(nlp, text):
    found = types(nlp, text)
    assert "CONCEDE" not in found, found
