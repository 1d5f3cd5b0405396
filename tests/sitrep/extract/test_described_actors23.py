"""A description of an organisation by its kind ('the US-based rights group', 'the Paris-based watchdog', 'the
charity') stands for the organisation named last before it; every row of data/described_orgs.tsv runs here (texts
of our own)."""

from __future__ import annotations

import pytest

from sitrep.extract import entities
from sitrep.extract.described_persons import ROLE_FILE as PERSON_FILE
from sitrep.extract.org_anaphora import DESCRIBED_FILE
from tests.sitrep.extract.coding import named_dyads


def _rows() -> list[tuple[str, str, str]]:
    out = []
    for line in DESCRIBED_FILE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, head, _based, example, name = line.split("\t")
        if kind == "noun":
            out.append((head, example, name))
    return out


def described_names(nlp, text: str, head: str) -> list[str | None]:
    """Resolution names of the mentions whose surface is the description's head noun."""
    return [m.get("name") for m in entities.doc_mentions(nlp(text)) if m["surface"].lower() == head]


@pytest.mark.parametrize(("head", "text", "name"), _rows())
def test_each_described_kind_stands_for_the_organisation_named_before(nlp, head, text, name):
    assert name in described_names(nlp, text, head)


@pytest.mark.parametrize(("head", "text", "name"), _rows()[:1])
def test_without_the_based_modifier_a_plain_group_is_no_description(nlp, head, text, name):
    plain = text.replace("the London-based group", "the group")
    assert name not in described_names(nlp, plain, head)


def test_a_news_outlet_is_never_the_antecedent(nlp):
    text = "Peru accused the London-based group of bias, Reuters reported. Lima later fined the charity."
    assert "Reuters" not in described_names(nlp, text, "charity")


def test_the_accused_described_group_is_the_target(nlp):
    text = (
        "Officials of Human Rights Watch met the minister in Lima. "
        "Peru later accused the US-based rights group of bias."
    )
    found = named_dyads(nlp, text, "ACCUSE")
    assert any("Human Rights Watch" in tar for _, tar in found), found


def _person_rows() -> list[tuple[str, str, str]]:
    lines = PERSON_FILE.read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("role", "text", "name"), _person_rows())
def test_a_described_person_is_the_person_named_later_with_that_title(nlp, role, text, name):
    assert name in described_names(nlp, text, role)


def test_the_described_judge_does_what_the_lead_says(nlp):
    text = (
        "A federal judge in Ohio blocked the governor's new voting law on Monday. Judge Maria Lopez said it was unfair."
    )
    found = named_dyads(nlp, text, "SANCTION")  # a court blocking a law: SANCTION convict (court_rulings)
    assert any("Maria Lopez" in src for src, _ in found), found


def test_a_judge_named_before_is_no_antecedent_for_a_later_description(nlp):
    text = (
        "Judge Maria Lopez heard the case in Ohio on Monday. A federal judge in Texas blocked the law on Tuesday. "
        "Judge Tom Reed said it was unfair."
    )
    assert "Tom Reed" not in described_names(nlp, text, "judge")


def test_a_role_word_with_no_later_name_stays_unnamed(nlp):
    text = (
        "A federal judge in Ohio blocked the governor's new voting law on Monday. Maria Lopez, a lawyer, welcomed it."
    )
    assert "Maria Lopez" not in described_names(nlp, text, "judge")


def test_a_description_followed_by_its_name_is_no_anaphor(nlp):
    text = "Officials of the British Red Cross met him in Lima. The Qatar-based broadcaster Al Jazeera agreed."
    assert "British Red Cross" not in described_names(nlp, text, "broadcaster")


def test_a_description_holding_an_organisation_name_is_no_anaphor(nlp):
    text = "Officials of the British Red Cross met the minister in Vienna. Iran later accused the UN nuclear watchdog."
    assert "British Red Cross" not in described_names(nlp, text, "watchdog")
