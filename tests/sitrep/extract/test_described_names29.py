"""What only describes a name is no party of its act (sitrep/extract/event_arg_phrases.py, party_tags.py): a
legislator's party-and-state tag ('McConnell, R-Ky.'), the description of a name in apposition ('the sheriff, X,
an ally of Y'), and one legislator named with a place inside a state ('the Ohio senator') is a legislator."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Senator Mitch McConnell, R-Ky., accused Elizabeth Warren of breaking the rules.",
        "The chairman of the Senate Armed Services Committee, John McCain, R-Ariz., accused Elizabeth Warren of "
        "breaking the rules.",
        "Rep. Bill Pascrell, D-N.J., accused Elizabeth Warren of breaking the rules.",
    ],
)
def test_a_party_and_state_tag_is_no_source(event_roles, text):
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Elizabeth Warren") in roles, roles
    assert not any(s.rstrip(".") in {"Ky", "Ariz", "N.J"} for r, s in roles if r == "source"), roles


@pytest.mark.parametrize(
    "text",
    [
        "The city's police chief, Paul Grant, a loyal supporter of Donald Trump, has derided Mayor Luis Soto.",
        "The county's hard-line sheriff, Paul Grant, a fundraiser for Donald Trump, has derided Mayor Luis Soto.",
    ],
)
def test_a_name_in_an_appositives_description_is_no_source(event_roles, text):
    roles = event_roles(text, "ACCUSE")
    assert ("source", "Paul Grant") in roles and ("target", "Luis Soto") in roles, roles
    assert ("source", "Donald Trump") not in roles, roles


def test_a_senator_named_with_a_us_state_is_a_legislator(event_roles):
    roles = event_roles("Mitch McConnell accused the Ohio senator of breaking the rules.", "ACCUSE")
    assert ("target", "legislators") in roles, roles
    assert ("target", "Ohio") not in roles, roles
