"""A warrant issued is legal action (COERCE arrest, CAMEO 173), no request; ruling out a cause of what happened
('ruled out foul play', 'terrorism as the motive') is an investigative finding, no rejection of a party
(sentences of our own, through the real pipeline)."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import type_list


@pytest.fixture(scope="module")
def coded(nlp):
    """text -> the PLOVER categories coded in it."""

    return lambda text: type_list(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A Freedonian judge issued a warrant for the opposition leader's arrest on Monday.",
        "The Ruritanian court issued an arrest warrant for the former minister.",
    ],
)
def test_an_issued_warrant_is_coercion(coded, text):
    found = coded(text)
    assert "COERCE" in found and "REQUEST" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police ruled out terrorism as the motive for the shooting in the Ruritanian capital.",
        "Freedonian investigators have ruled out sabotage in the crash of the cargo plane.",
    ],
)
def test_a_cause_ruled_out_is_no_rejection(coded, text):
    assert "REJECT" not in coded(text)


def test_a_proposal_ruled_out_stays_a_rejection(coded):
    assert "REJECT" in coded("The Ruritanian government ruled out talks with the rebels.")
