"""Acts foreseen in a that-clause of a word of expectation (``foreseen_acts``): 'X is concerned that Y will ...'
codes no event; a plan its maker reports and a warning stay coded."""

import pytest

from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("foreseen_acts.tsv")


@pytest.mark.parametrize("row", ROWS, ids=[r["word"] for r in ROWS])
def test_an_act_foreseen_under_the_word_is_no_event(event_roles, row):
    assert event_roles(row["example"], row["type"]) == set()


def test_the_data_file_has_every_kind():
    assert {r["kind"] for r in ROWS} == {"adjective", "verb", "noun"}


def test_a_plan_its_maker_reports_stays_coded(event_roles):
    roles = event_roles("Chile said it will impose sanctions on Peru.", "THREATEN")
    assert ("source", "Chile") in roles


def test_a_warning_stays_coded(event_roles):
    assert event_roles("The Chilean minister warned that Chile will impose sanctions on Peru.", "THREATEN")


def test_a_past_act_under_the_word_is_left_to_other_frames(event_roles):
    roles = event_roles("Chile is confident that Peru attacked the border post on Monday.", "ASSAULT")
    assert ("source", "Peru") in roles


def test_without_a_future_modal_the_clause_is_not_foreseen(nlp):
    from sitrep.extract.foreseen_acts import foreseen

    doc = nlp("Peruvian officials are confident that Chile signed the trade agreement with Bolivia.")
    assert not foreseen(next(t for t in doc if t.lower_ == "signed"))
    doc = nlp("Peruvian officials are confident that Chile will sign the trade agreement with Bolivia.")
    assert foreseen(next(t for t in doc if t.lower_ == "sign"))


def test_an_infinitive_under_the_word_is_no_that_clause(nlp):
    from sitrep.extract.foreseen_acts import foreseen

    doc = nlp("Peruvian officials are confident to sign the trade agreement with Bolivia.")
    assert not foreseen(next(t for t in doc if t.lower_ == "sign"))


def test_a_noun_subject_of_the_foreseen_clause_is_no_foreseen_act(nlp):
    from sitrep.extract.foreseen_acts import foreseen

    doc = nlp("The Chilean president is confident that his veto of the bill will be sustained.")
    assert not foreseen(next(t for t in doc if t.lower_ == "veto"))
