"""The one a relative is named by is no party of an act done to the relative: 'police arrested the wife of X'
(development samples 2222, 2323, 2727: 'the detention of Y, the daughter of X', "X's fellow army officers";
``kin_owners``, ``data/kin_nouns.tsv``). Sentences of our own."""

import pytest

from sitrep.extract import kin_owners
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("kin_nouns.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_relation_owner_is_no_party(event_roles, row):
    roles = event_roles(row["example"], row["category"])
    assert roles, row["example"]
    assert not any(row["owner"] in name for _, name in roles), roles


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A court extended the detention of John Smith, the brother of Peter Brown.", "John Smith"),
        ("Police arrested his wife, Grace Mugabe, on Monday.", "Grace Mugabe"),
        ("Police arrested the leader of Hamas.", "Hamas"),
    ],
)
def test_the_relative_named_and_other_owners_stay(event_roles, text, kept):
    roles = event_roles(text, "COERCE")
    assert ("target", kept) in roles, roles
    assert not any("Peter Brown" in name for _, name in roles), roles


def test_kin_reads_the_data_file(nlp):
    doc = nlp("the widow of the soldier and the leader of the party")
    assert kin_owners.kin(doc[1]) and not kin_owners.kin(doc[7])


def test_a_clause_after_the_owner_may_tell_of_the_owner(event_roles):
    # 'the widow of X, killed in a raid': the parser hangs the participle on the widow; X was killed
    roles = event_roles("Widow of Navy SEAL John Brown, killed in Yemen raid, receives an ovation.", "ASSAULT")
    assert ("target", "John Brown") in roles, roles
