"""Words passed from one side to another told by a noun (``addressed_asks``): 'a warning from Chile to Peru to
close the border' is Chile's THREATEN aimed at Peru, 'a demand from Chile to withdraw its troops' Chile's REQUEST;
the 'from' doer is the source, the 'to' hearer the target, and the infinitive is asked, not done."""

import pytest

from sitrep.extract.addressed_asks import addressed_ask, examples

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_doer_is_the_source_and_the_hearer_the_target(event_roles, row):
    roles = event_roles(row["example"], row["plover"])
    assert ("source", row["source"]) in roles
    if row["target"]:
        assert ("target", row["target"]) in roles


@pytest.mark.parametrize(
    ("text", "etype", "hearer"),
    [
        ("A warning from Chile to Peru to close the border went unheeded.", "COERCE", "Peru"),
        ("Bolivia received a demand from Chile to withdraw its troops.", "RETREAT", "Bolivia"),
        ("Uganda heeded a call from Kenya to reopen the border.", "RETREAT", "Kenya"),
    ],
)
def test_the_asked_act_is_not_coded(event_roles, text, etype, hearer):
    roles = event_roles(text, etype)
    assert ("source", hearer) not in roles and ("target", "Chile") not in roles and ("source", "Kenya") not in roles


def test_the_hearer_is_never_the_source(event_roles):
    roles = event_roles("A warning from Chile to Peru to close the border went unheeded.", "THREATEN")
    assert ("source", "Peru") not in roles


@pytest.mark.parametrize(
    "text",
    [
        "The phone call from Chile to Peru lasted an hour.",  # a telephone call: no infinitive
        "A warning from the judge to the witness was recorded.",  # a caution
        "A demand for higher wages reached the ministry.",  # no doer
    ],
)
def test_nouns_without_doer_or_content_are_left_alone(nlp, text):
    doc = nlp(text)
    assert all(addressed_ask(t) is None for t in doc)


def test_a_reply_verb_keeps_the_event(event_roles):
    roles = event_roles("Peru rejected a demand from Chile to withdraw its troops.", "REJECT")
    assert ("source", "Peru") in roles and ("target", "Chile") in roles
