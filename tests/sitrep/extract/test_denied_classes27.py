"""A subject that denies the whole class ('neither ... nor', 'no') leaves no act reported, also for the participle
on a noun of its clause (sentences of our own, through the real pipeline); the same acts told of someone stay."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import type_list


@pytest.fixture(scope="module")
def coded(nlp):
    """text -> the PLOVER categories coded in it."""

    return lambda text: type_list(nlp, text)


@pytest.mark.parametrize(
    "text,etype",
    [
        ("Neither the president nor any of his aides ever ordered surveillance on the journalists.", "REQUEST"),
        ("Neither Ruritania nor Freedonia attacked the rebels.", "ASSAULT"),
        ("No aide obstructed any inquiry led by the Ruritanian police.", "ACCUSE"),
    ],
)
def test_a_denied_class_reports_no_act(coded, text, etype):
    assert etype not in coded(text)


@pytest.mark.parametrize(
    "text,etype",
    [
        ("The president ordered surveillance on the journalists.", "REQUEST"),
        ("Ruritania attacked the rebels.", "ASSAULT"),
        ("The aide obstructed an inquiry led by the Ruritanian police.", "ACCUSE"),
        ("Ruritania, not Freedonia, attacked the rebels.", "ASSAULT"),
    ],
)
def test_the_act_told_of_someone_stays(coded, text, etype):
    assert etype in coded(text)
