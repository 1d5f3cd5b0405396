"""Acts told only as a claim or a threat (``alleged_acts``): the act in a 'that' clause of a noun of claiming
('Syldavia's claim that Bordurian troops had shelled the town') or in a 'to' infinitive of a noun of threat ('ignored
a threat from Borduria to close the border') is no act the report tells as done."""

import pytest

from sitrep.extract.alleged_acts import alleged_act, examples
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("alleged_acts.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_the_claimed_or_threatened_act_is_not_coded(event_roles, row):
    assert event_roles(row["example"], row["type"]) == set()


def test_every_row_has_an_example_and_a_kind():
    assert all(r["example"] and r["kind"] in {"claim", "threat"} for r in examples())


@pytest.mark.parametrize(
    ("text", "etype", "role"),
    [
        ("Bordurian troops attacked the port on Monday, officials said.", "ASSAULT", ("source", "military")),
        ("Bordurian troops attacked the port despite the threat of sanctions.", "ASSAULT", ("source", "military")),
        ("Chile threatened to close the border with Bolivia.", "THREATEN", ("target", "Bolivia")),
        ("The Syldavian minister alleged that Borduria had shelled the border town.", "ACCUSE", ("target", "Borduria")),
    ],
)
def test_acts_told_as_done_or_as_the_speaker_own_claim_stay(event_roles, text, etype, role):
    assert role in event_roles(text, etype)


def test_a_relative_clause_on_a_claim_noun_is_no_claimed_act(nlp):
    doc = nlp("The claim that the minister made in May was false.")
    made = next(t for t in doc if t.lower_ == "made")
    assert not alleged_act(made)


def test_joined_verbs_of_a_claimed_clause_are_claimed_too(nlp):
    doc = nlp("Syldavia's allegation that Bordurian troops had shelled the town and attacked its police was denied.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert alleged_act(attacked)


def test_a_claim_of_who_did_a_real_attack_keeps_the_attack(nlp):
    doc = nlp("Officials reviewed allegations that the attack was carried out by Bordurian jets.")
    carried = next(t for t in doc if t.lower_ == "carried")
    assert not alleged_act(carried)


def test_a_claim_of_the_claimant_own_deed_keeps_the_act(nlp):
    doc = nlp("The army repeated its allegation that it had shot down a Bordurian drone.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert not alleged_act(shot)
