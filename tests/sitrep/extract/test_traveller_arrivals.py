"""Round 39: travellers' arrivals (migrants, refugees, a flight) are no visit (``traveller_arrivals``); a head of
state arriving or landing, or the president's own flight, stays a visit."""

import pytest

from sitrep.extract.traveller_arrivals import traveller_arrival

NO_VISIT = [
    "Some 9,000 migrants, most of them from Morocco, landed in Spain last year.",
    "Some 9,000 migrants from Morocco landed in Spain last year, officials said.",
    "Some 4,000 refugees, most of them from Syria, arrived in Greece last month.",
]

VISITS = [
    "Chilean President Bachelet landed in Lima on Monday.",
    "Freedonian President Ivan Petrov arrived in Ruritania on a state visit.",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_travellers_arriving_are_no_visit(event_roles, text):
    assert event_roles(text, "CONSULT") == set()


@pytest.mark.parametrize("text", VISITS)
def test_a_head_of_state_arriving_stays_a_visit(event_roles, text):
    assert event_roles(text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "verb", "traveller"),
    [
        ("The flight from Quito landed in Lima at noon.", "landed", True),
        ("Hundreds of refugees arrived in Athens on Sunday.", "arrived", True),
        ("The Chilean president's flight landed in Lima on Monday.", "landed", False),
        ("The Chilean foreign minister landed in Lima on Monday.", "landed", False),
    ],
)
def test_the_subject_tells_a_traveller(nlp, text, verb, traveller):
    trig = next(t for t in nlp(text) if t.text == verb)
    assert traveller_arrival(trig) is traveller
