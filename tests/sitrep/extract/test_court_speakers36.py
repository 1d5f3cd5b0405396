"""A conviction told in the agentless passive is the court's: the police or a ministry that tells it is no doer
(``event_authorities.COURT_MODES``), while prosecutors or a court that tell it are, and an arrest keeps its
reporting police."""


def test_police_who_tell_a_conviction_are_not_its_source(event_roles):
    roles = event_roles("A driver who killed two cyclists was convicted on Tuesday, police said.", "SANCTION")
    assert ("source", "police") not in roles


def test_prosecutors_who_tell_a_conviction_are_its_source(event_roles):
    roles = event_roles("A woman was convicted of fraud on Monday, prosecutors said.", "SANCTION")
    assert ("source", "judiciary") in roles


def test_police_who_tell_an_arrest_are_still_its_source(event_roles):
    roles = event_roles("Two men were arrested on Sunday, police said.", "COERCE")
    assert ("source", "police") in roles
