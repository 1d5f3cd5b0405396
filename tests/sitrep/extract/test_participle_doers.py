"""A participle before a bare plural noun after 'to' / 'from' ('gave herself up to arresting officers') is read by
the parse as a gerund governing the noun: the noun does the act, on the clause's subject."""

from datetime import date

import pytest

from sitrep.extract.events import doc_event_candidates


@pytest.mark.parametrize(
    "text",
    [
        "Marko Vell gave himself up to arresting officers outside the court on Monday.",
        "The opposition leader Ana Torvic gave herself up to arresting officers outside her office on Monday.",
    ],
)
def test_the_noun_a_participle_modifies_does_the_act_on_the_subject(analyse, text):
    doc, ments = analyse(text)
    arrests = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "COERCE"]
    assert arrests, text
    roles = {(p.get("group"), p["role"]) for p in arrests[0]["participants"]}
    assert ("police", "source") in roles
    person = next(p for p in arrests[0]["participants"] if p.get("mention_idx") is not None)
    assert person["role"] == "target"


def test_a_participle_with_its_own_object_keeps_its_subject(analyse):
    doc, ments = analyse("The Ruritanian police said they were arresting protesters in the square.")
    arrests = [c for c in doc_event_candidates(doc, ments, date(2024, 5, 10)) if c["event_type"] == "COERCE"]
    assert arrests and not any(
        p.get("group") == "protesters" and p["role"] == "source" for p in arrests[0]["participants"]
    )
