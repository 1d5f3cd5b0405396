"""Acts set long before the report by a year of their clause (``history_years``): read as published in 2017, an act
whose clause a year of 1990 or before dates codes no event; the same sentence with a recent year, or an act with a
date of its own, stays coded; with no publication date nothing is dropped."""

from datetime import date

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("history_years.tsv")
PUBLISHED = date(2017, 3, 15)


@pytest.fixture
def coded(nlp):
    """(text, event type, publication date) -> the triggers of that type's events, through the real pipeline."""

    def run(text: str, etype: str, published: date | None = PUBLISHED) -> list[str]:
        doc = nlp(text)
        ments = entities.doc_mentions(doc)
        return [c["trigger"] for c in events.doc_event_candidates(doc, ments, published) if c["event_type"] == etype]

    return run


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_an_act_of_a_clause_dated_long_ago_is_no_event(coded, row):
    assert coded(row["example"], row["type"]) == []


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_the_same_act_with_a_recent_year_stays_coded(coded, row):
    assert coded(row["kept"], row["type"])


def test_the_data_file_has_every_link():
    links = {r["word"] for r in ROWS if r["kind"] == "link"}
    assert links == {"conjunct", "relative", "purpose", "time", "opening", "self"}
    assert {r["kind"] for r in ROWS} == {"prep", "era", "time", "link"}


def test_without_a_publication_date_nothing_is_dropped(coded):
    assert coded("The Ruritanian president was overthrown in a coup and died in 1961.", "ASSAULT", None)


def test_a_year_since_which_a_state_stands_is_no_history(coded):
    text = "The Ruritanian army has shelled the Freedonian villages, which it has blockaded since 1990."
    assert coded(text, "ASSAULT")


def test_a_year_in_a_relative_clause_does_not_date_its_head_clause(coded):
    text = "The Freedonian army, which was founded in 1950, attacked Ruritanian troops near the border on Monday."
    assert coded(text, "ASSAULT")


def test_a_when_clause_under_a_dated_verb_is_left_as_it_is(nlp):
    from sitrep.extract.history_years import long_ago

    doc = nlp("The Freedonian vases were taken from Ruritania in 1860, when foreign soldiers ransacked the palace.")
    assert not long_ago(next(t for t in doc if t.lower_ == "ransacked"), PUBLISHED, 10)
    doc = nlp("The Freedonian king faced criticism in 1860, while foreign soldiers ransacked the palace.")
    assert long_ago(next(t for t in doc if t.lower_ == "ransacked"), PUBLISHED, 10)
