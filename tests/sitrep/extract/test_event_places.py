"""Where an event happened: a capital written as a description of its country ('the Peruvian capital',
"Chile's capital", 'the capital, Quito') places the event in that city."""

from datetime import date

import pytest

from sitrep.extract import entities
from sitrep.extract.events import doc_event_candidates


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Foreign Minister Ana Ruiz met President Luis Vega in the Peruvian capital on Monday.", "Lima"),
        ("Foreign Minister Ana Ruiz met President Luis Vega in Chile's capital on Monday.", "Santiago"),
        ("Foreign Minister Ana Ruiz met President Luis Vega in the capital, Quito, on Monday.", "Quito"),
    ],
)
def test_a_capital_described_by_its_country_places_the_event(analyse, text, city):
    doc, ments = analyse(text)
    meetings = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "CONSULT"]
    assert meetings and meetings[0]["location_name"] == city, meetings


@pytest.mark.parametrize(
    ("text", "city", "target_iso3"),
    [
        ("Russian forces shelled Kharkiv on Monday.", "Kharkiv", "UKR"),
        ("Russian forces launched a missile attack on Kharkiv overnight.", "Kharkiv", "UKR"),
        ("Kharkiv was hit by Russian missiles on Tuesday.", "Kharkiv", "UKR"),
        ("Chadian jets struck the town of Mekele on Monday.", "Mek'ele", "ETH"),
        ("Ethiopian jets struck the town of Mekele on Monday.", "Mek'ele", None),  # its own state's forces
    ],
)
def test_the_city_an_attack_hit_is_its_place_and_its_state_the_target(analyse, text, city, target_iso3):
    doc, ments = analyse(text)
    (attack,) = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "ASSAULT"]
    assert attack["location_name"] == city, attack
    states = [p["country_iso3"] for p in attack["participants"] if p["role"] == "target" and p["mention_idx"] is None]
    assert states == ([target_iso3] if target_iso3 else []), attack["participants"]


def test_a_city_the_ner_left_untagged_in_the_triggers_in_phrase_places_the_event(analyse):
    doc, ments = analyse("Bolivian and Paraguayan negotiators met in Asuncion on Tuesday.")
    assert not any(m["surface"] == "Asuncion" for m in ments)  # the small model misses this capital
    meetings = [c for c in doc_event_candidates(doc, ments, date(2025, 3, 5)) if c["event_type"] == "CONSULT"]
    assert meetings and meetings[0]["location_country_iso3"] == "PRY", meetings


@pytest.mark.parametrize(
    ("text", "etype", "city"),
    [
        ("Speaking in Tokyo, the Ruritanian envoy urged Japan to lift the tariffs.", "REQUEST", "Tokyo"),
        ("Addressing students at a university in Vienna, the minister urged Austria to join the pact.", "REQUEST",
         "Vienna"),
        ("Speaking to journalists in Bern on Friday, the Swiss delegate urged France to reopen the border.", "REQUEST",
         "Bern"),
    ],
)  # fmt: skip
def test_a_setting_participle_clause_places_the_statement(analyse, text, etype, city):
    doc, ments = analyse(text)
    said = [c for c in doc_event_candidates(doc, ments, date(2024, 11, 8)) if c["event_type"] == etype]
    assert said and said[0]["location_name"] == city, said


def test_a_participle_clause_after_the_verb_tells_a_consequence_not_the_place(analyse):
    doc, ments = analyse("Ruritania bombed targets in Lebanon on Monday, prompting protests in Amman.")
    attacks = [c for c in doc_event_candidates(doc, ments, date(2024, 11, 8)) if c["event_type"] == "ASSAULT"]
    assert attacks and attacks[0]["location_name"] != "Amman", attacks


@pytest.mark.parametrize(
    "text",
    [
        "Norway condemned Ruritania on Monday for the raid on a clinic in Tripoli.",
        "The foreign ministers called on Monday for a ceasefire in Khartoum.",
    ],
)
def test_a_place_in_what_a_statement_is_about_is_not_where_it_was_made(analyse, text):
    doc, ments = analyse(text)
    said = [c for c in doc_event_candidates(doc, ments, date(2024, 11, 8)) if c["event_type"] in {"ACCUSE", "REQUEST"}]
    assert said and all(c["location_name"] not in {"Tripoli", "Khartoum"} for c in said), said


def test_a_capital_abroad_is_a_place_even_when_the_article_names_no_country_of_it():
    from sitrep.extract import places

    assert places.well_known_city("Bern")  # a capital, though small
    assert places.well_known_city("Vienna")  # a large city
    assert not places.well_known_city("Miraflores")  # a district shares its name with a town abroad


def test_a_city_name_shared_by_two_countries_of_the_article_is_the_larger_city(analyse):
    text = "Argentine Foreign Minister Diana Mondino met Bolivian President Luis Arce in La Paz on Tuesday."
    doc, ments = analyse(text)
    meetings = [c for c in doc_event_candidates(doc, ments, date(2024, 11, 8)) if c["event_type"] == "CONSULT"]
    assert meetings and meetings[0]["location_country_iso3"] == "BOL", meetings


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "TASHKENT, March 4 (Reuters) - Uzbek President Shavkat Mirziyoyev met Turkmen President Serdar "
            "Berdimuhamedow to discuss gas transit.",
            "Tashkent",
        ),
        (
            "HANOI, Oct. 2 (AP) - Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay "
            "Siphandone to discuss a railway link.",
            "Hanoi",
        ),
    ],
)
def test_a_dateline_whose_country_the_body_names_by_its_people_places_the_event(analyse, text, city):
    doc, ments = analyse(text)
    events = doc_event_candidates(doc, ments, date(2024, 5, 10))
    assert events and all(c["location_name"] == city for c in events), events


def test_an_agency_home_city_the_story_never_returns_to_places_nothing(analyse):
    text = "HANOI, Oct. 2 (AP) - Thai Prime Minister Srettha Thavisin met Malaysian Prime Minister Anwar Ibrahim."
    doc, ments = analyse(text)
    events = doc_event_candidates(doc, ments, date(2024, 5, 10))
    assert events and all(c["location_name"] is None for c in events), events


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Ruritanian leader Ana Ruiz welcomed Chilean President Luis Vega to the White House.", "Washington"),
        ("Russian President Ivan Petrov received Chilean President Luis Vega at the Kremlin on Monday.", "Moscow"),
        ("Chilean President Luis Vega welcomed Peruvian President Ana Ruiz to Santiago on Monday.", "Santiago"),
    ],
)
def test_a_seat_of_government_or_a_welcome_to_a_city_places_the_meeting(nlp, text, city):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    meetings = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "CONSULT"]
    assert meetings and meetings[0]["location_name"] == city, meetings


def test_a_meeting_in_a_time_phrase_does_not_take_the_clauses_place(nlp):
    """'Ahead of the A-B meeting, C spoke at a meeting in Y': Y is where C spoke, not where A met B."""
    text = (
        "Chilean President Luis Vega welcomed Peruvian President Ana Ruiz to Santiago on Monday. Ahead of the meeting "
        "between Vega and Ruiz, Bolivian minister Marco Paz spoke out against tariffs during a meeting of finance "
        "ministers in Cochabamba."
    )
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    second = list(doc.sents)[1].start_char
    cands = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "CONSULT"]
    names = {m["idx"]: m["surface"] for m in ments}
    vega_ruiz = [
        c
        for c in cands
        if c["start_char"] == second and {names.get(p["mention_idx"]) for p in c["participants"]} >= {"Vega", "Ruiz"}
    ]
    assert vega_ruiz and all(c["location_name"] != "Cochabamba" for c in vega_ruiz), cands


@pytest.mark.parametrize(
    ("text", "etype", "city"),
    [
        ("Thousands of Serbian students protested in the capital on Monday night.", "PROTEST", "Belgrade"),
        ("Hundreds of Kenyan nurses marched across the centre of the capital on Friday.", "PROTEST", "Nairobi"),
        (
            "Angry farmers blocked roads in the country's capital on Sunday, Chilean officials said.",
            "PROTEST",
            "Santiago",
        ),
        ("The Moldovan president met the envoy in the capital on Thursday.", "CONSULT", "Chisinau"),
    ],
)
def test_a_bare_capital_is_the_capital_of_the_one_country_the_sentence_names(nlp, text, etype, city):
    doc = nlp(text)
    found = [
        c for c in doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 10)) if c["event_type"] == etype
    ]
    assert found and found[0]["location_name"] == city, found


def test_a_bare_capital_with_two_countries_named_and_no_dateline_places_nothing(nlp):
    doc = nlp("Chilean and Peruvian delegates met in the capital on Thursday.")
    found = [c for c in doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 10))]
    assert found and all(c["location_name"] is None for c in found), found
