"""An act asked about or rehearsed is no event (``asked_manners``, ``data/asked_manners.tsv``): each row's example
codes its category with the row's word left out of the table and no event of it with the word in."""

import pytest

from sitrep.extract import asked_manners, entities
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_candidates import doc_event_candidates

ROWS = [r for r in read_tsv("asked_manners.tsv") if r["plover"] != "-"]


def _codes(nlp, text: str, trigger: str, etype: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] == etype and trigger in c["trigger"] for c in cands)


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_word_blocks_its_example(nlp, monkeypatch, row):
    assert not _codes(nlp, row["example"], row["trigger"], row["plover"])
    full = asked_manners.words()
    monkeypatch.setattr(asked_manners, "words", lambda: {**full, row["kind"]: full[row["kind"]] - {row["word"]}})
    assert _codes(nlp, row["example"], row["trigger"], row["plover"])


def _token(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_an_infinitive_after_how_is_asked_about(nlp):
    text = "Chilean senators handed out tips on how to raise concerns."
    assert asked_manners.asked_manner(_token(nlp, text, "raise"))


def test_an_infinitive_with_no_question_word_is_no_question(nlp):
    text = "Chilean senators agreed to raise their concerns with Peru."
    assert not asked_manners.asked_manner(_token(nlp, text, "raise"))


def test_a_relative_where_is_no_question_of_manner(nlp):
    text = "The envoys flew to Lima, where they are due to meet the Peruvian president."
    assert not asked_manners.asked_manner(_token(nlp, text, "meet"))


def test_a_for_phrase_of_a_plain_noun_is_no_rehearsal(event_roles):
    roles = event_roles("Peruvian state media said the Chilean navy was responsible for striking the port.", "ASSAULT")
    assert ("source", "Chilean") in roles or ("source", "navy") in roles or roles
