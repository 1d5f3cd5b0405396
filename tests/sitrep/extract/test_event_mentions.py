"""Actor slots filled by reference: 'the two countries' after a sentence naming two states, and a surname the
model tagged as nothing, an organisation or a town, after the person's full name (sentences of our own)."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities
from sitrep.extract.event_candidates import doc_event_candidates


def _events(nlp, text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m["surface"] for m in ments}
    return [
        (c["event_type"], sorted((by_idx.get(p.get("mention_idx"), "?"), p["role"]) for p in c["participants"]))
        for c in doc_event_candidates(doc, ments, None)
    ]


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Peru and Chile have argued over fishing rights for years. Both countries condemned the raid.", "ACCUSE"),
        ("Peru and Chile have argued over fishing rights for years. The two sides agreed to resume talks.", "AGREE"),
        ("Peru and Chile have argued over water for years. On Monday the two countries held talks in Lima.", "CONSULT"),
    ],
)
def test_the_two_countries_are_the_two_states_named_last(nlp, text, etype):
    events = dict(_events(nlp, text))
    assert events[etype] == [("Chile", "source"), ("Peru", "source")], events


def test_the_two_countries_stay_unresolved_without_exactly_two_states(nlp):
    three = "Peru, Chile and Bolivia have argued over water for years. Both countries condemned the raid."
    assert not any(etype == "ACCUSE" for etype, _ in _events(nlp, three))
    nearest = "Peru sent troops to Chile. Bolivia protested. Both countries condemned the raid."
    # (Bolivia's own protest is a state's verbal protest, ACCUSE by Bolivia: ``lone_protests``; aimed at Peru, whose
    # act it answers: ``reaction_targets``)
    found = [parts for etype, parts in _events(nlp, nearest) if etype == "ACCUSE"]
    assert all([p for p in parts if p[1] == "source"] == [("Bolivia", "source")] for parts in found), found


def test_a_surname_tagged_as_a_town_is_the_person_named_before(nlp):
    text = "Ruritanian envoy Maria Houston arrived in Lima on Monday. Houston condemned Peru over the border."
    events = dict(_events(nlp, text))
    assert events["ACCUSE"] == [("Maria Houston", "source"), ("Peru", "target")], events


def test_a_capital_in_an_actor_slot_is_no_surname(nlp):
    text = "Ruritanian envoy Maria Lima arrived in Quito on Monday. Lima condemned Quito over the border."
    events = dict(_events(nlp, text))
    assert ("Maria Lima", "source") not in events.get("ACCUSE", []), events


def test_the_two_sides_of_a_meeting_are_its_two_parties(nlp):
    text = "President Ana Ruiz of Peru met President Luis Vega of Chile in Lima. The two sides condemned the raid."
    events = dict(_events(nlp, text))
    assert events["ACCUSE"] == [("Ana Ruiz", "source"), ("Luis Vega", "source")], events


def test_both_countries_pairs_the_one_state_named_last_with_the_state_named_before_it(nlp):
    """'Both countries agreed' after a sentence naming one state: the other is the state named a few sentences
    earlier by its name."""
    text = (
        "Peru and Chile held talks in Lima on Monday, officials said. Chile's delegation was led by Foreign Minister "
        "Luis Vega. A joint statement was read out afterwards. Both countries agreed to reopen their border."
    )
    doc = nlp(text)
    ments = entities.doc_mentions(doc)
    names = {m["idx"]: m["surface"] for m in ments}
    last = list(doc.sents)[-1].start_char
    cands = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["start_char"] == last]
    assert cands and {names.get(p["mention_idx"]) for p in cands[0]["participants"]} == {"Peru", "Chile"}, cands
