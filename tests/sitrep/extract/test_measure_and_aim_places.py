"""A measure is not placed where its cause happened or in the state it is laid on ('sanctions on X over the
crackdown in Y'); an attack whose aim is to take a city is placed there ('launched an offensive to retake Y')."""

from tests.sitrep.extract.coding import places


def test_a_measures_cause_and_target_do_not_place_it(nlp):
    got = places(nlp, "Canada imposed sanctions on Ruritania on Friday over the mass arrests in Lima.", "SANCTION")
    assert got and all(c not in {"PER", "RUR"} for _, c in got), got


def test_a_measures_own_venue_still_places_it(nlp):
    got = places(nlp, "Canada imposed sanctions on Peru at a cabinet meeting in Ottawa on Friday.", "SANCTION")
    assert got == [("Ottawa", "CAN")], got


def test_the_city_an_attack_aims_to_take_places_it(nlp):
    got = places(nlp, "The Iraqi army launched an offensive on Sunday to retake Kirkuk from the militants.", "ASSAULT")
    assert got == [("Kirkuk", "IRQ")], got
