"""A struggle told in a present progressive relative clause on a noun describes the noun (``standing_struggles``,
``data/standing_struggles.tsv``): each row's example codes its category with the row left out of the table and no
event of it with the row in; a date in the clause, the past, and other verbs keep the act."""

import pytest

from sitrep.extract import entities, standing_struggles
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_candidates import doc_event_candidates

ROWS = read_tsv("standing_struggles.tsv")


def _codes(nlp, text: str, trigger: str, etype: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] == etype and trigger in c["trigger"] for c in cands)


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_the_verb_blocks_its_example(nlp, monkeypatch, row):
    assert not _codes(nlp, row["example"], row["trigger"], row["plover"])
    full = standing_struggles.verbs()
    monkeypatch.setattr(standing_struggles, "verbs", lambda: full - {row["lemma"]})
    assert _codes(nlp, row["example"], row["trigger"], row["plover"])


def test_a_date_in_the_clause_keeps_the_act(nlp):
    text = "The Chilean government, which is fighting the Shining Path this week, released a list of attacks."
    assert _codes(nlp, text, "fighting", "ASSAULT")


def test_a_struggle_told_in_the_main_clause_is_kept(nlp):
    assert _codes(nlp, "The Chilean government is fighting the Shining Path in the north.", "fighting", "ASSAULT")


def test_the_relative_of_a_noun_of_countries_describes_them(nlp):
    text = (
        "She called for maintaining Chilean military presence in countries like Peru, Bolivia and Ecuador which are"
        " all fighting militant Islam."
    )
    assert not _codes(nlp, text, "fighting", "ASSAULT")
