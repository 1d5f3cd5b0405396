"""A protection told only as the aim of a means is no aid (``aimed_protections``, ``data/aimed_protections.tsv``):
each means row's example codes AID with the row left out of the table and no AID with it in; a protection given,
one aimed by a means not listed, and the same means with a verb not listed keep the event."""

import pytest

from sitrep.extract import aimed_protections, entities
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_candidates import doc_event_candidates

ROWS = [r for r in read_tsv("aimed_protections.tsv") if r["kind"] == "means"]


def _codes(nlp, text: str, etype: str = "AID") -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] == etype for c in cands)


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_means_blocks_its_example(nlp, monkeypatch, row):
    assert not _codes(nlp, row["example"])
    full = aimed_protections.means()
    monkeypatch.setattr(aimed_protections, "means", lambda: full - {row["word"]})
    assert _codes(nlp, row["example"])


def test_a_protection_given_stays_aid(nlp):
    assert _codes(nlp, "Kenyan police protected the opposition leader during the rally in Nairobi.")


def test_a_shelter_opened_to_protect_stays_aid(nlp):
    assert _codes(nlp, "The Tarsian charity opened a shelter to protect abused women.")


def test_the_verbs_are_read_from_the_table(nlp):
    assert "protect" in aimed_protections.verbs()
    assert not aimed_protections.aimed_protection(nlp("The police protected him.")[1], "AID")
