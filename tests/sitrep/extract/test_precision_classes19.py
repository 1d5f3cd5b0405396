"""Classes of general-news sentences coded as events they do not report (precision, round 19), run through the
real extraction on sentences of our own, with controls that stay coded: a negation spelt with a double quote
for a lost curly apostrophe ('don"t want to meet', 'didn"t meet': negated, as "don't" is); questions run
together in one sentence ('What happened in 1990?-How did X ...?'); instructions to the reader coordinated
with the first ('Join our tour and meet ...'); a sentence that tells a game (two nouns of a game: 'won the
title', 'in the final', 'a single match'), with no state party."""

from __future__ import annotations

import pytest

from tests.sitrep.extract.coding import coded as _coded
from tests.sitrep.extract.coding import dyads
from tests.sitrep.extract.coding import types as _types


def _reported(nlp, text: str) -> set[str]:
    """The categories coded as done or planned (a negated meeting is kept with the status 'denied')."""
    return {c["event_type"] for c in _coded(nlp, text) if c["event_status"] != "denied"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ('Bolivian farmers don"t want to meet the Chilean minister.', "CONSULT"),
        ("The Chilean envoy didn\"t meet Bolivia's president on his trip.", "CONSULT"),
        ('Most Bolivians don"t want to give the president more powers.', "SUPPORT"),
    ],
)
def test_a_negation_with_a_lost_apostrophe_is_no_event(nlp, text, etype):
    assert etype not in _reported(nlp, text), text


def test_a_lost_apostrophe_is_split_as_a_negation(nlp):
    doc = nlp('The Chilean envoy didn"t meet him and wasn"t invited.')
    assert [t.text for t in doc][3:5] == ["did", 'n"t']
    assert [t.dep_ for t in doc if t.text == 'n"t'] == ["neg", "neg"]
    assert doc.text == 'The Chilean envoy didn"t meet him and wasn"t invited.'


def test_a_plain_meeting_beside_a_lost_apostrophe_stays_coded(nlp):
    text = "The Chilean envoy met Bolivia's president on Monday, but he didn\"t sign the accord."
    assert "CONSULT" in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Who shelled the Bolivian embassy?-Why did Chile reject the offer?", "REJECT"),
        ("What did the two leaders agree in 1990? Why did Chile attack Bolivia?", "ASSAULT"),
    ],
)
def test_questions_run_together_report_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


def test_a_question_mark_for_a_lost_quote_keeps_the_event(nlp):
    text = 'The minister said "?we will never accept this"?and Chile rejected the offer on Monday.'
    assert "REJECT" in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Join our tour and meet Chile's President Bachelet in Santiago.", "CONSULT"),
        ("Escape the winter blues with a cruise, and visit the Chilean ambassador in Lima.", "CONSULT"),
    ],
)
def test_coordinated_instructions_to_the_reader_are_no_events(nlp, text, etype):
    assert etype not in _types(nlp, text), text


def test_a_coordinated_act_with_a_subject_stays_coded(nlp):
    text = "Chile joined the talks and met President Morales of Bolivia in La Paz."
    assert "CONSULT" in _types(nlp, text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("After winning the title in Lima, the tennis star defeated her old rival in the final.", "ASSAULT"),
        ("Her return to the top of the rankings came after Ana Ruiz withdrew before a single match.", "RETREAT"),
        ("Eva Lind, whom Ana Ruiz defeated in the final, won the title in 2015.", "ASSAULT"),
    ],
)
def test_a_game_report_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Rebels attacked the stadium during the final of the league, killing four fans.", "ASSAULT"),
        ("Chile's president won the title of senator and met Bolivia's president in La Paz.", "CONSULT"),
    ],
)
def test_a_state_party_or_one_game_word_keeps_the_event(nlp, text, etype):
    assert etype in _types(nlp, text), text


def test_removing_a_barrier_or_protecting_interests_is_no_event(nlp):
    assert "COERCE" not in _types(nlp, "The new accord removed a barrier to Sino-Bolivian trade.")
    assert "AID" not in _types(nlp, "The Chilean senator said the law was needed to protect Chilean interests.")


def test_removing_people_and_protecting_an_embassy_stay_coded(nlp):
    assert "COERCE" in _types(nlp, "Chile removed hundreds of Bolivian migrants last year.")
    assert any(c["event_type"] == "AID" for c in _coded(nlp, "Chilean troops protected the Bolivian embassy."))


# Targets that are a nearby noun, not the recipient: where a retreating doer goes ('withdrew to residential
# neighbourhoods', 'fled into Chile'); the court or the police a complaint is filed with; the owner of a thing a
# meeting or a deal is about ('negotiating the opening of a military base').


def _targets(nlp, text: str, etype: str) -> set:
    return {t for _, tgt in dyads(nlp, text, etype) for t in tgt}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chilean rebels withdrew to residential neighbourhoods in the north.", None),
        ("Chilean rebels retreated to Bolivia after the clashes.", "Bolivia"),
    ],
)
def test_where_a_retreat_goes_is_no_target(nlp, text, absent):
    assert ("RETREAT" in _types(nlp, text)) and absent not in _targets(nlp, text, "RETREAT"), text
    assert not any(t is None for t in _targets(nlp, text, "RETREAT")), text  # (no 'civilians' of the place)


def test_a_retreat_that_hands_over_keeps_its_recipient(nlp):
    text = "The prisoners were released to the Red Cross by Chilean rebels."
    assert "Red Cross" in _targets(nlp, text, "RETREAT")


def test_the_court_a_complaint_is_filed_with_is_no_target(nlp):
    text = "Bolivia filed a complaint against Chile with the International Court of Justice."
    assert _targets(nlp, text, "ACCUSE") == {"Chile"}
    alone = "Bolivia filed a complaint with the International Court of Justice about Chile's plans."
    assert "International Court of Justice" not in _targets(nlp, alone, "ACCUSE")


def test_an_accusation_of_a_court_keeps_its_target(nlp):
    text = "Bolivia's president accused the Chilean court of bias on Monday."
    assert _targets(nlp, text, "ACCUSE")


def test_the_owner_of_a_base_talks_are_about_is_no_target(nlp):
    text = "The Chilean government is negotiating the opening of a military base with Bolivia."
    assert None not in _targets(nlp, text, "CONSULT")
    struck = "Rebels attacked a military base near the Bolivian border."
    assert None in _targets(nlp, struck, "ASSAULT")  # (the military, an unnamed group, is hit)


# Senses read with the object a verb's phrase stands for: the 'from' phrase of a verb with no object ('withdrew
# from the race', 'suspended from school'); the noun a passive relative clause describes ('the list, which was
# released on Monday'); fighting a prejudice or a fear (no attack).


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Bolivian senator withdrew from the race after the first debate.", "RETREAT"),
        ("A Chilean pupil was suspended from school for a week.", "SANCTION"),
        ("La Paz topped the ranking, according to the Bolivian Rich List, which was released on March 7.", "RETREAT"),
        ("Bolivian students fought racism and hatred in their town.", "ASSAULT"),
        ("The Chilean sergeant laid down his life for his comrades.", "RETREAT"),
    ],
)
def test_a_sense_read_through_a_phrase_is_no_event(nlp, text, etype):
    assert etype not in _types(nlp, text), text


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Bolivian troops withdrew from the border town on Monday.", "RETREAT"),
        ("The two Bolivian hostages, who were released on Monday, flew home.", "RETREAT"),
        ("Rebels fought the Bolivian army for control of the town.", "ASSAULT"),
        ("The Chilean envoy was expelled from Bolivia.", "SANCTION"),
    ],
)
def test_the_act_through_a_phrase_stays_coded(nlp, text, etype):
    assert etype in _types(nlp, text), text
