"""Named actors the NER model misses, spotted by the gazetteer's seats and the Phoenix organisation names."""

from __future__ import annotations

from sitrep.extract.actor_spotting import add_dictionary_actors, spotted_names
from sitrep.extract.entities import doc_mentions


def _mentions(nlp, text):
    return {m["surface"]: (m["label"], m["country_iso3"]) for m in doc_mentions(nlp(text))}


def test_a_seat_of_government_the_model_leaves_untagged_is_a_state_organisation(nlp):
    got = _mentions(nlp, "Downing Street turned down the request of the nurses' union on Friday.")
    assert got.get("Downing Street") == ("ORG", "GBR")


def test_a_seat_the_model_tags_as_a_shorter_person_is_read_whole(nlp):
    got = _mentions(nlp, "The Quai d'Orsay called in the ambassador over the cartoon row.")
    assert got.get("Quai d'Orsay") == ("ORG", "FRA")
    assert "Quai" not in got


def test_an_armed_group_the_model_splits_is_one_organisation(nlp):
    got = _mentions(nlp, "Lord's Resistance Army raiders burned two farms near the river last week.")
    assert got.get("Lord's Resistance Army", ("",))[0] == "ORG"
    assert "Resistance Army" not in got


def test_the_spotted_group_acts_in_the_event(event_roles):
    roles = event_roles("Downing Street rejected the offer made by the rail workers on Monday.", "REJECT")
    assert ("source", "Downing Street") in roles


def test_lower_case_words_companies_and_persons_are_never_spotted(nlp):
    doc = nlp("The white house on the corner was sold, and Abbott Laboratories said profits rose.")
    assert add_dictionary_actors(doc, []) == []
    names = spotted_names()
    assert "white house" in names and "abbott laboratories" not in names


def test_a_name_does_not_take_over_a_person_it_does_not_cover_wholly(nlp):
    doc = nlp("Maria Lopez met the delegation.")
    spans = doc_mentions(doc)
    assert any(m["surface"] == "Maria Lopez" and m["label"] == "PERSON" for m in spans)


def test_a_place_name_misspelt_by_a_letter_is_that_country(nlp):
    got = _mentions(nlp, "Fighting spread from Afganistan into the border provinces of Tajikistan.")
    assert got.get("Afganistan") in (None, ("GPE", "AFG"))
    got = _mentions(nlp, "Etiopia and Djibouti opened a new railway link on Sunday.")
    assert got.get("Etiopia") == ("GPE", "ETH")


def test_misspellings_are_read_only_for_long_names_one_letter_away_from_one_country():
    from sitrep.extract.gazetteer import misspelt_country

    assert misspelt_country("Venezuala") == "VEN"
    assert misspelt_country("Britian") == "GBR"  # two letters swapped
    assert misspelt_country("Iraq") is None  # a listed name is read exactly elsewhere
    assert misspelt_country("Irak") is None  # too short to tell from other names
    assert misspelt_country("Pakistani") is None  # a demonym, not a misspelling


def test_person_and_organisation_words_near_a_country_name_stay_as_they_are(nlp):
    got = _mentions(nlp, "Angela Ruiz thanked the Greene family, the hosts of the Poland Street fair.")
    assert all(country is None for surface, (_, country) in got.items() if "Greene" in surface or "Angela" in surface)


def test_a_long_name_defined_by_its_acronym_is_left_to_the_acronym(nlp):
    doc = nlp("Leaders of the Southern African Development Community (SADC) met in Gaborone.")
    added = {doc.text[sp.start : sp.end] for sp in add_dictionary_actors(doc, [])}
    assert "Southern African Development Community" not in added


def test_a_name_glued_to_punctuation_ends_at_its_last_letter(nlp):
    got = _mentions(nlp, 'The two presidents spoke to reporters at the White House.- "We agreed," one said.')
    assert not any(surface.endswith(("-", ".")) for surface in got)
