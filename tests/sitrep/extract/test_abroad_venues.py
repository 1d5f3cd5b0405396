"""A sizeable city abroad named bare after 'in' / 'at' is where the act happened, though the article names no
country of it ('the envoys of Peru and Chile met in Lausanne'): ``abroad_venues``."""

import pytest

from sitrep.extract.abroad_venues import venue_abroad
from tests.sitrep.extract.coding import places


@pytest.mark.parametrize(
    ("text", "city", "iso3"),
    [
        ("The envoys of Peru and Chile met in Lausanne on Thursday.", "Lausanne", "CHE"),
        ("Negotiators from Ruritania and Chile held talks in Geneva on Friday.", "Geneva", "CHE"),
        ("The foreign ministers of Peru and Bolivia met in Rotterdam on Monday.", "Rotterdam", "NLD"),
    ],
)
def test_a_sizeable_city_abroad_is_the_venue(nlp, text, city, iso3):
    assert places(nlp, text, "CONSULT") == [(city, iso3)]


def test_a_name_modifying_a_building_or_naming_no_sizeable_city_is_no_venue(nlp):
    doc = nlp("The minister spoke at the Miraflores palace and later in Peru and in Ohio.")
    spans = {e.text: e for e in doc.ents}
    assert venue_abroad(doc[4:5], None) is None  # 'Miraflores' modifies 'palace'
    assert all(venue_abroad(spans[n], None) is None for n in ("Peru", "Ohio") if n in spans)  # a country, a region


def test_a_town_named_after_its_province_is_the_town_there(nlp):
    got = places(nlp, "An Israeli drone killed two gunmen in the border town of Rafah.", "ASSAULT")
    assert [c for _, c in got] == ["PSE"] and got[0][0].startswith("Rafa"), got


def test_a_bare_name_shared_by_large_cities_abroad_stays_unplaced():
    from sitrep.extract.abroad_venues import _unrivalled

    assert _unrivalled("Geneva") and not _unrivalled("Hamilton")


def test_the_venue_of_what_a_meeting_discusses_is_not_the_meetings(nlp):
    text = "The Peruvian and Chilean envoys will discuss the border dispute and the coming peace talks in Lausanne."
    assert all(c != "CHE" for _, c in places(nlp, text, "CONSULT"))
