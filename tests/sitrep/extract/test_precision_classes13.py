"""Classes of general-news sentences coded as events they do not report (precision, round 13), run through the
real extraction on sentences of our own, each class in several phrasings with controls that stay coded: a
habit told in the present passive ('are routinely jailed'), a rate of occasions ('twice a month', 'three
times a year'), an event noun under a negated verb of happening ('strikes don't happen here') and the means
of a negated act ('did not make their anger known by attacking the courts')."""

from __future__ import annotations

import pytest

from sitrep.extract import entities
from sitrep.extract.event_candidates import doc_event_candidates


def _types(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [c["event_type"] for c in doc_event_candidates(doc, entities.doc_mentions(doc), None)]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Dissidents in Borduria are still regularly jailed and beaten.", "COERCE"),
        ("Dissidents in Borduria are still regularly jailed and beaten.", "ASSAULT"),
        ("Reporters are routinely detained by the Syldavian police.", "COERCE"),
        ("Protesters are often beaten and arrested in the capital.", "ASSAULT"),
        ("Chile sent aid to Peru once a month.", "AID"),
        ("Chile sent aid to Peru three times a year.", "AID"),
        ("The envoy visits the capital at least twice a month.", "CONSULT"),
        ("The minister met the rebels once a week during the war.", "CONSULT"),
        ('"General strikes don\'t happen in Borduria," a historian at Syldavia University told reporters.', "PROTEST"),
        ("The governors did not make their anger known by attacking the courts.", "ASSAULT"),
        ("The rebels never won the town by shelling the market, the mayor said.", "ASSAULT"),
        ("The party never made its views heard by attacking the press.", "ASSAULT"),
    ],
)
def test_a_habit_a_rate_or_a_negated_frame_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The minister met the rebels once last week.", "CONSULT"),
        ("The police detained the reporter a week ago.", "COERCE"),
        ("Reporters were detained by the police on Monday and beaten.", "ASSAULT"),
        ("The rebels won the town by shelling the market.", "ASSAULT"),
        ("The army did not hesitate to shell the market.", "ASSAULT"),
    ],
)
def test_a_single_past_act_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text
