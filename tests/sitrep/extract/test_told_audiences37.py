"""The audience of a told clause is no target (``told_audiences``): 'X told reporters that Y was spreading lies'
accuses Y, as 'X said that Y ...' does; a state told to act stays the target of the request."""

import pytest

from sitrep.extract import told_audiences
from sitrep.extract.told_audiences import examples

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_said_clause_subject_is_the_target_not_the_audience(event_roles, row):
    roles = event_roles(row["example"], row["type"])
    assert ("target", row["target"]) in roles
    targets = {name for role, name in roles if role == "target"}
    assert not targets & {"journalists", "media", "legislators", "supporters", "protesters", "government", "German"}
    assert not any(row["word"].lower() in (name or "").lower() for name in targets)


def test_a_state_told_to_act_is_the_target_of_the_request(event_roles):
    roles = event_roles("Ruritanian President Karl Odo told Borduria to withdraw its troops.", "REQUEST")
    assert ("target", "Borduria") in roles


def test_lawmakers_told_to_act_are_the_target_of_the_request(event_roles):
    roles = event_roles("Ruritanian President Karl Odo told lawmakers to approve the budget.", "REQUEST")
    assert ("target", "legislators") in roles


def test_a_named_person_told_a_clause_is_no_audience(nlp):
    doc = nlp("Ruritanian President Karl Odo told Anna Berg that Borduria was spreading lies.")
    told = next(t for t in doc if t.lower_ == "told")
    assert told_audiences.audiences(told) == []


def test_the_audience_of_an_infinitive_is_not_dropped(nlp):
    doc = nlp("Ruritanian President Karl Odo told reporters to leave the room.")
    told = next(t for t in doc if t.lower_ == "told")
    assert told_audiences.audiences(told) == []


def test_an_outlet_told_a_clause_is_an_audience(nlp):
    doc = nlp("Ruritanian Foreign Minister Karl Odo told CNN that Borduria was spreading lies.")
    told = next(t for t in doc if t.lower_ == "told")
    assert [t.text for t in told_audiences.audiences(told)] == ["CNN"]
