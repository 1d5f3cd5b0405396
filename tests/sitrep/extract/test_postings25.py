"""A country after "for" in the title of a post held for it ("UN Special Envoy for Syria X") is the posting, no
country of the person (``data/posting_titles.tsv``: each row's example, through the real mention extraction); the
corpus does not give the person that country from the article's places either."""

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("posting_titles.tsv")


def _person_countries(nlp, text: str) -> dict[str, str | None]:
    return {m["surface"]: m.get("country_iso3") for m in entities.doc_mentions(nlp(text)) if m["label"] == "PERSON"}


def test_each_row_example_leaves_the_posting_out(nlp):
    wrong = [(r["example"], got) for r in ROWS if any((got := _person_countries(nlp, r["example"])).values())]
    assert not wrong, wrong


def test_the_envoy_takes_no_country_from_the_places_of_the_posting(nlp):
    text = "UN Special Envoy for Syria Staffan de Mistura said the talks in Damascus would resume."
    mentions = entities.doc_mentions(nlp(text))
    rows, _ = entities.resolve_entities([{"article_id": "a0", "mentions": mentions, "quotes": []}])
    assert {r["canonical_name"]: r["country_iso3"] for r in rows}["Staffan de Mistura"] is None


def test_a_national_title_before_the_posting_still_counts(nlp):
    got = _person_countries(nlp, "US envoy for Afghanistan Zalmay Khalilzad met the Taliban.")
    assert got == {"Zalmay Khalilzad": "USA"}
