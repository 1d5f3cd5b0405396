"""Arguments in the event's own sentence that were read but dropped (round 24, late wave).

- a capital in the 'from'/'to' phrase of a word that asks or addresses a counterpart, or of its object, is its
  state, the target ('demanded an explanation from Washington', 'voiced concern to Moscow'), not a place
  (``seat_actors.state_party``, ``data/counterpart_preps.tsv``); going or sending somewhere keeps a place;
- a 'strike' with no named holder gets the protesters as its holders only in its labour sense: not when its
  modifiers make it an attack ('the air strike') nor when named states judge it ('Russia and Iran condemned the
  strike') (``crowd_guesses``);
- a criticism, condemnation or denunciation named as a noun is ACCUSE disapprove: its possessor or 'by' phrase
  criticises its 'of' phrase ('Poland's criticism of Germany', 'the condemnation of Pakistan by India')
  (``data/triggers_curated.tsv``);
- a 'by' phrase the parser hangs on an event noun's 'of' object, right after it, is the event's doer ('the
  expulsion of the diplomats by Russia') (``event_arg_nouns.noun_sources``).
"""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import coded, dyads


@pytest.mark.parametrize("row", read_tsv("counterpart_preps.tsv"), ids=lambda r: r["prep"] + ":" + r["word"])
def test_a_capital_asked_or_addressed_is_the_target(nlp, row):
    pairs = dyads(nlp, row["example"], row["etype"])
    assert any(row["target"] in tgt for _, tgt in pairs), pairs


@pytest.mark.parametrize(
    ("text", "etype", "target"),
    [
        ("Paris sought clarification from Moscow on the missile tests.", "REQUEST", "Moscow"),
        ("Canada expressed deep concern to Beijing about the detentions.", "ACCUSE", "Beijing"),
    ],
)
def test_invented_counterparts(nlp, text, etype, target):
    pairs = dyads(nlp, text, etype)
    assert any(target in tgt for _, tgt in pairs), pairs


def test_a_place_gone_to_stays_a_place(nlp):
    pairs = dyads(nlp, "Germany sent more troops to Kabul on Monday.", "MOBILIZE")
    assert not any("Kabul" in tgt for _, tgt in pairs), pairs


@pytest.mark.parametrize(
    "text",
    [
        "Russia, China and Iran condemned the strike.",
        "Turkey condemned the drone strike near the border.",
        "Egypt and Jordan denounced the missile strike on Monday.",
    ],
)
def test_a_military_strike_invents_no_protesters(nlp, text):
    got = coded(nlp, text)
    groups = [p.get("group") for c in got for p in c["participants"]]
    assert got and "protesters" not in groups, got


@pytest.mark.parametrize(
    "text", ["Police broke up the strike at the port.", "The government condemned the strike on Tuesday."]
)
def test_a_labour_strike_keeps_its_strikers(nlp, text):
    got = coded(nlp, text)
    assert "protesters" in [p.get("group") for c in got for p in c["participants"]], got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Poland's criticism of Germany dominated the summit.", "Poland", "Germany"),
        ("Egypt's sharp denunciation of Ethiopia came on Monday.", "Egypt", "Ethiopia"),
        ("The condemnation of Pakistan by India was swift.", "India", "Pakistan"),
    ],
)
def test_a_criticism_noun_is_its_holders_accusation(nlp, text, source, target):
    pairs = dyads(nlp, text, "ACCUSE")
    assert any(source in src and target in tgt for src, tgt in pairs), pairs


def test_a_criticism_reacted_to_is_no_second_accusation(nlp):
    assert dyads(nlp, "Germany rejected Turkey's criticism on Monday.", "ACCUSE") == []


@pytest.mark.parametrize(
    ("text", "etype", "source"),
    [
        ("The expulsion of the diplomats by Russia angered Britain.", "SANCTION", "Russia"),
        ("The arrest of two journalists by Egypt drew protests.", "COERCE", "Egypt"),
    ],
)
def test_a_by_phrase_on_the_of_object_is_the_doer(nlp, text, etype, source):
    pairs = dyads(nlp, text, etype)
    assert any(source in src and source not in tgt for src, tgt in pairs), pairs
