"""An accusation told by a noun blames the subject of the noun's 'that' clause (``claim_clauses``): 'repeated his
allegation that X had tapped his phones' is aimed at X."""

import pytest

from sitrep.extract.claim_clauses import examples

ROWS = examples()


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['word']}-{r['target']}" for r in ROWS])
def test_the_clause_subject_is_blamed(event_roles, row):
    assert ("target", row["target"]) in event_roles(row["example"], row["type"])


def test_a_pronoun_subject_names_no_target(event_roles):
    roles = event_roles("Peter Novak repeated his allegation that they had rigged the vote.", "ACCUSE")
    assert ("source", "Peter Novak") in roles
    assert not any(role == "target" for role, _ in roles)


def test_the_wronged_subject_of_a_passive_clause_is_not_blamed(event_roles):
    roles = event_roles("Officials repeated the allegation that Peter Novak had been bribed by Russia.", "ACCUSE")
    assert ("target", "Russia") in roles
    assert ("target", "Peter Novak") not in roles


def test_a_target_named_by_the_act_is_kept(event_roles):
    text = "John Carter repeated his allegation against Maria Lopez that Peter Novak had lied."
    roles = event_roles(text, "ACCUSE")
    assert ("target", "Maria Lopez") in roles
    assert ("target", "Peter Novak") not in roles


def test_an_inquiry_verb_whose_object_is_not_a_claim_noun_reads_no_clause(event_roles):
    roles = event_roles("Senators will investigate the fact that Maria Lopez had taken bribes.", "ACCUSE")
    assert ("target", "Maria Lopez") not in roles


def test_an_inquiry_verb_with_a_named_object_keeps_it(event_roles):
    roles = event_roles("Senators will investigate Peter Novak over allegations that Maria Lopez lied.", "ACCUSE")
    assert ("target", "Peter Novak") in roles
    assert ("target", "Maria Lopez") not in roles
