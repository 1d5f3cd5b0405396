"""Acts that were never coded because a party went missing or the act hid in reported words, through the real
spaCy pipeline. Invented sentences."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv


def test_surname_that_is_a_common_word_after_an_honorific_is_a_person(event_roles):
    # 'May' is an English stop word; after 'Mrs' it is a surname, and the act has its source
    roles = event_roles("Mrs May rejected Anna Kovac's call for a second referendum on Tuesday.", "REJECT")
    assert ("source", "May") in roles and ("target", "Anna Kovac") in roles


def test_bare_stop_word_is_still_no_person(event_roles):
    assert not event_roles("May rejected the proposal.", "REJECT")


def test_denying_a_named_partys_claim_is_a_rejection_of_that_party(event_roles):
    roles = event_roles("Freedonia denied Ruritania's claims that its troops had crossed the border.", "REJECT")
    assert roles == {("source", "Freedonia"), ("target", "Ruritania")}
    roles = event_roles("Chile rejected claims by Peru that it had jailed reporters.", "REJECT")
    assert roles == {("source", "Chile"), ("target", "Peru")}


def test_denying_an_ownerless_claim_stays_a_statement(event_roles):
    assert not event_roles("Freedonia rejected claims that it had jailed reporters.", "REJECT")
    text = "Freedonia denied Ruritania's claims that its troops had shelled the town."
    assert not event_roles(text, "ASSAULT")  # the claimed shelling is not reported as real


def test_a_partys_words_told_false_accuse_that_party(event_roles):
    roles = event_roles("The Chilean minister said Peru's claims have no basis in fact.", "ACCUSE")
    assert ("target", "Peru") in roles
    assert ("target", "Peru") in event_roles("Chile said the claims by Peru were lies.", "ACCUSE")


def test_words_of_no_named_party_or_not_told_false_accuse_no_one(event_roles):
    assert not event_roles("Chile said the report had no basis.", "ACCUSE")
    assert not event_roles("Chile said Peru's claims were not false.", "ACCUSE")
    assert not event_roles("Chile said Peru's statement had a basis in law.", "ACCUSE")


def test_a_wrong_told_by_its_verb_alone_is_an_allegation_against_the_named_doer(event_roles):
    roles = event_roles("China said the United States was meddling in its internal affairs.", "ACCUSE")
    assert ("source", "China") in roles and ("target", "United States") in roles
    assert ("target", "Peru") in event_roles("Chile said Peru was trying to destabilise the region.", "ACCUSE")


def test_a_wrong_told_as_possible_denied_or_by_no_party_is_no_allegation(event_roles):
    assert not event_roles("Chile said Peru could interfere in the vote.", "ACCUSE")
    assert not event_roles("Chile said Peru did not lie.", "ACCUSE")
    assert not event_roles("The minister said the storm interfered with flights.", "ACCUSE")
    assert not event_roles('Chile said: "No Peruvian official ever interfered in the inquiry."', "ACCUSE")


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("told_breaches.tsv") if r["kind"] == "break"], ids=lambda r: r["lemma"]
)
def test_a_commitment_told_broken_is_criticism_of_the_breaker(event_roles, row):
    roles = event_roles(row["example"], "ACCUSE")
    assert {r for r, _ in roles} == {"source", "target"}, roles


def test_a_commitment_told_kept_or_broken_by_the_speaker_is_no_criticism(event_roles):
    assert not event_roles("Chile said Peru had not violated the accord.", "ACCUSE")
    assert not event_roles("Chile said it had violated the accord.", "ACCUSE")


@pytest.mark.parametrize("row", read_tsv("told_epithets.tsv"), ids=lambda r: r["lemma"])
def test_a_named_party_told_a_menace_is_criticised(event_roles, row):
    roles = event_roles(row["example"], "ACCUSE")
    assert {r for r, _ in roles} == {"source", "target"}, roles


def test_an_epithet_of_the_calling_class_told_in_a_said_clause_is_criticism(event_roles):
    assert ("target", "Peru") in event_roles("Chile said Peru was a bully.", "ACCUSE")


def test_no_epithet_for_a_pronoun_a_thing_or_a_denial(event_roles):
    assert not event_roles("Chile said Peru was not a threat.", "ACCUSE")
    assert not event_roles("Chile said he was a liar.", "ACCUSE")
    assert not event_roles("Chile said the virus was a threat to regional peace.", "ACCUSE")
    assert not event_roles("Chile said Peru was a partner.", "ACCUSE")


@pytest.mark.parametrize(
    "row", [r for r in read_tsv("disavowed_intents.tsv") if r["kind"] == "noun"], ids=lambda r: r["lemma"]
)
def test_an_act_of_giving_or_meeting_disavowed_is_the_speakers_refusal(event_roles, row):
    assert ("source", "Chile") in event_roles(row["example"], "REJECT"), row["example"]
    assert not event_roles(row["example"], "CONSULT") and not event_roles(row["example"], "RETREAT")


def test_an_intent_held_or_told_by_no_one_is_no_refusal(event_roles):
    assert not event_roles("Chile said it had a plan to reopen the border with Peru.", "REJECT")
    assert not event_roles("There is no question of negotiating with Peru.", "REJECT")
