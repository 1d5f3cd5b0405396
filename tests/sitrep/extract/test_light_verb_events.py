"""An event noun under a light verb ('carried out strikes', 'launched an attack'): the doer of the light verb
gives the noun its sense (warplanes' strikes are attacks, dock workers' strikes are walkouts), and a place
hanging off the noun is where the event happened ('strikes inside X')."""

from __future__ import annotations

from datetime import date

from sitrep.extract.events import doc_event_candidates


def _coded(analyse, text: str) -> list[tuple[str, str | None]]:
    doc, ments = analyse(text)
    return [(c["event_type"], c["location_name"]) for c in doc_event_candidates(doc, ments, date(2024, 5, 9))]


def test_aircraft_carrying_out_strikes_attack(analyse):
    assert ("ASSAULT", "Bolivia") in _coded(
        analyse, "Peruvian jets carried out several strikes inside Bolivia overnight."
    )
    coded = _coded(analyse, "Chilean warplanes carried out strikes near Arica on Tuesday.")
    assert any(t == "ASSAULT" for t, _ in coded) and not any(t == "PROTEST" for t, _ in coded)


def test_workers_carrying_out_strikes_still_walk_out(analyse):
    coded = _coded(analyse, "Dock workers in Valparaiso carried out strikes on Monday.")
    assert any(t == "PROTEST" for t, _ in coded) and not any(t == "ASSAULT" for t, _ in coded)


def test_the_place_of_an_event_noun_under_a_light_verb_is_where_it_happened(analyse):
    assert ("ASSAULT", "Goma") in _coded(analyse, "Rebels launched an attack in Goma on Sunday.")
