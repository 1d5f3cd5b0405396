"""Verbs of urging with an actor and a 'to' infinitive (``urging_verbs``, ``data/urging_verbs.tsv``): 'encouraged
Peru to hold talks', 'lobbied Peru to release the fishermen' are requests from the subject at the object, and the act
asked for is not coded as done; the verbs in other shapes keep their readings."""

import pytest

from sitrep.extract.urging_verbs import examples, urged_clause

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_each_example_is_a_request_from_the_urger_at_the_urged(event_roles, row):
    roles = event_roles(row["example"], "REQUEST")
    assert ("source", row["source"]) in roles, roles
    assert ("target", row["target"]) in roles, roles


@pytest.mark.parametrize("row", ROWS, ids=[r["lemma"] for r in ROWS])
def test_the_act_asked_for_is_not_coded_as_done(event_roles, row):
    assert not event_roles(row["example"], row["asked"])


def test_the_urged_party_passive_with_the_urger_in_a_by_phrase(event_roles):
    roles = event_roles("Paraguay was encouraged by Brazil to reopen the border bridge.", "REQUEST")
    assert ("source", "Brazil") in roles
    assert ("target", "Paraguay") in roles


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister encouraged the reforms of the pension system.",
        "Ecuador lobbied for the fisheries bill in the assembly.",
        "The Kenyan minister was encouraged to see progress in the talks.",
        "The Bolivian president wooed voters in the highlands on Sunday.",
    ],
)
def test_no_request_without_an_actor_and_an_infinitive(event_roles, text):
    assert not event_roles(text, "REQUEST")


def test_the_urged_clause_is_the_infinitive_after_the_actor(nlp):
    doc = nlp("Uruguay prodded Argentina to sign the fisheries accord.")
    clause = urged_clause(doc[1])
    assert clause is not None and clause.text == "sign"
    assert urged_clause(nlp("Uruguay signed the fisheries accord to please Argentina.")[1]) is None
