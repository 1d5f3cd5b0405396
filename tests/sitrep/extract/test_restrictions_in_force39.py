"""A restriction told as in force is no act of restricting (``restrictions_in_force``,
``data/restrictions_in_force.tsv``): each verb row's example codes a restriction with the row left out of the table
and none with it in; a past, perfect or dated passive, an active verb, an agent's participle and a headline keep
the event."""

import pytest

from sitrep.extract import entities, restrictions_in_force
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_candidates import doc_event_candidates

ROWS = [r for r in read_tsv("restrictions_in_force.tsv") if r["kind"] == "verb"]
TYPES = restrictions_in_force.RESTRICTION_TYPES


def _codes(nlp, text: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] in TYPES for c in cands)


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_verb_blocks_its_example(nlp, monkeypatch, row):
    assert not _codes(nlp, row["example"])
    full = restrictions_in_force.verbs()
    monkeypatch.setattr(restrictions_in_force, "verbs", lambda: full - {row["word"]})
    assert _codes(nlp, row["example"])


@pytest.mark.parametrize(
    "text",
    [
        "Travel into the Tarsian border zone was restricted by the Ruritanian army on Monday.",
        "The Tarsian Falcon Brotherhood has been outlawed by the Ruritanian government.",
        "The Ruritanian government bans the Tarsian Falcon Brotherhood.",
        "From Monday, Ruritanian trawlers are barred from the northern fishing grounds by Tarsia.",
        "Ruritanian opposition leader Ana Ruiz banned from presidential vote.",
        "The Ruritanian opposition paper, banned in Tarsia on Monday, printed a new edition.",
    ],
)
def test_a_restriction_imposed_stays_an_event(nlp, text):
    assert _codes(nlp, text)


def test_a_since_phrase_tells_a_restriction_in_force(nlp):
    assert not _codes(nlp, "Travel into the Tarsian border zone is restricted by the Ruritanian army since 2012.")


def test_the_verbs_are_read_from_the_table(nlp):
    assert "ban" in restrictions_in_force.verbs()
    doc = nlp("The pesticide was banned.")
    assert not restrictions_in_force.in_force(doc[3], "COERCE")
