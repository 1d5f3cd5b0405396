"""General-news readings: a 'call' that is no phone call, and recipients written as role phrases or as the
subject of a passive (sentences of our own, through the real extraction)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities
from sitrep.extract.event_candidates import doc_event_candidates


def _coded(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(c["event_type"], c["trigger"]) for c in doc_event_candidates(doc, entities.doc_mentions(doc), None)]


@pytest.mark.parametrize(
    "text",
    [
        # naming something: an object predicate, or a thing for object
        "Senator Dana Marsh has called the rhetoric against the agency overheated.",
        'Senator Dana Marsh called the cabinet\'s refusal to testify "a pity".',
        # a phrasal verb: criticism, not a call
        "The governor also called out the Freedom Caucus on Tuesday.",
        # a summons with no caller
        "Dana Marsh has been called before the audit committee to explain the irregularities.",
    ],
)
def test_a_call_in_another_sense_is_no_phone_call(nlp, text):
    assert not [c for c in _coded(nlp, text) if c[0] == "CONSULT"]


def test_a_phone_call_to_a_person_is_still_coded(nlp):
    assert ("CONSULT", "phoned") in _coded(nlp, "Dana Marsh phoned Robert Evans on Tuesday.")
    assert ("CONSULT", "called") in _coded(nlp, "Dana Marsh called back Robert Evans later that day.")


def test_a_time_phrase_is_no_preposition_of_a_demand(nlp):
    """'called X on Monday' is no 'call on X' (REQUEST)."""
    assert not [c for c in _coded(nlp, "Dana Marsh called Robert Evans on Monday.") if c[0] == "REQUEST"]


@pytest.mark.parametrize(
    ("text", "etype", "group"),
    [
        # the agents file lists the compound phrase, not its head noun
        ("Mayor Dana Marsh refused to cooperate with federal law enforcement.", "REJECT", "police"),
        ("The navy detained asylum seekers near the harbour on Sunday.", "COERCE", "refugees"),
        # a modifier and its noun listed as a group of their own
        ("Dana Marsh urged the international community to send food.", "REQUEST", "international community"),
    ],
)
def test_a_role_phrase_is_the_target(event_roles, text, etype, group):
    assert ("target", group) in event_roles(text, etype)


def test_the_people_a_passive_act_was_done_to_are_its_target(event_roles):
    roles = event_roles("At least nine people were arrested at the harbour on Friday.", "COERCE")
    assert ("target", "civilians") in roles


def test_the_international_community_is_no_civilians(event_roles):
    roles = event_roles("Dana Marsh called on the international community for help.", "REQUEST")
    assert ("target", "civilians") not in roles


@pytest.mark.parametrize(
    ("text", "etype", "judged"),
    [
        ("Dana Marsh welcomed the decision by the army to withdraw.", "SUPPORT", "military"),
        ("Dana Marsh condemned the crackdown on the press by the Veltrian government.", "ACCUSE", "government"),
    ],
)
def test_whose_act_is_judged_is_the_target_not_a_second_source(event_roles, text, etype, judged):
    roles = event_roles(text, etype)
    assert ("target", judged) in roles and ("source", judged) not in roles


def test_the_holder_of_a_role_acts_not_the_person_who_gave_it(event_roles):
    text = "Robert Evans's choice for security adviser, retired admiral Dana Marsh, has turned down the offer."
    roles = event_roles(text, "REJECT")
    assert ("source", "Dana Marsh") in roles and ("source", "Robert Evans") not in roles


def test_a_state_beside_its_minister_is_kept(event_roles):
    roles = event_roles("Robert Evans's spokesman criticised the decision.", "ACCUSE")
    assert ("source", "Robert Evans") in roles


def test_a_pronoun_in_a_direct_quotation_is_not_its_speaker(event_roles):
    text = 'Prosecutor Dana Marsh spoke on Monday. "He attacked the guard with a knife," Marsh said.'
    assert ("source", "Marsh") not in event_roles(text, "ASSAULT")
    assert ("source", "Dana Marsh") not in event_roles(text, "ASSAULT")


def test_a_pronoun_in_reported_speech_is_still_its_speaker(event_roles):
    """'X said it would ...': indirect speech keeps the speaker as the pronoun's antecedent."""
    roles = event_roles("Norway said on Friday that it has recalled its ambassador from Chile.", "SANCTION")
    assert ("source", "Norway") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Robert Evans argued that the tariff plan would fail.",  # a view stated, no criticism
        "The storm claimed the lives of nine people.",
        "Public discussion tends to focus on the northern provinces.",
        "Many Americans residing in Veltria support the plan.",
        "A woman was pulled over for drunk driving.",
        "Their actions whip up the discontent of the farmers.",
    ],
)
def test_a_cameo_verb_default_in_another_sense_codes_nothing(nlp, text):
    assert not [c for c in _coded(nlp, text) if c[0] in {"ACCUSE", "AID", "COERCE", "ASSAULT"}]


def test_the_place_of_an_arrest_is_no_target(event_roles):
    roles = event_roles("Nine activists were arrested at Heathrow Airport on Friday.", "COERCE")
    assert ("target", "Heathrow Airport") not in roles and ("target", "activists") in roles
