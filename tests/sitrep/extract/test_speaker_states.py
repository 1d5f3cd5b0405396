"""'The minister said his country ...': the description stands for the speaker's state (sentences of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, speaker_states
from sitrep.extract.event_context import EventContext

EXAMPLES = speaker_states.data()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_every_example_makes_the_speakers_state_the_source(event_roles, example):
    assert ("source", example["source"]) in event_roles(example["text"], example["type"])


def test_a_country_described_outside_a_report_is_no_speakers_state(nlp):
    doc = nlp("The Chilean envoy arrived on Sunday. The country rejected the proposal on Monday.")
    ctx = EventContext(doc, entities.doc_mentions(doc), None)
    assert all(speaker_states.speaker_state(ctx, tok) is None for tok in doc)


def test_a_speaker_with_no_country_gives_no_state(event_roles):
    roles = event_roles("The company said the country rejected the proposal.", "REJECT")
    assert not any(role == "source" for role, _ in roles)
