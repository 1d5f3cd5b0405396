"""A participle that describes a standing state (``standing_participles``): 'the firm, backed by an investor, ...',
'land occupied by Chile' code no event; a finite verb, a participle with a time and one on a document keep their
act."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("standing_participles.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_description_of_a_body_is_no_event(event_roles, row):
    assert event_roles(row["example"], row["type"]) == set()


def test_a_finite_verb_of_funding_stays_coded(event_roles):
    roles = event_roles("The Chilean government funded the Andean Institute last year.", "COOPERATE")
    assert ("target", "Andean Institute") in roles


def test_a_participle_with_a_time_of_its_own_stays_coded(event_roles):
    roles = event_roles("The Peruvian club, sponsored since May by a Chilean bank, lost again on Sunday.", "COOPERATE")
    assert roles


def test_a_backed_document_is_a_vote_not_a_description(event_roles):
    roles = event_roles("The resolution backed by Chile was adopted by the assembly on Monday.", "SUPPORT")
    assert ("source", "Chile") in roles


def test_a_relative_clause_with_its_auxiliary_is_not_read_here(nlp):
    from sitrep.extract.standing_participles import described

    doc = nlp("The Peruvian club, which was sponsored by a Chilean bank, lost again on Sunday.")
    assert not described(next(t for t in doc if t.lower_ == "sponsored"))
    doc = nlp("The Peruvian club, sponsored by a Chilean bank, lost again on Sunday.")
    assert described(next(t for t in doc if t.lower_ == "sponsored"))


def test_an_annexation_with_a_time_stays_coded(event_roles):
    roles = event_roles("The Chilean navy patrols the Peruvian island annexed by Chile in 1880.", "COERCE")
    assert ("source", "Chile") in roles


def test_a_holding_participle_on_a_body_is_not_read(nlp):
    from sitrep.extract.standing_participles import described

    doc = nlp("The Peruvian club, occupied by Chilean protesters, lost again on Sunday.")
    assert not described(next(t for t in doc if t.lower_ == "occupied"))
