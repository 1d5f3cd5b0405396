"""A reaction to a deed named by its own verb's noun targets that deed's doer (``deed_nominals``; sentences of our
own)."""

from __future__ import annotations

import pytest

from sitrep.extract import deed_nominals

EXAMPLES = deed_nominals.examples()


@pytest.mark.parametrize("row", EXAMPLES, ids=[r["verb"] + "-" + r["noun"] for r in EXAMPLES])
def test_every_example_targets_the_doer(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


@pytest.mark.parametrize(
    ("noun", "verb", "expected"),
    [
        ("annexation", "annex", True),
        ("withdrawal", "withdraw", True),
        ("seizure", "seize", True),
        ("deployment", "deploy", True),
        ("agreement", "agree", True),
        ("ban", "ban", True),
        ("decision", "decide", True),
        ("banking", "ban", False),
        ("signing", "sign", False),
        ("station", "state", False),
        ("decision", "deploy", False),
    ],
)
def test_nouns_of_verbs(noun, verb, expected):
    assert deed_nominals.names_deed_of(noun, verb) is expected


def test_a_regular_ending_needs_no_row(event_roles):
    text = "Russia annexed the peninsula in 2014. Ukraine condemned the annexation on Monday."
    assert ("target", "Russia") in event_roles(text, "ACCUSE")


def test_a_light_verb_noun_is_the_deed(event_roles):
    text = "Egypt imposed a ban on foreign journalists on Monday. The Netherlands condemned the ban."
    assert ("target", "Egypt") in event_roles(text, "ACCUSE")


def test_the_reactions_own_deed_is_no_target(event_roles):
    text = "Bolivia withdrew its troops from the border on Monday. Bolivia defended the withdrawal."
    assert ("target", "Bolivia") not in event_roles(text, "SUPPORT")


def test_a_noun_naming_its_own_doer_is_left_alone(event_roles):
    text = "Bolivia expelled two diplomats on Monday. Germany condemned Chile's expulsion of the envoys."
    assert ("target", "Bolivia") not in event_roles(text, "ACCUSE")


def test_a_deed_of_another_verb_is_not_the_referent(event_roles):
    text = "Bolivia deployed troops to the border on Monday. Germany condemned the annexation."
    assert ("target", "Bolivia") not in event_roles(text, "ACCUSE")


def test_a_deed_too_far_back_is_not_the_referent(event_roles):
    text = (
        "Bolivia annexed the island in May. Flights were cancelled. Shops ran out of milk. Prices rose sharply. "
        "Markets fell. Germany condemned the annexation."
    )
    assert ("target", "Bolivia") not in event_roles(text, "ACCUSE")


def test_witnessing_a_signing_is_no_reaction_to_it(event_roles):
    text = (
        "Chilean and Peruvian officials signed four accords in Lima on Monday. President Gabriel Boric flew to "
        "Lima to witness the signing in person."
    )
    assert not any(role == "target" for role, _ in event_roles(text, "SUPPORT"))
