"""A name the parser glues onto the time phrase after it is the verb's object (round 28): in 'criticized President
Ana Ruiz Tuesday night' the small model hangs the name as a compound of 'night', and the one criticised was lost.
Invented sentences through the real spaCy pipeline and the event extraction."""

from __future__ import annotations

import pytest

from sitrep.extract import glued_objects


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        (
            "Senator John McCain criticized President Donald Trump Sunday night over his travel ban.",
            "ACCUSE",
            "John McCain",
            "Donald Trump",
        ),
    ],
)
def test_a_name_glued_onto_a_time_phrase_is_the_verbs_object(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert ("source", source) in roles and ("target", target) in roles, roles


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        (
            "Senator John McCain criticized President Donald Trump Sunday night over his travel ban.",
            "criticized",
            "Trump",
        ),
    ],
)
def test_the_repair_rehangs_the_name_on_the_verb(nlp, text, verb, name):
    doc = nlp(text)
    before = [t for t in doc if t.text == name][0]
    assert before.dep_ == "compound"  # the small model's parse this module repairs
    glued_objects.repair(doc)
    tok = [t for t in doc if t.text == name][0]
    assert tok.dep_ == "dobj" and tok.head.text == verb


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin criticized Washington Monday for the sanctions.",  # a parse with its object already
        "President Donald Trump Tuesday signed an order banning travel.",  # a subject before the verb
    ],
)
def test_a_parse_with_no_glued_name_is_left_alone(nlp, text):
    doc = nlp(text)
    heads = [(t.dep_, t.head.i) for t in doc]
    glued_objects.repair(doc)
    assert [(t.dep_, t.head.i) for t in doc] == heads
