"""Targets that are a topic, not a party ('over' phrases); mutual acts whose coordinated subjects are both
sides; a group acted on abroad takes the country of the place, not of the foreign force acting on it; who
receives aid is its target."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events


def _coded(nlp, text: str) -> tuple[list[dict], dict[int, dict]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    return events.doc_event_candidates(doc, ments, None), {m["idx"]: m for m in ments}


def _side(cand: dict, by_idx: dict[int, dict], role: str) -> set[tuple[str, str | None]]:
    out = set()
    for p in cand["participants"]:
        if p["role"] == role:
            m = by_idx.get(p["mention_idx"]) or {}
            out.add((m.get("surface") or p.get("group"), p.get("country_iso3") or m.get("country_iso3")))
    return out


def _one(nlp, text: str, etype: str) -> tuple[dict, dict[int, dict]]:
    cands, by_idx = _coded(nlp, text)
    found = [c for c in cands if c["event_type"] == etype]
    assert found, (text, [c["event_type"] for c in cands])
    return found[0], by_idx


@pytest.mark.parametrize(
    ("text", "etype", "target", "topic"),
    [
        ("Vanuatu criticized Fiji over Rotuma.", "ACCUSE", "Fiji", "Rotuma"),
        ("Sweden imposed new sanctions on Belarus over Lithuania.", "SANCTION", "Belarus", "Lithuania"),
        ("Chile protested to Argentina over its treatment of Uruguay.", "ACCUSE", "Argentina", "Uruguay"),
        ("Vietnam warned Laos over Cambodia.", "THREATEN", "Laos", "Cambodia"),
    ],
)
def test_the_topic_of_an_over_phrase_is_no_target(nlp, text, etype, target, topic):
    cand, by_idx = _one(nlp, text, etype)
    names = {name for name, _ in _side(cand, by_idx, "target")}
    assert target in names and topic not in names


@pytest.mark.parametrize(
    "text",
    [
        "Honduras and Nicaragua fought a war over the river islands.",
        "Bolivia and Paraguay fought a war.",
    ],
)
def test_coordinated_subjects_of_a_mutual_act_are_its_two_sides(nlp, text):
    cand, by_idx = _one(nlp, text, "ASSAULT")
    assert len(_side(cand, by_idx, "source")) == 2 and not _side(cand, by_idx, "target")


@pytest.mark.parametrize(
    ("text", "group", "iso3"),
    [
        ("The Kenyan army attacked rebels in Somalia on Monday.", "rebels", "SOM"),
        ("Norwegian troops killed five militants in Mali.", "militants", "MLI"),
        ("Turkish warplanes bombed militants in northern Iraq.", "militants", "IRQ"),
    ],
)
def test_a_group_acted_on_abroad_takes_the_country_of_the_place(nlp, text, group, iso3):
    cand, by_idx = _one(nlp, text, "ASSAULT")
    assert (group, iso3) in _side(cand, by_idx, "target")


def test_a_group_at_a_border_takes_neither_side(nlp):
    cand, by_idx = _one(nlp, "Malian troops attacked militants at the border with Niger.", "ASSAULT")
    assert ("militants", "NER") not in _side(cand, by_idx, "target")


@pytest.mark.parametrize(
    ("text", "giver", "recipient"),
    [
        ("Thousands of refugees received food aid from Jordan.", "Jordan", "refugees"),
        ("Malawi received a loan from the World Bank.", "World Bank", "Malawi"),
        ("Eritrea received weapons from Iran.", "Iran", "Eritrea"),
    ],
)
def test_who_receives_aid_is_its_target_and_the_giver_its_source(nlp, text, giver, recipient):
    cand, by_idx = _one(nlp, text, "AID")
    assert giver in {n for n, _ in _side(cand, by_idx, "source")}
    assert recipient in {n for n, _ in _side(cand, by_idx, "target")}
