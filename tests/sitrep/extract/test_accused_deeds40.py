"""The deed an accusation alleges is no event (``accused_deeds``, ``data/accused_deeds.tsv``): each row's example codes
its alleged deed with the row left out of the table and not with it in; the accusation itself, an accuser's own act
told beside it, a violent act under an agentless passive charge and a clause with its own subject stay coded."""

import pytest

from sitrep.extract import accused_deeds
from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import types

ROWS = read_tsv("accused_deeds.tsv")


def _kinds_without(word: str) -> dict[str, frozenset[str]]:
    return {kind: words - {word} for kind, words in accused_deeds._words().items()}


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['kind']}-{r['word']}" for r in ROWS])
def test_each_row_blocks_its_example(nlp, monkeypatch, row):
    assert types(nlp, row["example"]) <= {"ACCUSE"}
    fewer = _kinds_without(row["word"])
    monkeypatch.setattr(accused_deeds, "_words", lambda: fewer)
    assert types(nlp, row["example"]) - {"ACCUSE"}


def test_a_deed_inside_the_deed_is_no_event(nlp):
    text = "The Tarsian minister is accused of pressing several firms and forcing them to donate money to her charity."
    assert types(nlp, text) & {"AID", "COERCE"} == set()


def test_the_accusation_itself_stays(nlp):
    assert "ACCUSE" in types(nlp, "Ruritania accused Freedonia of providing weapons to the rebels.")


def test_the_accusers_own_act_beside_it_stays(nlp):
    assert "SANCTION" in types(nlp, "Ruritania accused Freedonia of spying and expelled two of its diplomats.")


def test_an_attack_under_an_agentless_charge_stays(nlp):
    assert "ASSAULT" in types(nlp, "A man accused of shooting two police officers in Tarsia appeared in court.")


def test_an_abduction_under_a_participle_charge_stays(nlp):
    text = "The Tarsian coach accused of kidnapping a young athlete may have planned it for weeks, police said."
    assert "ASSAULT" in types(nlp, text)


def test_a_deed_not_under_an_accusation_stays(nlp):
    assert "AID" in types(nlp, "Freedonia has been providing weapons to the rebels in Tarsia since March.")
