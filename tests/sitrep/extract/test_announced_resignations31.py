"""A resignation announced is given (PLOVER RETREAT resign), like a truce declared; announcing that one will resign,
or a resignation still to be announced, stays a promise (``event_status.enacted``)."""


def test_an_announced_resignation_is_a_retreat(event_roles):
    roles = event_roles("The Turkish finance minister Peter Novak announced his resignation on Friday.", "RETREAT")
    assert ("source", "Peter Novak") in roles


def test_a_resignation_to_be_announced_is_a_promise(event_roles):
    text = "The Turkish finance minister Peter Novak will announce his resignation on Friday."
    assert not event_roles(text, "RETREAT")
    assert ("source", "Peter Novak") in event_roles(text, "AGREE")


def test_an_announced_withdrawal_stays_a_promise(event_roles):
    text = "Turkey announced the withdrawal of its troops from the border."
    assert not event_roles(text, "RETREAT")
