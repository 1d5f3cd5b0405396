"""An institution of one state named without it takes that state's country when its articles name the state
(``state_institutions``, ``data/state_institutions.tsv``): every row's own example sentence through the real
mention extraction and corpus resolution."""

from __future__ import annotations

import pytest

from sitrep.extract import state_institutions
from sitrep.extract.data_files import read_tsv
from sitrep.extract.entities import doc_mentions, resolve_entities

ROWS = read_tsv(state_institutions.FILE)


def _countries(nlp, text: str) -> dict[str, str | None]:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    return {r["canonical_name"]: r["country_iso3"] for r in rows if r["entity_type"] == "ORG"}


def test_rows_are_well_formed() -> None:
    assert len(ROWS) >= 30
    for row in ROWS:
        assert row["country"] == "*" or (len(row["country"]) == 3 and row["country"].isupper()), row
        assert row["example"].endswith("."), row


@pytest.mark.parametrize("row", ROWS, ids=[r["name"] for r in ROWS])
def test_each_institution_gets_its_state(nlp, row: dict) -> None:
    got = _countries(nlp, row["example"])
    listed = {n: c for n, c in got.items() if state_institutions.listed_country(n) == row["country"]}
    assert listed, got
    assert set(listed.values()) == {"PER" if row["country"] == "*" else row["country"]}, got


def test_an_institution_in_a_report_naming_another_state_gets_none(nlp) -> None:
    got = _countries(nlp, "Congress rejected the measure on Monday, officials in New Delhi said.")
    assert got.get("Congress") is None, got


def test_a_kind_every_state_has_takes_its_sentences_country(nlp) -> None:
    got = _countries(nlp, "The Supreme Court rejected the appeal on Monday, officials in Nairobi said.")
    assert got.get("Supreme Court") == "KEN", got


def test_a_kind_every_state_has_in_a_sentence_naming_no_country_gets_none(nlp) -> None:
    got = _countries(nlp, "The Supreme Court rejected the appeal on Monday, the lawyers said.")
    assert got.get("Supreme Court") is None, got


def test_an_unlisted_committee_gets_no_country(nlp) -> None:
    got = _countries(nlp, "The Harbour Budget Committee rejected the plan on Monday, officials in Washington said.")
    assert all(c is None for c in got.values()), got


def test_a_pattern_row_matches_the_whole_name() -> None:
    assert state_institutions.listed_country("the House Intelligence Committee") == "USA"
    assert state_institutions.listed_country("Ninth Circuit") == "USA"
    assert state_institutions.listed_country("the House Intelligence Committee report") is None
