"""Round 32's sense classes, each on sentences of our own through the real extraction: what is released, broken or
hit when it is a thing ('before it was released on other services', 'this year it is broken', 'hit with questions');
the act of a verb of reluctance ('reluctant to vote'); help lent to someone's act ('helped the merchants attract
tourists') is no aid given (``no_act_complement`` of 'help AID' in data/event_frames.json); 'charging through at full
pace' is a rush, no charge laid."""

import pytest

NOT_CODED = [
    ("The band put out its new album on Monday before it was released on other streaming services.", "RETREAT"),
    ("The museum has one old bell, and this year it is broken.", "ASSAULT"),
    ("The Chilean minister was hit with questions about the budget at the press conference.", "ASSAULT"),
    ("Many Chilean lawmakers are reluctant to vote for a tax increase.", "SUPPORT"),
    ("The Chilean president is hesitant to meet the Peruvian envoy.", "CONSULT"),
    ("The Chilean payment app helped the Peruvian merchants attract more tourists.", "AID"),
    ("The Chilean striker was charging through at full pace when the Peruvian defender brought him down.", "ACCUSE"),
    ("The lobby group was credited with helping launch the Peruvian senator's career.", "AID"),
]

CODED = [
    ("The rebels released the Peruvian hostages on Friday.", "RETREAT", ("target", "hostages")),
    ("Chilean jets hit rebel positions near the Peruvian border.", "ASSAULT", ("source", "Chilean")),
    ("Chilean troops helped the Peruvian flood victims on Monday.", "AID", ("source", "military")),
    ("Chile sent food and medicine to help Peru.", "AID", ("target", "Peru")),
    ("Chilean prosecutors charged the Peruvian envoy with fraud.", "ACCUSE", ("target", "Peruvian")),
]


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[t[:40] for t, _ in NOT_CODED])
def test_the_other_sense_codes_no_event(event_roles, text, etype):
    assert event_roles(text, etype) == set()


@pytest.mark.parametrize(("text", "etype", "role"), CODED, ids=[t[:40] for t, _, _ in CODED])
def test_the_event_sense_still_codes(event_roles, text, etype, role):
    assert role in event_roles(text, etype)


def test_help_with_no_act_of_its_own_is_aid_but_a_lent_hand_is_not(event_roles):
    assert ("target", "Peru") in event_roles("Chile helped Peru with food and medicine after the storm.", "AID")
    assert event_roles("Chilean advisers helped the Peruvian candidate win the vote.", "AID") == set()
    assert ("target", "Peru") in event_roles("Chile helped Peru rebuild its ports after the storm.", "AID")
