"""Backing told as a standing description is no act of backing (``standing_backings``,
``data/standing_backings.tsv``): each verb row's example codes a backing with the row left out of the table and none
with it in; each body row's participle is read as standing with the row in and not with it left out; a past or
dated passive, an active verb, a participle on forces or on a document, a person's and one beside a clause of an
act keep the event."""

import pytest

from sitrep.extract import entities, standing_backings
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_candidates import doc_event_candidates

VERB_ROWS = [r for r in read_tsv("standing_backings.tsv") if r["kind"] == "verb"]
BODY_ROWS = [r for r in read_tsv("standing_backings.tsv") if r["kind"] == "body"]
TYPES = standing_backings.BACKING_TYPES


def _codes(nlp, text: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] in TYPES for c in cands)


@pytest.mark.parametrize("row", VERB_ROWS, ids=[r["word"] for r in VERB_ROWS])
def test_the_verb_blocks_its_example(nlp, monkeypatch, row):
    assert not _codes(nlp, row["example"])
    full = standing_backings.verbs()
    monkeypatch.setattr(standing_backings, "verbs", lambda: full - {row["word"]})
    assert _codes(nlp, row["example"])


@pytest.mark.parametrize("row", BODY_ROWS, ids=[r["word"] for r in BODY_ROWS])
def test_the_body_noun_reads_its_participle_as_standing(nlp, monkeypatch, row):
    doc = nlp(row["example"])
    participle = next(t for t in doc if t.tag_ == "VBN" and t.dep_ == "acl")
    assert participle.head.lower_ == row["word"]
    etype = "SUPPORT"
    assert standing_backings.standing_backing(participle, etype)
    full = standing_backings.bodies()
    monkeypatch.setattr(standing_backings, "bodies", lambda: full - {row["word"]})
    assert not standing_backings.standing_backing(participle, etype)


@pytest.mark.parametrize(
    "text",
    [
        "The Marlow Institute was financed by the Danish shipping magnate Erik Holm in 2015.",
        "The Dutch embassy sponsors the Lagos Youth Orchestra.",
        "Malian troops, backed by French advisers and drones, have cleared the north of Kidal.",
        "Backed by Russian jets, Syrian troops drove the rebels from the town of Qusayr.",
        "Chadian soldiers, supported by French jets, pushed the militants out of Gao.",
        "The Cyprus peace plan is backed by Greece and Britain.",
        "The investigators must report in May, said the resolution backed by the European Union.",
    ],
)
def test_a_backing_given_stays_an_event(nlp, text):
    assert _codes(nlp, text)


def test_a_person_backed_is_no_body(nlp):
    doc = nlp("John Miller, backed by the Labour Party, won the vote in Leeds.")
    participle = next(t for t in doc if t.lower_ == "backed")
    assert not standing_backings.standing_backing(participle, "SUPPORT")


def test_the_verbs_are_read_from_the_table():
    assert {"back", "fund"} <= standing_backings.verbs()
    assert "charity" in standing_backings.bodies()
