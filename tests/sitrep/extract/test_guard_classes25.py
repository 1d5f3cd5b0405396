"""Precision guards of round 25 (late wave), through the real spaCy pipeline, on sentences of our own."""

import pytest


@pytest.mark.parametrize(
    ("text", "etype", "source", "self_target"),
    [
        (
            "Attorney General Jeff Sessions met the Freedonian ambassador twice. Sessions's own meetings with the envoy"
            " took place much earlier, in July and September.",
            "CONSULT",
            "Sessions",
            "Jeff Sessions",
        ),
        ("President Trump accused Trump's critics of lying.", "ACCUSE", "Trump", "Trump"),
        (
            "Syrian President Bashar al-Assad met with Assad's security chiefs in Damascus.",
            "CONSULT",
            "Bashar al-Assad",
            "Assad",
        ),
        ("Russia accused Russia's neighbours of plotting.", "ACCUSE", "Russia", "Russia"),
    ],
)
def test_the_source_is_not_its_own_target(event_roles, text, etype, source, self_target):
    roles = event_roles(text, etype)
    assert ("source", source) in roles
    assert ("target", self_target) not in roles


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Trump met his daughter Ivanka Trump at the White House.", "CONSULT", "Trump", "Ivanka Trump"),
        (
            "Donald Trump met Ivanka Trump at the White House. Trump praised Ivanka Trump.",
            "SUPPORT",
            "Trump",
            "Ivanka Trump",
        ),
    ],
)
def test_a_namesake_stays_a_target(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert {("source", source), ("target", target)} <= roles


@pytest.mark.parametrize(
    "text",
    [
        "The bank removed Ruritania from its list of high-risk countries.",
        "The headmaster removed the boy from the class.",
    ],
)
def test_a_removal_from_a_list_or_a_class_is_no_deportation(event_roles, text):
    assert not event_roles(text, "COERCE")


def test_a_country_removed_from_a_ban_list_is_not_banned(event_roles):
    roles = event_roles("The president banned travellers from Freedonia but removed Ruritania from the list.", "COERCE")
    assert ("target", "Ruritania") not in roles


@pytest.mark.parametrize(
    "text",
    [
        "The authorities removed hundreds of migrants from the country.",
        "The army removed the villagers from their homes.",
    ],
)
def test_a_removal_of_people_from_a_land_stays_coerce(event_roles, text):
    assert event_roles(text, "COERCE")
