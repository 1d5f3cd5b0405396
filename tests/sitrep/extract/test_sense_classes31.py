"""Precision classes of development sample 4141 (round 31), each a general reading of a trigger's arguments, run
through the real pipeline on sentences of our own: a singular 'talk of/about' a subject is no meeting
(``data/topic_talk.tsv``); 'shot to fame' is no shooting and 'blasted missiles' no criticism
(``data/trigger_senses.tsv``; a blast of missiles at no one is a weapons show, ``data/weapon_tests.json``);
'failed someone' is no refusal and 'demonstrate' with an object (``required_arguments``) or a clause of what it
shows (``data/shown_clauses.tsv``) no protest; a killing told beside a wreck or a sinking is a mishap
(``mishap_nouns``); protecting the nation is no aid; numbers released are no release of people."""

import pytest

from sitrep.extract.data_files import read_tsv

TOPIC_ROWS = read_tsv("topic_talk.tsv")
SHOWN_ROWS = read_tsv("shown_clauses.tsv")


@pytest.mark.parametrize("row", SHOWN_ROWS, ids=[r["lemma"] for r in SHOWN_ROWS])
def test_a_verb_of_showing_with_its_clause_is_no_event(event_roles, row):
    assert event_roles(row["example"], row["plover"]) == set()


@pytest.mark.parametrize("row", TOPIC_ROWS, ids=[r["noun"] for r in TOPIC_ROWS])
def test_a_singular_talk_of_a_subject_is_no_meeting(event_roles, row):
    assert event_roles(row["example"], row["plover"]) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chilean senators walked out during the president's talk about the border with Peru.",
        "Markets rose on talk of a Chilean trade deal with Peru.",
    ],
)
def test_more_talk_of_a_subject(event_roles, text):
    assert event_roles(text, "CONSULT") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean talks with Peru resumed on Monday.",
        "Chilean President Michelle Bachelet held talks with Peruvian officials about the border.",
    ],
)
def test_talks_held_stay_meetings(event_roles, text):
    assert ("target", "Peru") in event_roles(text, "CONSULT") or any(
        role == "target" for role, _ in event_roles(text, "CONSULT")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian actor shot to stardom in a Chilean soap opera.",
        "Maria Lopez, who shot to fame in a Chilean talent show, toured Peru last year.",
    ],
)
def test_shooting_to_fame_is_no_attack(event_roles, text):
    assert event_roles(text, "ASSAULT") == set()


def test_shooting_a_person_stays_an_attack(event_roles):
    roles = event_roles("A Chilean soldier shot a Peruvian fisherman near the border.", "ASSAULT")
    assert any(role == "source" for role, _ in roles)


def test_missiles_blasted_into_the_sea_are_a_weapons_show(event_roles):
    text = "The Chilean navy blasted two missiles into the sea on Monday."
    assert event_roles(text, "ACCUSE") == set()
    assert event_roles(text, "MOBILIZE") != set()


def test_rockets_blasted_at_a_base_are_an_attack(event_roles):
    text = "Peruvian rebels blasted rockets at the Chilean base on Monday."
    assert event_roles(text, "ACCUSE") == set()
    assert ("source", "rebels") in event_roles(text, "ASSAULT")


def test_blasting_a_person_stays_criticism(event_roles):
    roles = event_roles("The Chilean minister blasted Peruvian President Ollanta Humala on Monday.", "ACCUSE")
    assert ("target", "Ollanta Humala") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Chile failed the Peruvian farmers.",
        "The Chilean ministry admitted that it had failed the Peruvian Academy of Sciences.",
    ],
)
def test_failing_someone_is_no_refusal(event_roles, text):
    assert event_roles(text, "REJECT") == set()


def test_failing_to_comply_stays_a_refusal(event_roles):
    assert ("source", "Peru") in event_roles("Peru failed to comply with the Chilean demands.", "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister demonstrated his commitment to the treaty with Peru.",
        "The vote allowed the Chilean president to demonstrate, beyond any doubt, that he is in charge.",
        "The Peruvian witness demonstrated with a doll how he was holding the boy.",
    ],
)
def test_demonstrating_something_is_no_protest(event_roles, text):
    assert event_roles(text, "PROTEST") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thousands demonstrated outside the Chilean embassy in Lima.",
        "Peruvian students demonstrated against the ban.",
        "Peruvian students demonstrated against the ban, saying that it was unfair.",
    ],
)
def test_demonstrators_stay_protesters(event_roles, text):
    assert event_roles(text, "PROTEST") != set()


def test_a_ferry_that_went_down_killing_passengers_is_a_mishap(event_roles):
    text = "Nearly three years after it went down killing 300 Peruvian passengers, the wreck was brought to shore."
    assert event_roles(text, "ASSAULT") == set()


def test_protecting_the_nation_is_no_aid(event_roles):
    text = "The Chilean government is taking steps to protect the nation from drug cartels."
    assert event_roles(text, "AID") == set()


def test_protecting_civilians_of_another_party_stays_aid(event_roles):
    text = "Chilean peacekeepers protected Haitian civilians in Port-au-Prince."
    assert event_roles(text, "AID") != set()


def test_released_numbers_are_no_release(event_roles):
    text = "The Chilean police released preliminary numbers showing a rise in crime."
    assert event_roles(text, "RETREAT") == set()


def test_released_soldiers_stay_a_release(event_roles):
    assert event_roles("The Chilean army released two Peruvian soldiers on Monday.", "RETREAT") != set()
