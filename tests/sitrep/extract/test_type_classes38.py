"""Round 38's type classes: what an agentless passive accusation, charge or demand tells ('the editor is accused of
spreading propaganda') is alleged or asked, no act the report tells (``event_clause_acts.SPOKEN_FRAMES``,
``partyless_content``); a vow to avenge someone is a threat (``rival_intents.tsv``). Invented sentences through the
real extraction, each with a contrast it must not change."""

import pytest

from sitrep.extract import entities, events


@pytest.fixture(scope="module")
def coded_types(nlp):
    """text -> the PLOVER types of the events the real extraction codes in it."""

    def run(text: str) -> list[str]:
        doc = nlp(text)
        return [c["event_type"] for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), None)]

    return run


@pytest.mark.parametrize(
    "text,alleged",
    [
        ("The Freedonian editor is accused of spreading propaganda for the northern rebels.", "SUPPORT"),
        ("The Ruritanian colonel was accused of supplying rifles to the Freedonian rebels.", "AID"),
        ("The Freedonian mayor is accused of bribing officials and spreading propaganda for the rebels.", "SUPPORT"),
    ],
)
def test_an_act_alleged_in_the_agentless_passive_is_no_act(coded_types, text, alleged):
    assert alleged not in coded_types(text), text


@pytest.mark.parametrize(
    "text,act",
    [
        ("The Freedonian editor spread propaganda for the northern rebels.", "SUPPORT"),
        ("The Ruritanian colonel supplied rifles to the Freedonian rebels.", "AID"),
    ],
)
def test_the_same_act_told_as_done_is_coded(coded_types, text, act):
    assert act in coded_types(text), text


def test_an_accusation_with_its_accuser_keeps_only_the_accusation(coded_types):
    types = coded_types("Ruritanian prosecutors accused the Freedonian editor of spreading propaganda.")
    assert "ACCUSE" in types and "SUPPORT" not in types, types


def test_a_vow_to_avenge_a_person_is_a_threat(coded_types):
    types = coded_types("The Ruritanian rebels vowed to avenge their slain commander.")
    assert "THREATEN" in types and "AGREE" not in types, types


def test_a_vow_to_help_stays_a_promise(coded_types):
    types = coded_types("The Ruritanian minister vowed to help the flood victims in the north.")
    assert "AGREE" in types and "THREATEN" not in types, types


def test_an_attack_under_an_agentless_charge_stays_an_attack(coded_types):
    text = "A DNA test linked a Ruritanian man accused of shooting and injuring two Freedonian officers to a murder."
    assert "ASSAULT" in coded_types(text)
