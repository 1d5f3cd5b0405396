"""A gerund in a 'for' / 'of' phrase of an active verb with an actor for object is done by that object: 'Trump fired
Yates for refusing to carry out his ban' (development sample 2727: Yates refused, not Trump;
``object_control``). Sentences of our own."""

import pytest

from sitrep.extract import object_control


@pytest.mark.parametrize(
    ("text", "doer", "judge"),
    [
        ("Donald Trump fired Michael Flynn for refusing to testify.", "Michael Flynn", "Donald Trump"),
        ("Donald Trump sacked James Comey for refusing to end the inquiry.", "James Comey", "Donald Trump"),
    ],
)
def test_the_object_does_the_act_it_is_judged_for(event_roles, text, doer, judge):
    roles = event_roles(text, "REJECT")
    assert ("source", doer) in roles, roles
    assert ("source", judge) not in roles, roles


def test_a_thing_for_object_controls_nothing(event_roles):
    # 'used tear gas for dispersing': the police disperse, the gas does not
    assert ("source", "police") in event_roles("Police used tear gas for dispersing the protesters.", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "gerund", "expected"),
    [
        ("Russia accused Ukraine of shelling the town.", "shelling", "Ukraine"),
        ("The council praised Kenya for hosting the refugees.", "hosting", "Kenya"),
        ("The army used tanks for attacking the town.", "attacking", None),
        ("Trump fired Yates for refusing to carry out his ban.", "refusing", "Yates"),
        ("He was jailed for attacking a guard.", "attacking", None),
    ],
)
def test_controller(nlp, text, gerund, expected):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == gerund)
    found = object_control.controller(tok)
    assert (found.text if found is not None else None) == expected
