"""Events told as a state ('are on hunger strike'), labour strikes told with the attack's light verbs ('the pilots
launched a strike'), and the generator fixes of the CAMEO lexicon (base forms the rule lemmatizer misread out of
context; the plain words of a group before its closing synonym set)."""

from __future__ import annotations

import pytest

from sitrep.extract import event_triggers
from tests.sitrep.extract.coding import readings, types
from tests.sitrep.extract.test_event_triggers import _build_module


@pytest.mark.parametrize("row", event_triggers.read_tsv("event_states.tsv"), ids=lambda r: r["verb"])
def test_each_state_verb_codes_its_event_noun(nlp, row):
    assert "PROTEST" in types(nlp, row["example"]), row


@pytest.mark.parametrize(
    "text",
    [
        "Forty Freedonian inmates have been on hunger strike since March.",
        "Striking Ruritanian bus drivers remain on strike in the capital.",
        "The Freedonian railway workers were on strike for the third day on Monday.",
    ],
)
def test_an_ongoing_strike_is_a_protest(nlp, text):
    assert "PROTEST" in types(nlp, text)


def test_a_hunger_strike_state_keeps_its_mode(nlp):
    assert ("PROTEST", "hunger") in readings(nlp, "Ruritanian dissidents in Tarsk prison are on hunger strike.")


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian airline pilots launched a strike over pension cuts.",
        "Freedonian junior doctors launched a nationwide strike on Monday.",
        "The Ruritanian dock workers began an indefinite strike for higher pay.",
    ],
)
def test_a_strike_begun_by_working_people_is_a_walkout(nlp, text):
    assert ("PROTEST", "strike") in readings(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritanian jets launched strikes on rebel camps in the north.",
        "Ruritania launched a strike on the Freedonian border post.",
        "Freedonian troops launched a retaliatory strike overnight.",
        "The Ruritanian air force launched air strikes on the depots.",
    ],
)
def test_a_strike_by_armed_forces_or_on_a_target_stays_an_attack(nlp, text):
    assert "ASSAULT" in types(nlp, text) and "PROTEST" not in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian president spoke by phone with his Freedonian counterpart on Sunday.",
        "The Freedonian premier had a telephone conversation with the Ruritanian president.",
        "The Ruritanian and Freedonian leaders held a phone call on Tuesday.",
    ],
)
def test_a_phone_call_between_leaders_is_consult_phone(nlp, text):
    assert ("CONSULT", "phone") in readings(nlp, text)


def test_voting_a_proposal_down_is_a_rejection(nlp):
    assert "REJECT" in types(nlp, "The Freedonian senate voted down the Ruritanian border proposal.")


def test_build_keeps_base_forms_the_rule_lemmatizer_misreads():
    build = _build_module()
    assert build.base_form("discuss", "VERB", {"discuss"})  # not 'discus'
    assert build.base_form("access", "NOUN", ()) and build.base_form("crisis", "NOUN", ())
    assert not build.base_form("talks", "NOUN", {"talks"})  # a plural noun is lemmatised ('talk')
    assert not build.base_form("forgave", "VERB", {"forgive"})  # an irregular past form is lemmatised


def test_generated_lexicon_lists_discuss_and_press():
    verbs = event_triggers.lexicon().verbs
    assert "discuss" in verbs and "discus" not in verbs
    assert verbs["press"][1].plover == "REQUEST"


JOINT_SAMPLE = """\
&EXERCISE
+DRILL
+MANOEUVRE

####### VERB PATTERNS #######

---  HOLD   [---]  ---
HOLD
- * {JOINT &EXERCISE}                                 [062]         # HOLD
"""
JOINT_CROSSWALK = """\
062: COOPERATE, military, # Share intelligence or information
"""


def test_build_keeps_the_plain_words_of_a_group_before_its_set():
    build = _build_module()
    _, patterns = build.build_rows(JOINT_SAMPLE, JOINT_CROSSWALK, lambda w, pos: w.lower())
    keyed = {(p["block"], p["prep"], p["object"], p["words"]) for p in patterns}
    assert ("hold", "", "drill", "joint") in keyed and ("hold", "", "drill", "") not in keyed
