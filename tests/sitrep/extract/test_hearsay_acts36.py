"""Acts told as hearsay or by an unattributed report are coded as the acts they tell, as 'troops allegedly attacked
the village' is (PLOVER codes what a report tells; event_status stays occurred): a passive verb of saying with an
infinitive ('are said to have attacked', ``hearsay_acts``) keeps the infinitive's own doer and voice and tells no
plan; a 'that' clause on an unattributed noun of claiming or reporting ('there were claims that ...') is its
content, no participle on the noun read as the act's object. Verbs of belief stay hedged opinions."""

import pytest

from sitrep.extract.hearsay_acts import examples
from tests.sitrep.extract.coding import coded, role_words

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_raised_subject_does_the_hearsay_act(nlp, row):
    assert row["source"] in role_words(nlp, row["example"], row["type"], "source")
    assert row["target"] in role_words(nlp, row["example"], row["type"], "target")


@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops are said to have attacked a village in southern Peru.",
        "There were claims that Chilean troops attacked a village in southern Peru.",
        "There were reports that Chilean troops had attacked a village in southern Peru.",
        "Chilean troops allegedly attacked a village in southern Peru.",
    ],
)
def test_every_unattributed_telling_codes_the_same_occurred_attack(nlp, text):
    found = [(c["event_type"], c["event_status"]) for c in coded(nlp, text)]
    assert found == [("ASSAULT", "occurred")]


def test_a_subject_raised_from_a_passive_infinitive_undergoes_it(nlp):
    text = "The Peruvian general is said to have been arrested by Chilean police."
    assert role_words(nlp, text, "COERCE", "source") == {"police"}
    assert role_words(nlp, text, "COERCE", "target") == {"Peruvian"}


def test_a_perfect_infinitive_under_hearsay_is_no_plan(nlp):
    cands = coded(nlp, "Chilean police are said to have arrested two Peruvian diplomats.")
    assert [(c["event_type"], c["event_status"]) for c in cands] == [("COERCE", "occurred")]


def test_a_verb_of_belief_stays_a_hedged_opinion(nlp):
    assert not coded(nlp, "Chilean police are believed to have detained three Peruvian journalists.")
