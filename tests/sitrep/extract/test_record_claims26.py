"""Claims about a whole class or a record are no acts reported (sentences of our own, through the real pipeline)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("record_cues.tsv")


@pytest.fixture(scope="module")
def triggers(nlp):
    """text -> the lower-case trigger texts of the coded events."""

    def run(text: str) -> list[str]:
        doc = nlp(text)
        return [
            (c.get("trigger") or "").lower() for c in events.doc_event_candidates(doc, entities.doc_mentions(doc), None)
        ]

    return run


def _coded(found: list[str], act: str) -> bool:
    return any(t.startswith(act[:5]) for t in found)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['act']}-{r['cue']}" for r in ROWS])
def test_a_record_claim_is_no_act(triggers, row):
    assert not _coded(triggers(row["example"]), row["act"])


@pytest.mark.parametrize(
    "text,act",
    [
        ("Russia launched more air strikes on Tuesday than on any other day this year.", "launc"),
        ("Freedonia expelled two diplomats on Monday, the most in its history.", "expel"),
        ("Two Ruritanian ministers were convicted of bribery in March.", "convi"),
    ],
)
def test_a_past_act_compared_with_others_stays(triggers, text, act):
    assert _coded(triggers(text), act)
