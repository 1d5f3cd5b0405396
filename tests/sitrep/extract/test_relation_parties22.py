"""An act aimed at a relation between two parties is aimed at the party the relation noun's 'with' phrase names
('reaffirmed its commitment to its alliance with X'; ``relation_parties``, ``data/relation_nouns.tsv``)."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("relation_nouns.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_every_relation_noun_example_takes_its_party_as_target(nlp, row):
    from sitrep.extract import entities, events

    doc = nlp(row["example"])
    ments = entities.doc_mentions(doc)
    by_idx = {m["idx"]: m for m in ments}
    targets = {
        by_idx[p["mention_idx"]]["surface"]
        for c in events.doc_event_candidates(doc, ments, None)
        for p in c["participants"]
        if p["role"] == "target" and p["mention_idx"] is not None
    }
    assert row["party"] in targets


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("Minsk confirmed its commitment to its allied relationship with Moscow.", "SUPPORT", "Minsk", "Moscow"),
        ("Laos pledged its commitment to friendship with Cambodia.", "AGREE", "Laos", "Cambodia"),
    ],
)
def test_the_relation_party_is_the_target_not_a_source(event_roles, text, etype, source, target):
    roles = event_roles(text, etype)
    assert ("source", source) in roles and ("target", target) in roles
    assert ("source", target) not in roles


def test_a_relation_with_no_party_names_no_target(event_roles):
    # a commitment to cooperate reaffirmed is PLOVER AGREE (round 36's '@pledges' rows; it was SUPPORT before)
    roles = event_roles("Kenya reaffirmed its commitment to regional cooperation.", "AGREE")
    assert ("source", "Kenya") in roles
    assert not any(r == "target" for r, _ in roles)
