"""A subject the parser hangs on an auxiliary set apart from its verb by an interrupting phrase is the verb's
subject (round 40): in 'Boravia has, according to officials, attacked the village' the small model hangs 'Boravia'
on 'has', and the attacker was lost. Invented sentences through the real spaCy pipeline and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract import aux_subjects


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("Boravia has, according to officials, attacked the village.", "ASSAULT", "Boravia"),
        ("Smith had, in 2015, met Jones in Lisbon.", "CONSULT", "Smith"),
    ],
)
def test_an_interrupted_auxiliarys_subject_is_the_doer(event_roles, text, etype, source):
    roles = event_roles(text, etype)
    assert ("source", source) in roles, roles


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        ("Boravia has, according to officials, attacked the village.", "Boravia", "attacked"),
        ("Smith had, in 2015, met Jones in Lisbon.", "Smith", "met"),
    ],
)
def test_the_repair_rehangs_the_subject_on_the_verb(nlp, text, subject, verb):
    doc = nlp(text)
    before = [t for t in doc if t.text == subject][0]
    assert before.head.dep_ == "aux"  # the small model's parse this module repairs
    aux_subjects.repair(doc)
    tok = [t for t in doc if t.text == subject][0]
    assert tok.dep_ == "nsubj" and tok.head.text == verb
    assert not [c for c in doc if c.dep_ == "aux" and list(c.children)]


@pytest.mark.parametrize(
    "text",
    [
        "Boravia has attacked the village.",  # auxiliary and verb side by side: the subject is the verb's already
        "The president is also still focused on the vote.",  # no interrupting phrase set off
        "He felt betrayed by the council.",  # 'felt' is no auxiliary of the verb
    ],
)
def test_a_parse_with_no_stranded_subject_is_left_alone(nlp, text):
    doc = nlp(text)
    heads = [(t.dep_, t.head.i) for t in doc]
    aux_subjects.repair(doc)
    assert [(t.dep_, t.head.i) for t in doc] == heads
