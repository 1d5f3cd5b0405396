"""A national news agency named without a country cue takes its state's country (``data/news_agencies.tsv``):
every row's own example sentence through the real mention extraction and corpus resolution."""

from __future__ import annotations

import json

import pytest

from sitrep.extract import entity_vocab, outlet_countries
from sitrep.extract.entities import doc_mentions, resolve_entities
from sitrep.extract.entity_names import fold

ROWS = sorted(outlet_countries.agency_table().items())


def test_table_rows_are_well_formed() -> None:
    assert len(ROWS) >= 20
    for name, (country, example) in ROWS:
        assert len(country) == 3 and country.isupper(), name
        assert name in fold(example), name


@pytest.mark.parametrize(("name", "row"), ROWS, ids=[n for n, _ in ROWS])
def test_each_agency_gets_its_country(nlp, name: str, row: tuple[str, str]) -> None:
    country, example = row
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(example))}])
    got = {outlet_countries.agency_key(r["canonical_name"]): r["country_iso3"] for r in rows}
    assert got.get(name) == country, got


def test_an_unlisted_outlet_gets_no_country(nlp) -> None:
    mentions = doc_mentions(nlp("The Vale Courier reported the talks."))
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": mentions}])
    assert all(r["country_iso3"] is None for r in rows), rows


STATE = json.loads(entity_vocab.VOCAB_FILE.read_text(encoding="utf-8"))["state_descriptors"]


def _org_country(nlp, text: str, name: str) -> str | None:
    rows, _ = resolve_entities([{"article_id": "a0", "mentions": doc_mentions(nlp(text))}])
    got = {r["canonical_name"]: r["country_iso3"] for r in rows}
    assert name in got, got
    return got[name]


@pytest.mark.parametrize("word", sorted(STATE["words"]))
def test_each_state_descriptor_gives_the_body_its_sentences_country(nlp, word: str) -> None:
    assert _org_country(nlp, STATE["example"].replace("{word}", word), STATE["name"]) == "PER"


def test_a_private_company_takes_no_country_from_its_sentences(nlp) -> None:
    assert _org_country(nlp, STATE["example"].replace("{word}", "private"), STATE["name"]) is None
