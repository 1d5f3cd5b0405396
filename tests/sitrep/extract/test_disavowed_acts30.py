"""Event-type classes of round 30, checked on sentences of our own through the real pipeline.

- a hostile act hanging on a noun of intent with 'no' ('had no intention of recalling its ambassador', 'no question
  of arresting the fishermen') did not happen and is no refusal of an offer: no event of its category
  (``disavowed_intents.disavowed``, kind ``void`` of ``data/disavowed_intents.tsv``);
- a retort ('fired back at X, saying ...', 'the minister fired back at his critics') is criticism, ACCUSE
  disapprove, not gunfire (``verbal_clashes.retort``, kinds ``retort`` and ``said`` of ``data/verbal_clashes.tsv``);
  soldiers firing back at gunmen still attack."""

import pytest

from sitrep.extract.data_files import read_tsv

VOID = [r for r in read_tsv("disavowed_intents.tsv") if r["kind"] == "void"]
RETORTS = [r for r in read_tsv("verbal_clashes.tsv") if r["kind"] in {"retort", "said"}]


@pytest.mark.parametrize("row", VOID, ids=[r["lemma"] for r in VOID])
def test_a_disavowed_hostile_act_codes_nothing(event_roles, row):
    assert event_roles(row["example"], row["lemma"]) == set()


def test_the_same_act_not_disavowed_is_coded(event_roles):
    roles = event_roles("Chile said it had recalled its ambassador from Peru.", "SANCTION")
    assert ("target", "Peru") in roles


def test_a_no_noun_that_is_no_intent_leaves_the_act(event_roles):
    roles = event_roles("The Chilean police arrested the fishermen, who had no licence.", "COERCE")
    assert roles


def test_a_disavowed_offer_stays_a_refusal(event_roles):
    assert event_roles("Chile said it had no intention of returning the islands to Peru.", "REJECT")


@pytest.mark.parametrize("row", RETORTS, ids=[f"{r['kind']}-{r['word']}" for r in RETORTS])
def test_a_retort_is_criticism(event_roles, row):
    assert event_roles(row["example"], "ASSAULT") == set()
    assert event_roles(row["example"], "ACCUSE")


def test_a_retort_names_its_target(event_roles):
    roles = event_roles("The Chilean president fired back at Peru on Monday, saying the claim was absurd.", "ACCUSE")
    assert ("target", "Peru") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired back at the gunmen, killing two of them.",
        "Chilean troops fired back at the Peruvian patrol near the border.",
    ],
)
def test_gunfire_returned_stays_an_attack(event_roles, text):
    assert event_roles(text, "ASSAULT")
    assert event_roles(text, "ACCUSE") == set()
