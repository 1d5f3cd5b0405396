"""A noun a word of a wrong qualifies judges the act it renames ('said the ruling was an unjust decision', 'described
the ban as a reckless move'): criticism of the act's owner (PLOVER ACCUSE disapprove, ``told_appraisals``); a
'call' naming an act so is no phone call, even when the parser hangs the name on the act noun."""


def _roles(event_roles, text):
    return event_roles(text, "ACCUSE")


def test_a_said_clause_with_a_qualified_noun(event_roles):
    roles = _roles(event_roles, "The Chilean president said Peru's ruling on the fishing zone was a very bad decision.")
    assert ("target", "Peru") in roles


def test_describing_an_act_as_a_qualified_noun(event_roles):
    roles = _roles(
        event_roles, "Turkish President Peter Novak described the Greek court's ruling as an unjust decision."
    )
    assert ("source", "Peter Novak") in roles


def test_calling_an_act_a_qualified_noun_is_no_phone_call(event_roles):
    text = "Turkish President Peter Novak called the Greek court's ruling an unjust decision."
    assert ("source", "Peter Novak") in _roles(event_roles, text)
    assert not event_roles(text, "CONSULT")


def test_a_phone_call_stays_a_call(event_roles):
    assert event_roles("Turkish President Peter Novak called the Greek president on Friday.", "CONSULT")


def test_a_noun_judged_good_is_no_accusation(event_roles):
    assert not _roles(event_roles, "The Chilean president said Peru's ruling on the fishing zone was a good decision.")
