"""A person named in what only describes a group noun (its appositive) is not a party of the group's act
('shot by a police officer, part of the protection team of the minister X': the police shoot, not X;
``event_arg_phrases._group_described``); an appositive that names the group's own member stays."""


def test_the_person_a_group_serves_is_no_party(event_roles):
    text = "The man was shot by a police officer, part of the protection team of the defence minister Ana Ruiz."
    roles = event_roles(text, "ASSAULT")
    assert ("source", "police") in roles
    assert ("source", "Ana Ruiz") not in roles


def test_a_named_member_in_apposition_stays_the_doer(event_roles):
    roles = event_roles("The suspect was shot by a police officer, John Smith, outside the station.", "ASSAULT")
    assert ("source", "John Smith") in roles
