"""A subject 'he' or 'she' of a subordinate clause stands for the one person its governing clause names when that
clause's subject is no person (``governing_persons``): 'Trade will top X's agenda as he meets Y' is X's meeting,
not that of the speaker quoted in the sentence before."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("governing_persons.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["link"] for r in ROWS])
def test_the_governing_clause_names_the_pronoun_s_person(article_parties, row):
    events = article_parties(row["example"])
    assert any(ev.get(row["source"]) == "source" for ev in events)
    speaker = row["example"].split(" said ", 1)[1].split(",")[0]
    assert not any(ev.get(speaker) == "source" for ev in events)


def test_a_person_subject_of_the_governing_clause_keeps_the_pronoun(article_parties):
    text = (
        '"We are ready," said Ivan Petrov, an analyst in Moscow. Chancellor Anna Weber praised Omar Haddad\'s '
        "courage as she met Prime Minister Lars Berg in Oslo."
    )
    events = article_parties(text)
    assert not any(ev.get("Omar Haddad") == "source" for ev in events)


def test_two_persons_in_the_governing_clause_are_no_antecedent(article_parties):
    text = (
        '"We are ready," said Ivan Petrov, an analyst in Moscow. Trade will top the agendas of Omar Haddad and '
        "Ali Mansour as he meets Prime Minister Lars Berg in Oslo."
    )
    events = article_parties(text)
    assert not any(ev.get("Omar Haddad") == "source" or ev.get("Ali Mansour") == "source" for ev in events)
