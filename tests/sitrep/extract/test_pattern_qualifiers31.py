"""CAMEO patterns keep what they ask beyond their first object element (``scripts/build_triggers.py``
``qualifiers``; enforced by ``pattern_qualifiers``): 'SEEK: * VOTE (OF {NO CONFIDENCE})' codes a vote of no
confidence, not any vote. Invented sentences and an invented dictionary sample."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sitrep.extract import event_triggers
from sitrep.extract.pattern_qualifiers import Qualifier, parse

ROOT = Path(__file__).resolve().parents[3]

SAMPLE = """\
&PROBE
+INVESTIGATION
+INQUIRY

####### VERB PATTERNS #######

---  SEEK   [---]  ---
SEEK
- * VOTE (OF {NO CONFIDENCE})                         [113]         # SEEK
- * (FOR ANSWERS) (OF &PROBE)                         [0214]        # ASK
- * CONVOY OF                                         [181]         # HIJACK
- * BAN (ON TRAVEL)                                   [160]         # IMPOSE
- * DEATH (OF ^)                                      [112]         # BLAME
- * DEMAND THAT +                                     [100]         # REPEAT
- * STATE (OF EMERGENCY)                              [0814]        # LIFT
- * STATE (OF SIEGE)                                  [0872]        # LIFT
- * SUMMIT                                            [043]         # HOST
- * SUMMIT (WITH)                                     [036]         # HOST
"""
CROSSWALK = """\
113: ACCUSE, , # x
0214: REQUEST, , # x
181: ASSAULT, , # x
160: SANCTION, , # x
112: ACCUSE, , # x
100: REQUEST, , # x
0814: CONCEDE, , # x
0872: RETREAT, , # x
043: CONSULT, , # x
036: AGREE, , # x
"""


@pytest.fixture(scope="module")
def rows():
    spec = importlib.util.spec_from_file_location("build_triggers", ROOT / "scripts" / "build_triggers.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    _, patterns = build.build_rows(SAMPLE, CROSSWALK, lambda w, pos: w.lower())
    return {(p["object"], p["qualifier"]): p for p in patterns}


def test_a_qualifying_group_becomes_the_rows_qualifier(rows):
    assert rows[("vote", "of no confidence")]["plover"] == "ACCUSE"
    assert ("vote", "") not in rows  # no row codes any vote


def test_a_synonym_set_in_a_group_gives_alternatives_and_a_mark_any_object(rows):
    assert rows[("answers", "of inquiry|investigation")]["prep"] == "for"
    assert ("death", "of *") in rows  # '(OF ^)': the phrase with any object


def test_a_bare_preposition_after_the_object_is_a_group(rows):
    assert ("convoy", "of *") in rows


def test_a_group_that_adds_a_party_or_topic_to_an_act_stays_dropped(rows):
    assert rows[("ban", "")]["plover"] == "SANCTION"  # 'imposed a ban on imports' is still read


def test_a_pattern_with_words_outside_any_group_is_left_out(rows):
    assert not any(obj == "demand" for obj, _ in rows)


def test_two_qualified_patterns_of_one_object_keep_their_own_readings(rows):
    assert rows[("state", "of emergency")]["plover"] == "CONCEDE"
    assert rows[("state", "of siege")]["plover"] == "RETREAT"


def test_a_qualified_pattern_beside_the_bare_one_stays_out(rows):
    assert rows[("summit", "")]["plover"] == "CONSULT"
    assert ("summit", "with *") not in rows


def test_a_qualifier_cell_is_parsed_into_groups():
    assert parse("of no confidence; against *") == (
        Qualifier("of", ((("no",), "confidence"),)),
        Qualifier("against", ()),
    )


def _reading(nlp, text: str, verb: str):
    doc = nlp(text)
    trig = next((t for t in event_triggers.find_triggers(doc, event_triggers.build_matcher(doc.vocab))
                 if t.token.lower_ == verb), None)  # fmt: skip
    return trig.reading.plover if trig else None


@pytest.mark.parametrize(
    ("text", "verb", "plover"),
    [
        ("The Zubrian cabinet lifted the state of siege in Port Alden.", "lifted", "RETREAT"),
        ("The Zubrian cabinet lifted the state of emergency in Port Alden.", "lifted", "CONCEDE"),
        ("Ostravia weighed the option of military action against Zubria.", "weighed", "THREATEN"),
    ],
)
def test_the_qualified_reading_codes_when_its_group_is_there(nlp, text, verb, plover):
    assert _reading(nlp, text, verb) == plover


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The referee extended the state of play for a minute.", "extended"),
        ("Ostravia weighed the option of a second ferry line.", "weighed"),
    ],
)
def test_without_its_group_the_qualified_pattern_codes_nothing(nlp, text, verb):
    assert _reading(nlp, text, verb) is None
