"""A state acts through its agents (sitrep/extract/state_agents.py): the official or the state body a sentence names
beside the state's act joins that event as a participant; source and target stay as coded."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv

BODIES = [r for r in read_tsv("state_agents.tsv") if r["kind"] == "body"]


@pytest.mark.parametrize("row", BODIES, ids=[r["word"] for r in BODIES])
def test_state_body_joins_the_states_act(article_parties, row):
    sentence, body = row["example"].split(" => ")
    events = article_parties(sentence)
    assert any(ev.get(body) == "participant" and ev.get("Peru") == "source" for ev in events), events


def test_official_joins_the_states_act(article_parties):
    events = article_parties("Peru accused Chile of spying on Monday, Peruvian Foreign Minister Ana Vell said.")
    assert {"Peru": "source", "Chile": "target", "Ana Vell": "participant"} in events


def test_opposition_leader_speaks_for_no_state(article_parties):
    events = article_parties("Chile accused Peru of spying on Monday, Chilean opposition leader Ana Vell said.")
    assert events and all("Ana Vell" not in ev or ev["Ana Vell"] != "participant" for ev in events), events


def test_official_of_another_state_does_not_join(article_parties):
    events = article_parties("Peru accused Chile of spying on Monday, Bolivian Foreign Minister Ana Vell said.")
    assert events and all(ev.get("Ana Vell") != "participant" for ev in events), events


def test_quoted_speaker_joins_the_states_act(article_parties):
    text = (
        'Peruvian Foreign Minister Ana Vell spoke to reporters in Lima on Monday. "Peru rejects the demand of Chile. '
        'We will not pay for the damage," she said.'
    )
    events = article_parties(text)
    assert {"Peru": "source", "Chile": "target", "Ana Vell": "participant"} in events, events


@pytest.mark.parametrize(
    ("role", "agent"),
    [("Minister of Foreign Affairs", True), ("Kremlin spokesman", True), ("brother of leader", False)],
)
def test_the_title_must_name_an_office_held(role, agent):
    from sitrep.extract.state_agents import acts_for

    assert acts_for({"entity_type": "PERSON", "country_iso3": "PER", "role": role}, "PER") is agent
