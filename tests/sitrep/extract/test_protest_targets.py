"""Targets of protests told by their demand or by who did what they protest (``event_arg_demands``), and a
light verb's protest noun as the speaker's own act ('lodged a protest with X')."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, event_triggers, events

ROWS = event_triggers.read_tsv("protest_demands.tsv")


def _coded(nlp, text: str) -> tuple[list[dict], dict[int, dict]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return events.doc_event_candidates(doc, ments, None), {m["idx"]: m for m in ments}


def _names(cand: dict, by_idx: dict[int, dict], role: str) -> set[str]:
    return {
        (by_idx[p["mention_idx"]]["surface"] if p["mention_idx"] is not None else p.get("group"))
        for p in cand["participants"]
        if p["role"] == role
    }


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_each_demand_word_names_the_target_of_its_example(nlp, row):
    assert row["kind"] in {"demand_verb", "act_noun", "act_verb", "denounce_verb", "motive_noun"}
    cands, by_idx = _coded(nlp, row["example"])
    (cand,) = [c for c in cands if c["event_type"] == "PROTEST"]
    assert any(row["target"] in name for name in _names(cand, by_idx, "target"))


@pytest.mark.parametrize(
    "text, target",
    [
        ("Activists demonstrated outside the embassy against the detention of a poet by Varnish police.", "police"),
        ("Farmers protested over the seizure of their land by soldiers.", "military"),
        ("Miners marched in protest against the closure of the pits by Minister Hella Rask.", "Hella Rask"),
    ],
)
def test_the_doer_of_the_act_protested_is_the_target(nlp, text, target):
    cands, by_idx = _coded(nlp, text)
    (cand,) = [c for c in cands if c["event_type"] == "PROTEST"]
    assert target in _names(cand, by_idx, "target")
    assert target not in _names(cand, by_idx, "source")


def test_a_by_phrase_hung_on_an_active_protest_verb_is_no_source(nlp):
    cands, by_idx = _coded(nlp, "Students demonstrated against the jailing of Ona Pell by the regime of Kalvar.")
    for cand in cands:
        assert "Kalvar" not in _names(cand, by_idx, "source")


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Norway lodged a protest with Denmark over the fishing dispute.", "Norway", "Denmark"),
        ("Chile filed a formal protest with Peru about the border incident.", "Chile", "Peru"),
    ],
)
def test_a_protest_lodged_by_a_state_names_no_protesters(nlp, text, source, target):
    cands, by_idx = _coded(nlp, text)
    (cand,) = cands
    assert _names(cand, by_idx, "source") == {source}
    assert _names(cand, by_idx, "target") == {target}


@pytest.mark.parametrize(
    "text, target, not_target",
    [
        ("Officials in Nairobi accused Mogadishu of harbouring insurgents.", "Mogadishu", "rebels"),
        ("The minister accused Norway of sheltering militants.", "Norway", "militants"),
    ],
)
def test_the_charge_of_an_accusation_names_no_target(nlp, text, target, not_target):
    cands, by_idx = _coded(nlp, text)
    (cand,) = [c for c in cands if c["event_type"] == "ACCUSE"]
    names = _names(cand, by_idx, "target")
    assert target in names and not_target not in names


def test_a_demand_told_on_another_word_of_the_same_protest_names_the_target(nlp):
    text = "Angry students rioted after a sit-in demanding the dismissal of Minister Pavo Raine."
    cands, by_idx = _coded(nlp, text)
    assert any("Pavo Raine" in _names(c, by_idx, "target") for c in cands if c["event_type"] == "PROTEST")
