"""A call 'for X to do Y' is addressed to X, not to whom or what X is asked to act on (``for_addressees``): the
parser reads X as the object of 'for' or as the infinitive's subject marked by 'for'; both are read."""

import pytest


@pytest.mark.parametrize(
    ("text", "source", "asked", "not_asked"),
    [
        ("The opposition called for the government to release the prisoners.", "opposition", "government", "prisoners"),
        ("The Dutch party called for the Netherlands to leave the European Union.", "Dutch party", "Netherlands",
         "European Union"),
        ("Senator Ana Ruiz called for the Departments of State and Justice to brief Congress on the deal.", "Ana Ruiz",
         "Departments of State", "Congress"),
        ("China called for the United States to stop arming Taiwan.", "China", "United States", "Taiwan"),
    ],
)  # fmt: skip
def test_the_one_called_on_to_act_is_the_target(event_roles, text, source, asked, not_asked):
    roles = event_roles(text, "REQUEST")
    assert ("source", source) in roles
    assert ("target", asked) in roles
    assert ("target", not_asked) not in roles


def test_a_call_on_someone_keeps_its_object(event_roles):
    roles = event_roles("Amnesty called on Egypt to free the journalists.", "REQUEST")
    assert ("target", "Egypt") in roles


def test_a_phone_call_to_discuss_is_no_call_for_action(event_roles):
    roles = event_roles("Obama called Merkel to discuss Ukraine.", "CONSULT")
    assert ("target", "Merkel") in roles


def test_a_body_asked_to_be_set_up_is_no_addressee(event_roles):
    roles = event_roles("The senators called for a special prosecutor to investigate the deal.", "REQUEST")
    assert ("source", "legislators") in roles
    assert ("target", "judiciary") not in roles
