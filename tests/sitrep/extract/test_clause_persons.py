"""A person who acts in a clause of another time after an event ('the first since President X took office', 'after
Prime Minister Y resigned') is no counterpart of that event (``event_participants.OTHER_TIME_MARKS``): the
fallback that takes persons after a trigger skips them; a person named in the event's own phrase still counts, and
so do the persons of a clause of the same moment ('while Presidents X and Y looked on': they were there)."""

from __future__ import annotations

import pytest


def _surfaces(roles: set[tuple[str, str]]) -> set[str]:
    return {surface for _role, surface in roles}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The Arbel Council will hold an urgent meeting today on the crisis, the first since President Tom Hale "
            "took office.",
            "Tom Hale",
        ),
        (
            "The Varnian minister held a meeting with President Ana Lind, after Prime Minister Jon Berg resigned.",
            "Jon Berg",
        ),
    ],
)
def test_clause_subject_is_no_counterpart(event_roles, text, absent):
    roles = event_roles(text, "CONSULT")
    assert roles, text
    assert absent not in _surfaces(roles)


def test_person_of_the_event_phrase_still_counts(event_roles):
    text = "The Varnian minister held a meeting with President Ana Lind, after Prime Minister Jon Berg resigned."
    assert "Ana Lind" in _surfaces(event_roles(text, "CONSULT"))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (
            "Varnian and Arbelian officials signed four accords on Monday while Presidents Ana Lind and Tom Hale "
            "looked on.",
            "Tom Hale",
        ),
        (
            "Varnia and Arbelia have signed nine agreements as Varnian President Ana Lind wrapped up a two-day tour.",
            "Ana Lind",
        ),
    ],
)
def test_same_moment_clause_persons_stay(event_roles, text, present):
    assert present in _surfaces(event_roles(text, "SUPPORT"))
