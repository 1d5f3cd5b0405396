"""Classes read from the tuning half of NewsArticles 9, each tested on sentences of our own."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.extract import entities, events
from sitrep.extract.data_files import read_tsv
from tests.sitrep.extract.coding import dyads, types


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania's prime minister kicked off the two-year process of the country's exit talks on Monday.",
        "The president kicked off his campaign in Lima on Monday.",
        "Talks between the two unions broke down on Monday.",
    ],
)
def test_a_phrasal_verb_coding_nothing_is_not_its_bare_verbs_event(nlp, text):
    assert "ASSAULT" not in types(nlp, text)


def test_the_bare_verb_keeps_its_event(nlp):
    assert "ASSAULT" in types(nlp, "Soldiers kicked the detained protesters in Lima on Monday.")


def test_a_listed_phrasal_verb_with_curated_objects_keeps_them(nlp):
    # a legislature striking down a law rejects it (a court doing so rules against it: court_rulings, SANCTION)
    assert "REJECT" in types(nlp, "The Peruvian Senate struck down the law on Monday.")


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Burundi withdrew from the International Criminal Court on Friday.", "International Criminal Court"),
        ("Ruritania began its withdrawal from the Andean Union on Friday.", "Andean Union"),
        (
            "Prime Minister Ana Ruiz kicked off the process of Ruritania's withdrawal from the trade bloc on Monday.",
            None,
        ),
    ],
)
def test_leaving_an_organisation_is_a_sanction(nlp, text, left):
    assert "SANCTION" in types(nlp, text), text
    assert "RETREAT" not in types(nlp, text), text
    if left:
        assert any(left in tar for _, tar in dyads(nlp, text, "SANCTION"))


def test_withdrawing_from_a_place_stays_a_retreat(nlp):
    found = types(nlp, "Russia withdrew its troops from Syria on Friday.")
    assert "RETREAT" in found and "SANCTION" not in found


def _attached_rows() -> list[dict]:
    return read_tsv("attached_roles.tsv")


@pytest.mark.parametrize("row", _attached_rows(), ids=lambda r: r["role"])
def test_a_clause_hung_on_the_served_noun_is_said_of_the_role_noun(nlp, row):
    doc = nlp(row["example"])
    ments = entities.doc_mentions(doc)
    names = {m["idx"]: m.get("name") for m in ments}
    sources = {
        names.get(p.get("mention_idx"))
        for c in events.doc_event_candidates(doc, ments, None)
        if c["event_type"] == "THREATEN"
        for p in c["participants"]
        if p["role"] == "source"
    }
    assert row["name"] in sources, sources


def test_a_served_noun_of_another_kind_keeps_the_clause(nlp):
    text = "Tensions rose on Monday, with the president of Peru threatening Chile with sanctions."
    assert any("Chile" in tar for _, tar in dyads(nlp, text, "THREATEN"))


def test_an_adviser_is_named_by_a_later_apposition(nlp):
    text = (
        "An adviser to the president warned Peru of dire consequences on Monday. "
        "Maria Lopez, a senior adviser to the president, spoke to reporters."
    )
    names = [m.get("name") for m in entities.doc_mentions(nlp(text)) if m["surface"] == "adviser"]
    assert names == ["Maria Lopez"]


def test_a_name_taken_for_a_modal_is_the_subject(nlp):
    text = "Ruth May met the party leaders in Lima on Monday. May accused the Liberal Party of betrayal."
    found = dyads(nlp, text, "ACCUSE")
    assert any("May" in src and "Liberal Party" in tar for src, tar in found), found


def test_a_name_taken_for_a_modal_makes_no_plan(nlp):
    doc = nlp("Ruth May met the party leaders in Lima on Monday. May accused the Liberal Party of betrayal.")
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), date(2024, 5, 15))
    assert [c["event_status"] for c in cands if c["event_type"] == "ACCUSE"] == ["occurred"]


def test_a_real_modal_is_no_subject(nlp):
    text = "Peru may accuse the Liberal Party of betrayal."
    assert not any("may" in {s.lower() for s in src if s} for src, _ in dyads(nlp, text, "ACCUSE"))


@pytest.mark.parametrize(
    "text",
    [
        "Speaker Ana Ruiz pulled her pension bill from the floor of the Peruvian Congress on Friday.",
        "Peru's ruling party withdrew its controversial motion on Monday.",
    ],
)
def test_pulling_ones_own_bill_is_a_concession(nlp, text):
    assert "CONCEDE" in types(nlp, text)
    assert "RETREAT" not in types(nlp, text)


def test_handing_over_a_district_of_a_named_place_stays_a_retreat(nlp):
    found = types(nlp, "Ruritanian forces handed over the district of Orlo to Freedonia.")
    assert "SANCTION" not in found
