"""A subject that denies the whole class ('neither ... nor', 'no') leaves no act reported, also for the participle
on a noun of its clause (sentences of our own, through the real pipeline); the same acts told of someone stay."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events


@pytest.fixture(scope="module")
def coded(nlp):
    """text -> the PLOVER categories coded in it."""

    def run(text: str) -> list[str]:
        doc = nlp(text)
        return [c["event_type"] for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), None)]

    return run


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
