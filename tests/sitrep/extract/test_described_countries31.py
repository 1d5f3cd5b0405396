"""A person's country from a description of them that the mention cues do not read (``described_countries``): the
definite description opening the next sentence ('The Polish lorry driver denied ...', ``data/described_nationals.tsv``:
every row's own example) and a relative's country ('X, the mother of British student Y')."""

from __future__ import annotations

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.entities import doc_mentions, resolve_entities

ROWS = read_tsv("described_nationals.tsv")


def _countries(nlp, text: str) -> dict[str, str | None]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {r["canonical_name"]: r["country_iso3"] for r in rows if r["entity_type"] == "PERSON"}


def test_rows_are_well_formed() -> None:
    assert len(ROWS) >= 30
    for row in ROWS:
        assert len(row["country"]) == 3 and row["country"].isupper(), row
        assert row["name"] in row["example"] and row["noun"] in row["example"], row


@pytest.mark.parametrize("row", ROWS, ids=[r["noun"] for r in ROWS])
def test_each_description_gives_its_country(nlp, row: dict) -> None:
    assert _countries(nlp, row["example"]).get(row["name"]) == row["country"]


def test_without_the_description_the_place_decides(nlp) -> None:
    got = _countries(nlp, "Tomas Ravel was arrested in Berlin on Monday. The lorry driver denied the charges.")
    assert got.get("Tomas Ravel") == "DEU", got


def test_a_sentence_naming_two_persons_gives_neither_the_description(nlp) -> None:
    text = "Anna Green met Boris Petrov in Vienna on Monday. The Russian hacker denied the charges."
    got = _countries(nlp, text)
    assert got.get("Anna Green") != "RUS" and got.get("Boris Petrov") != "RUS", got


def test_a_person_named_before_the_description_is_the_one_it_describes(nlp) -> None:
    text = "Tomas Ravel was arrested in Madrid on Monday. Lawyers for Ivan Sokol said the Russian hacker was innocent."
    assert _countries(nlp, text).get("Tomas Ravel") == "ESP"


def test_a_state_body_is_no_description_of_a_person(nlp) -> None:
    got = _countries(nlp, "Police in Sydney arrested Mark Hale on Monday. The British government said it was worried.")
    assert got.get("Mark Hale") == "AUS", got


def test_the_text_cue_of_the_name_wins_over_the_description(nlp) -> None:
    text = "The Kenyan activist Mary Wanjiku was arrested in Kampala. The Ugandan woman denied the charges."
    assert _countries(nlp, text).get("Mary Wanjiku") == "KEN"


def test_a_relative_named_in_apposition_takes_the_country_of_the_one_related(nlp) -> None:
    text = "Anna Berg, the mother of British student Tom Berg, told reporters in Sydney that she forgave the killer."
    got = _countries(nlp, text)
    assert got.get("Tom Berg") == "GBR" and got.get("Anna Berg") == "GBR", got


def test_a_relative_of_a_person_of_no_country_takes_the_place(nlp) -> None:
    text = "Anna Berg, the mother of student Tom Berg, told reporters in Sydney that she forgave the killer."
    assert _countries(nlp, text).get("Anna Berg") == "AUS"


def test_a_colleague_is_no_relative(nlp) -> None:
    text = "Anna Berg, a colleague of British student Tom Berg, told reporters in Sydney that she was shocked."
    assert _countries(nlp, text).get("Anna Berg") == "AUS"


def test_a_lead_description_gives_its_country_to_the_subject_named_next(nlp) -> None:
    text = "A British backpacker was stabbed in a hostel in Queensland on Tuesday. Mia Carter, 20, died at the scene."
    assert _countries(nlp, text).get("Mia Carter") == "GBR"


def test_a_lead_description_gives_nothing_to_a_person_acted_on_next(nlp) -> None:
    text = "A French tourist was stabbed in a hostel in Sydney on Tuesday. Police arrested Tom Lapeyre, 29."
    assert _countries(nlp, text).get("Tom Lapeyre") == "AUS"


def test_an_american_lawmakers_party_tag_gives_the_united_states(nlp) -> None:
    got = _countries(nlp, "Rep. Jane Dorsey, R-Ohio, criticised the plan on Monday in Paris.")
    assert got.get("Jane Dorsey") == "USA", got
    got = _countries(nlp, "Sen. Mark Tolland (D-Mich.) criticised the plan on Monday in Paris.")
    assert got.get("Mark Tolland") == "USA", got


def test_a_letter_in_brackets_is_no_party_tag(nlp) -> None:
    got = _countries(nlp, "Mark Tolland (R) criticised the plan on Monday in Paris.")
    assert got.get("Mark Tolland") == "FRA", got
