"""A participle on a rule told as background is no event; on a rule the sentence makes it is (sentences of our own,
through the real pipeline)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("told_rule_nouns.tsv")


@pytest.fixture(scope="module")
def triggers(nlp):
    """text -> the lower-case trigger texts of the coded events."""

    def run(text: str) -> list[str]:
        doc = nlp(text)
        found = events.doc_event_candidates(doc, entities.doc_mentions(doc), None)
        return [(c.get("trigger") or "").lower() for c in found]

    return run


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['noun']}-{r['act']}" for r in ROWS])
def test_a_rule_told_before_does_nothing_here(triggers, row):
    assert not any(t.startswith(row["act"]) for t in triggers(row["example"]))


@pytest.mark.parametrize(
    "text,act",
    [
        ("Trump signed an executive order banning travel from seven countries.", "bann"),
        ("A decree expelling the envoy was issued on Monday.", "expel"),
    ],
)
def test_a_rule_made_in_the_sentence_acts(triggers, text, act):
    assert any(t.startswith(act) for t in triggers(text))
