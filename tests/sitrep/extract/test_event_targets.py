"""Targets a named visitor's destination and a description that refers back give (sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.event_merge import merge_events
from sitrep.extract.group_rows import group_entity_id


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("President Robert Evans will travel to Hanoi next week.", "VNM"),
        ("Robert Evans arrived in Beijing on Monday for a three-day state visit.", "CHN"),
    ],
)
def test_a_named_visitor_arriving_in_a_capital_visits_its_state(event_roles, text, host):
    assert ("target", host) in event_roles(text, "CONSULT")


def test_a_city_that_is_no_capital_hosts_no_visit(event_roles):
    roles = event_roles("Robert Evans arrived in Chicago on Monday for a campaign rally.", "CONSULT")
    assert not any(role == "target" for role, _ in roles)


def test_a_leader_arriving_in_his_own_capital_visits_no_one(event_roles):
    roles = event_roles("Chinese President Xi Jinping arrived in Beijing on Monday after a tour of Africa.", "CONSULT")
    assert not any(role == "target" for role, _ in roles)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Robert Evans announced his bid on Monday. The governor criticized the senator on Tuesday.",
        "Robert Evans, the Republican candidate, spoke in Ohio. Susan Clark accused the candidate of lying.",
    ],
)
def test_a_title_description_is_the_person_introduced_with_that_title(event_roles, text):
    etype = "ACCUSE"
    assert ("target", "Robert Evans") in event_roles(text, etype)


def test_a_title_description_with_no_one_introduced_so_is_no_person(event_roles):
    roles = event_roles("Susan Clark spoke on Monday. The governor criticized the senator on Tuesday.", "ACCUSE")
    assert not any(name == "Susan Clark" for _, name in roles)


def test_praise_for_a_group_the_speaker_owns_targets_that_group(event_roles):
    roles = event_roles(
        "President Robert Evans commended his administration on Tuesday over the flood relief.", "SUPPORT"
    )
    assert ("target", "government") in roles


def test_an_accusation_about_what_was_done_to_someone_does_not_blame_them(event_roles):
    text = "Senator Robert Evans alleged on Friday that Susan Clark and her aides had been wiretapped for months."
    assert ("target", "Susan Clark") not in event_roles(text, "ACCUSE")
    bribed = "Senator Robert Evans alleged on Friday that Susan Clark had been bribed by the Ruritanian government."
    roles = event_roles(bribed, "ACCUSE")
    assert ("target", "Susan Clark") not in roles and ("target", "government") in roles


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Robert Evans paid a visit to Moscow on Monday.", "RUS"),
        ("Robert Evans will make a three-day trip to Hanoi next week.", "VNM"),
        ("Robert Evans started an official visit to Kenya on Monday.", "Kenya"),
    ],
)
def test_a_visit_noun_of_a_light_verb_visits_its_destination(event_roles, text, host):
    assert ("target", host) in event_roles(text, "CONSULT")


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Chilean President Gabriel Boric urged his country to stay calm after the earthquake.", "REQUEST", "CHL"),
        ("Mexican President Andres Lopez praised his government for its work during the floods.", "SUPPORT", "MEX"),
        ("The Kenyan president thanked his army for its courage.", "SUPPORT", "KEN"),
    ],
)
def test_a_state_or_institution_the_speaker_owns_is_of_the_speakers_country(nlp, text, etype, target):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    found = [
        p.get("country_iso3")
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == etype
        for p in c["participants"]
        if p["role"] == "target"
    ]
    assert found == [target]


def test_an_owned_place_with_another_modifier_is_no_state(event_roles):
    roles = event_roles("Robert Evans criticized his home country for its silence.", "ACCUSE")
    assert not any(role == "target" for role, _ in roles)


@pytest.mark.parametrize(
    "text",
    [
        "The minister has refused to step down despite mounting pressure from the opposition.",
        "The minister declined to resign despite repeated demands by the opposition.",
    ],
)
def test_a_refusal_despite_pressure_is_aimed_at_who_pressed(event_roles, text):
    assert ("target", "opposition") in event_roles(text, "REJECT")


def test_a_refusal_despite_a_storm_has_no_target(event_roles):
    roles = event_roles("The minister refused to step down despite the storm in the north.", "REJECT")
    assert not any(role == "target" for role, _ in roles)


def test_a_visit_within_the_visitors_own_state_visits_no_state(event_roles):
    roles = event_roles("Mexican President Andres Lopez made a visit to a Mexico City hospital on Monday.", "CONSULT")
    assert not any(role == "target" for role, _ in roles)
    assert ("target", "PER") in event_roles("Mexican President Andres Lopez paid a visit to Lima on Monday.", "CONSULT")


@pytest.mark.parametrize(
    ("text", "etype", "backer"),
    [
        ("Two commanders of Tehran-backed militias were killed in an air strike on Friday.", "ASSAULT", "Tehran"),
        ("Police arrested three members of a Kremlin-linked group on Monday.", "COERCE", "Kremlin"),
    ],
)
def test_a_backer_named_with_a_hyphen_is_no_party(nlp, text, etype, backer):
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m["surface"] for m in ments}
    parts = [p for c in events.doc_event_candidates(doc, ments, None) if c["event_type"] == etype
             for p in c["participants"]]  # fmt: skip
    assert parts
    assert all(by_idx.get(p["mention_idx"]) != backer and p.get("country_iso3") is None for p in parts)


def test_a_speaker_parsed_into_the_phrase_before_his_reporting_verb_is_no_party(event_roles):
    text = (
        "Officials in Lima expect talks next month between Governor Susan Clark and Karl Berg, the Ruritanian "
        "trade envoy, Minister Robert Evans told reporters."
    )
    names = {name for _, name in event_roles(text, "CONSULT")}
    assert {"Susan Clark", "Karl Berg"} <= names and "Robert Evans" not in names


def test_an_object_pronoun_finds_the_one_person_named_a_few_sentences_back(event_roles):
    text = (
        "Robert Evans met Susan Clark on Monday. The talks lasted three hours. Clark later praised him for his candour."
    )
    assert ("target", "Robert Evans") in event_roles(text, "SUPPORT")


def test_an_object_pronoun_with_two_persons_far_back_stays_unresolved(event_roles):
    text = "Robert Evans met Peter Clark on Monday. The talks lasted three hours. Karl Berg later praised him for it."
    assert not any(role == "target" for role, _ in event_roles(text, "SUPPORT"))


def test_an_object_pronoun_with_one_person_of_its_sex_far_back_is_that_person(event_roles):
    # (pronoun_genders: 'him' is no woman)
    text = "Robert Evans met Susan Clark on Monday. The talks lasted three hours. Karl Berg later praised him for it."
    assert ("target", "Robert Evans") in event_roles(text, "SUPPORT")


def test_a_group_owned_by_a_person_takes_the_persons_resolved_country():
    person = {"idx": 0, "surface": "Ana Ruiz", "label": "PERSON", "start_char": 0, "end_char": 8, "country_iso3": "PER"}
    cand = {
        "event_type": "SUPPORT",
        "event_status": "occurred",
        "event_date": "2024-03-04",
        "date_precision": "day",
        "date_source": "expression",
        "date_hints": {},
        "participants": [
            {"mention_idx": 0, "role": "source"},
            {
                "mention_idx": None,
                "role": "target",
                "country_iso3": None,
                "group": "government",
                "group_type": "ORG",
                "surface": "administration",
                "owner_idx": 0,
            },
        ],  # fmt: skip
        "start_char": 0,
        "end_char": 10,
        "sentence": "a sentence of our own",
        "location_name": None,
        "location_country_iso3": None,
    }
    analysis = {"article_id": "a1", "mentions": [person], "event_candidates": [cand], "quotes": []}
    _, participants, _ = merge_events([analysis], {"a1": {"outlet": "X", "story_id": "s"}}, {("a1", 0): "ent_ruiz"})
    targets = {p["entity_id"] for p in participants if p["role"] == "target"}
    assert targets == {group_entity_id("government", "PER")}


def test_the_subject_of_a_suspicion_did_the_gerund_it_is_suspected_of(event_roles):
    text = "Robert Evans is suspected of having attacked a convoy near Kandahar last year."
    roles = event_roles(text, "ASSAULT")
    assert ("source", "Robert Evans") in roles and ("target", "Robert Evans") not in roles


@pytest.mark.parametrize(
    "text",
    [
        "Robert Evans denounced Susan Clark at the annual film festival gala.",
        "Robert Evans criticized Susan Clark at the NATO summit on Monday.",
    ],
)
def test_the_occasion_a_criticism_is_made_at_is_no_target(event_roles, text):
    targets = {name for role, name in event_roles(text, "ACCUSE") if role == "target"}
    assert targets == {"Susan Clark"}


def test_a_persons_home_town_is_no_target(event_roles):
    roles = event_roles("Chilean police arrested Tomas Arbeloa, 41, of Valparaiso, Chile, on Friday.", "COERCE")
    assert ("target", "Tomas Arbeloa") in roles
    assert ("target", "Valparaiso") not in roles


@pytest.mark.parametrize(
    "text",
    [
        "Chilean Prime Minister Ana Ruiz said Tomas Vega's remarks were inflammatory and demanded an apology.",
        "The Chilean minister Ana Ruiz said the Peruvian decision was a mistake and called for new talks.",
    ],
)
def test_a_speakers_second_verb_is_not_done_by_the_thing_judged(event_roles, text):
    roles = event_roles(text, "REQUEST")
    assert ("source", "Ana Ruiz") in roles
    assert ("source", "Tomas Vega") not in roles and ("source", "Peruvian") not in roles
