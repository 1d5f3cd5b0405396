"""Small towns and regions as places, and the day of news told in the present: a town the article ties to a
country it names (by its own or its usual English name), a state or province used as a place, a place in an
event noun's own phrase, and a reported clause in the present perfect dated by its telling."""

from collections import Counter
from datetime import date

import pytest

from sitrep.extract import gazetteer, places
from sitrep.extract.events import doc_event_candidates
from sitrep.extract.merged_places import seat_of_government
from tests.sitrep.extract.coding import coded
from tests.sitrep.extract.merge_inputs import SeatCluster as _Cluster


def _of_type(analyse, text, etype, published):
    doc, ments = analyse(text)
    return [c for c in doc_event_candidates(doc, ments, published) if c["event_type"] == etype]


def test_a_town_is_found_by_its_usual_english_name_inside_its_country():
    town = gazetteer.town("Sidi Barrani", "EGY")
    assert town is not None and town.iso3 == "EGY"
    assert gazetteer.town("Sidi Barrani", "FRA") is None


def test_a_small_town_in_a_country_the_article_names_beats_a_namesake_abroad():
    place = places.lookup_town_among("Palm Beach", {"USA", "JPN"})
    assert place and place["location_country_iso3"] == "USA" and place["latitude"] > 20
    assert places.lookup_town_among("Florida", {"USA"}) is None  # a state, not a town


@pytest.mark.parametrize(("name", "iso3"), [("Florida", "USA"), ("Bavaria", "DEU"), ("Helmand", "AFG")])
def test_a_state_or_province_is_a_place_in_its_country(name, iso3):
    place = places.region_place(name)
    assert place["location_country_iso3"] == iso3 and place["written"] == name and place["level"] == "region"
    assert places.region_place("Peru") is None  # a country is no region


def test_a_region_the_text_names_is_not_moved_to_the_seat_of_government():
    region = {**places.region_place("Texas"), "location_written": "Texas", "place_source": "sentence"}
    got = seat_of_government(_Cluster("ACCUSE"), region, {"state": Counter(source=1)}, {"state": "USA"})
    assert got["location_written"] == "Texas" and got["latitude"] is None


def test_a_summit_in_a_state_is_placed_there_not_where_it_is_prepared(analyse):
    text = "The envoy was in Madrid to prepare a summit between President Macron and President Biden in Florida in May."
    summits = _of_type(analyse, text, "CONSULT", date(2024, 3, 12))
    assert summits and summits[0]["location_country_iso3"] == "USA", summits
    assert summits[0]["location_written"] == "Florida"


def test_a_town_the_tagger_missed_in_an_at_phrase_is_placed(analyse):
    text = "Egyptian officials said on Monday that Russia has deployed drones at Sidi Barrani near the border."
    moves = _of_type(analyse, text, "MOBILIZE", date(2024, 3, 12))
    assert moves and moves[0]["location_country_iso3"] == "EGY", moves
    assert moves[0]["location_written"] == "Sidi Barrani"


def test_news_told_in_the_present_perfect_takes_the_day_of_the_telling(analyse):
    text = ("Nine fighters died in clashes near the port on Friday. Meanwhile, officials on Tuesday told reporters "
            "that Ruritania has deployed troops along the border.")  # fmt: skip
    moves = _of_type(analyse, text, "MOBILIZE", date(2024, 3, 12))
    assert moves and moves[0]["event_date"] == "2024-03-12", moves


def test_a_past_happening_told_later_keeps_the_day_told_before(analyse):
    text = "Gunmen raided the village on Sunday. Police said on Monday that the gunmen killed five guards."
    attacks = _of_type(analyse, text, "ASSAULT", date(2024, 3, 12))
    assert attacks and all(a["event_date"] == "2024-03-10" for a in attacks), attacks


@pytest.mark.parametrize("words", ["this morning", "this afternoon", "this evening"])
def test_a_part_of_today_is_the_day_of_writing(words):
    from sitrep.extract import dates

    text = f"The envoy flew to Oslo {words}."
    found = dates.find_time_expressions(text)
    assert [dates.resolve(e, date(2024, 3, 13)) for e in found] == [("2024-03-13", "day")]


def test_a_town_no_gazetteer_lists_names_the_place_in_its_country(analyse):
    attacks = _of_type(analyse, "Militants attacked soldiers in Wadi Sarra in Yemen on Tuesday.", "ASSAULT",
                       date(2024, 3, 12))  # fmt: skip
    assert attacks and attacks[0]["location_country_iso3"] == "YEM", attacks
    assert attacks[0]["location_written"] == "Wadi Sarra"


def test_a_name_before_an_area_word_is_the_area_not_its_namesake_town(analyse):
    arrests = _of_type(analyse, "Police arrested ten protesters in Idlib province on Monday.", "COERCE",
                       date(2024, 3, 12))  # fmt: skip
    assert arrests and arrests[0]["location_country_iso3"] == "SYR", arrests
    assert arrests[0]["latitude"] is None and arrests[0]["location_written"] == "Idlib"


def test_the_place_of_an_earlier_moment_does_not_carry_to_the_next_sentence(analyse):
    text = ("Lima was the last stop of the envoy's tour after visiting Chile. Foreign Minister Ana Ruiz said Peru "
            "had agreed to work with Brazil.")  # fmt: skip
    agreements = _of_type(analyse, text, "AGREE", date(2024, 3, 10))
    assert agreements and all(a["location_country_iso3"] != "CHL" for a in agreements), agreements


def test_a_city_named_like_its_own_region_stays_the_city(nlp):
    text = "Government troops killed 40 rebels in clashes near Kidal on Sunday."
    attacks = [c for c in coded(nlp, text) if c["event_type"] == "ASSAULT"]
    assert attacks and attacks[0]["location_name"] == "Kidal" and attacks[0]["latitude"] is not None, attacks


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Soldiers killed 40 militants in clashes in northern Mali on Sunday.", "MLI"),
        ("Soldiers shot dead two gunmen during a raid in Jenin on Sunday.", "PSE"),
    ],
)
def test_the_place_of_the_happening_an_act_took_place_in(nlp, text, iso3):
    attacks = [c for c in coded(nlp, text) if c["event_type"] == "ASSAULT"]
    assert attacks and attacks[0]["location_country_iso3"] == iso3, attacks


def test_a_lasting_situation_is_no_happening_an_act_took_place_in(nlp):
    attacks = [
        c for c in coded(nlp, "Rebels killed ten soldiers amid the war in Yemen.") if c["event_type"] == "ASSAULT"
    ]
    assert all(a["location_country_iso3"] != "YEM" for a in attacks), attacks
