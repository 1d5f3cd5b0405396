"""A measure is not placed where its cause happened or in the state it is laid on ('sanctions on X over the
crackdown in Y'); an attack whose aim is to take a city is placed there ('launched an offensive to retake Y')."""

from datetime import date

from sitrep.extract import entities
from sitrep.extract.events import doc_event_candidates


def _places(nlp, text, etype):
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 15))
    return [(c.get("location_name"), c.get("location_country_iso3")) for c in cands if c["event_type"] == etype]


def test_a_measures_cause_and_target_do_not_place_it(nlp):
    got = _places(nlp, "Canada imposed sanctions on Ruritania on Friday over the mass arrests in Lima.", "SANCTION")
    assert got and all(c not in {"PER", "RUR"} for _, c in got), got


def test_a_measures_own_venue_still_places_it(nlp):
    got = _places(nlp, "Canada imposed sanctions on Peru at a cabinet meeting in Ottawa on Friday.", "SANCTION")
    assert got == [("Ottawa", "CAN")], got


def test_the_city_an_attack_aims_to_take_places_it(nlp):
    got = _places(nlp, "The Iraqi army launched an offensive on Sunday to retake Kirkuk from the militants.", "ASSAULT")
    assert got == [("Kirkuk", "IRQ")], got
