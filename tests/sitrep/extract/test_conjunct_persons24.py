"""A listed person coordinated with a mention is a name even when the model left it untagged (round 24).

'Merkel and Putin met', 'Theresa May and Nicola Sturgeon held talks': the small model misses the first conjunct,
and the meeting lost a side (or, with one party left, was no meeting at all) (``conjunct_persons``).
"""

from __future__ import annotations

import pytest

MET = [
    ("Merkel and Putin met in Berlin on Monday.", {"Merkel", "Putin"}),
    ("Theresa May and Nicola Sturgeon held talks.", {"Theresa May", "Nicola Sturgeon"}),
    ("Theresa May and Angela Merkel held talks.", {"Theresa May", "Angela Merkel"}),
]


@pytest.mark.parametrize(("text", "parties"), MET)
def test_both_conjuncts_meet(event_roles, text, parties):
    got = {name for _, name in event_roles(text, "CONSULT")}
    assert parties <= got, (text, got)


def test_an_unlisted_word_beside_a_name_stays_untagged(nlp):
    from sitrep.extract import entities

    mentions = entities.doc_mentions(nlp("In May and June, Merkel visited Paris."))
    assert not any(m["surface"] in {"May", "June"} and m["label"] == "PERSON" for m in mentions)
