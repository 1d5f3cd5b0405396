"""An organisation named after a state, province or city of one country is of that country (``org_places``),
read through the real mention extraction and resolution; the listed common words (``data/org_place_words.tsv``)
are no places."""

import pytest

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv
from sitrep.extract.org_places import place_name_country


def _countries(nlp, text: str) -> dict[str, str | None]:
    analyses = [{"article_id": "a0", "mentions": entities.doc_mentions(nlp(text)), "quotes": []}]
    rows, _ = entities.resolve_entities(analyses)
    return {r["canonical_name"]: r["country_iso3"] for r in rows}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The Muslim Association of Hawaii sued the government on Monday.", "Muslim Association of Hawaii", "USA"),
        ("The New York Immigration Coalition condemned the order.", "New York Immigration Coalition", "USA"),
        ("The Lagos State Police Command arrested three men.", "Lagos State Police Command", "NGA"),
        ("The Ontario Federation of Labour called a strike.", "Ontario Federation of Labour", "CAN"),
    ],
)
def test_org_named_after_a_place_takes_its_country(nlp, text, name, country):
    assert _countries(nlp, text).get(name) == country


def test_org_of_a_place_shared_by_countries_stays_open():
    assert place_name_country("University of Richmond Law School") is None  # Virginia's and British Columbia's


def test_listed_common_words_are_no_places():
    wrong = [(r["word"], r["example"]) for r in read_tsv("org_place_words.tsv") if place_name_country(r["example"])]
    assert not wrong
