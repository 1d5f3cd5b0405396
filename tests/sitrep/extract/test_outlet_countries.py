"""A national news agency named without a country cue takes its state's country (``data/news_agencies.tsv``):
every row's own example sentence through the real mention extraction and corpus resolution."""

from __future__ import annotations

import pytest

from sitrep.extract import outlet_countries
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
