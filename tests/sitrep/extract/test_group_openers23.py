"""A plural role noun of the Phoenix agents file opening a sentence ('Pirates in Somalia have hijacked ...') is a
group of people, not a name the model tagged: the group acts, with the country its phrase gives."""

from __future__ import annotations

from sitrep.extract.entities import doc_mentions


def test_a_role_noun_opening_a_sentence_is_a_group_not_a_name(nlp, event_roles):
    text = "Pirates in Somalia have hijacked an oil tanker with eight crew members onboard."
    assert not [m for m in doc_mentions(nlp(text)) if m["surface"] == "Pirates"]
    assert ("source", "criminals") in event_roles(text, "ASSAULT")


def test_a_party_s_plural_name_opening_a_sentence_stays_a_name(nlp):
    assert [m for m in doc_mentions(nlp("Democrats blocked the bill on Monday.")) if m["surface"] == "Democrats"]
