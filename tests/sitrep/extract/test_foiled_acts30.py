"""A foiled act of violence is no event (``foiled_acts``, ``data/foiled_acts.tsv``): 'prevented a bomb attack' is
no SUPPORT (CAMEO's 'PREVENT: * ATTACK' [053]) and 'thwarted a plot to attack the embassy' no attack; a foiled
demonstration stays a restriction and an attack told as done stays an attack."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("foiled_acts.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_a_foiled_attack_is_no_event(event_roles, row):
    assert event_roles(row["example"], "ASSAULT") == set()
    assert event_roles(row["example"], "SUPPORT") == set()


def test_prevented_attacks_counted_are_no_support(event_roles):
    text = "Chilean security forces prevented twelve terror attacks last year, the interior ministry said."
    assert event_roles(text, "SUPPORT") == set()


def test_a_foiled_demonstration_stays_a_restriction(event_roles):
    text = "Chilean police prevented the demonstration that students had called outside the ministry."
    assert ("source", "police") in event_roles(text, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the Peruvian embassy in Santiago, killing two guards.",
        "A bomb attack on the Peruvian embassy killed two guards.",
    ],
)
def test_an_attack_done_stays_an_attack(event_roles, text):
    assert event_roles(text, "ASSAULT")
