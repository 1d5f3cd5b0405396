"""The place of what the trigger's subject did where it is: 'a strike in X killed ...' happened in X; a lasting
situation named as the subject ('the war in X forced ...') does not place the act."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


def _of_type(analyse, text, etype):
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, date(2024, 5, 15)) if c["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("A Ruritanian airstrike in Syria killed three soldiers, officials announced on Thursday.", "SYR"),
        ("An armed drone strike near Erbil killed four fighters on Monday, the ministry said.", "IRQ"),
        ("Militants outside Mogadishu attacked an army base on Friday.", "SOM"),
    ],
)  # fmt: skip
def test_a_place_on_the_subject_of_an_attack_places_it(analyse, text, iso3):
    attacks = _of_type(analyse, text, "ASSAULT")
    assert attacks and attacks[0]["location_country_iso3"] == iso3, attacks


def test_a_lasting_situation_as_subject_does_not_place_the_act(analyse):
    got = _of_type(analyse, "The war in Ukraine forced Poland to expel two diplomats.", "COERCE")
    assert all(c["location_country_iso3"] != "UKR" for c in got), got
