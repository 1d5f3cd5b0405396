"""Acts that were never coded because a party went missing or the act hid in reported words, through the real
spaCy pipeline. Invented sentences."""

from __future__ import annotations


def test_surname_that_is_a_common_word_after_an_honorific_is_a_person(event_roles):
    # 'May' is an English stop word; after 'Mrs' it is a surname, and the act has its source
    roles = event_roles("Mrs May rejected Anna Kovac's call for a second referendum on Tuesday.", "REJECT")
    assert ("source", "May") in roles and ("target", "Anna Kovac") in roles


def test_bare_stop_word_is_still_no_person(event_roles):
    assert not event_roles("May rejected the proposal.", "REJECT")
