"""Round 34's precision classes (development sample 4747 and the older samples): a sum paid 'in' taxes or fees is
read with that noun ('paid $2 million in fees' is no economic cooperation, ``sum_kinds``); contributions paid, a
public service announcement or a message released, a ceremony, a forum or a service attended are no event of the
verb's default category (``data/trigger_senses.tsv``)."""

import pytest

from sitrep.extract import entities, sum_kinds
from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_candidates import doc_event_candidates


def _codes(nlp, text: str, trigger: str, etype: str) -> bool:
    doc = nlp(text)
    cands = doc_event_candidates(doc, entities.doc_mentions(doc), None)
    return any(c["event_type"] == etype and trigger in c["trigger"] for c in cands)


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("row", read_tsv("sum_kinds.tsv"), ids=lambda r: r["prep"])
def test_each_kind_phrase_reads_the_sum_with_its_noun(nlp, row):
    doc = nlp(row["example"])
    verb = _token(doc, row["trigger"])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    assert [t.lemma_ for t in sum_kinds.sum_kinds(verb, objects)] == ["tax"]
    assert not _codes(nlp, row["example"], row["trigger"], row["plover"])


def test_a_sum_paid_in_fees_is_no_cooperation(nlp):
    assert not _codes(nlp, "Peru paid $2.1 million in fees to Chile last year.", "paid", "COOPERATE")


def test_an_object_that_is_no_sum_keeps_its_in_phrase_out(nlp):
    doc = nlp("Peru paid the Chilean fishermen in cash.")
    verb = _token(doc, "paid")
    assert sum_kinds.sum_kinds(verb, [c for c in verb.children if c.dep_ == "dobj"]) == []


def test_contributions_paid_are_no_cooperation(nlp):
    assert not _codes(nlp, "The contributions paid by Peru to Chile rose in March.", "paid", "COOPERATE")


def test_a_public_service_announcement_released_is_no_release(nlp):
    text = "The old PSA released in 2015 is circulating again after the Chilean president's decision."
    assert not _codes(nlp, text, "released", "RETREAT")


def test_people_released_are_still_released(nlp):
    assert _codes(nlp, "Peru released the Chilean fishermen on Monday.", "released", "RETREAT")


@pytest.mark.parametrize("thing", ["ceremony", "forum", "service"])
def test_a_ceremony_a_forum_or_a_service_attended_is_no_meeting(nlp, thing):
    text = f"Peruvian ministers and Chilean envoys attended the {thing} in Lima."
    assert not _codes(nlp, text, "attended", "CONSULT")


def test_talks_attended_are_still_a_meeting(nlp):
    assert _codes(nlp, "Peruvian ministers and Chilean envoys attended talks in Lima.", "attended", "CONSULT")
