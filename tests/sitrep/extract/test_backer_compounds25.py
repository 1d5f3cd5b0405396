"""A state joined by a hyphen to a participle of backing before a title ("the Saudi-backed government of President
X") gives the person no country (``data/backer_compounds.tsv``: each row's example, through the real mention
extraction); the same title without the compound still does."""

from sitrep.extract import entities
from sitrep.extract.data_files import read_tsv

ROWS = read_tsv("backer_compounds.tsv")


def _person_countries(nlp, text: str) -> dict[str, str | None]:
    return {m["surface"]: m.get("country_iso3") for m in entities.doc_mentions(nlp(text)) if m["label"] == "PERSON"}


def test_each_row_example_leaves_the_person_without_the_backers_country(nlp):
    wrong = [(r["example"], got) for r in ROWS if any((got := _person_countries(nlp, r["example"])).values())]
    assert not wrong, wrong


def test_a_plain_demonym_title_still_gives_the_country(nlp):
    assert _person_countries(nlp, "The Saudi government of King Tomas Berg closed the border.") == {"Tomas Berg": "SAU"}


def test_hadi_is_yemens_president(nlp):
    analyses = [
        {
            "article_id": "a0",
            "mentions": entities.doc_mentions(
                nlp("The Houthis forced the Saudi-backed government of President Abd-Rabbu Mansour Hadi to flee.")
            ),
            "quotes": [],
        }
    ]
    rows, _ = entities.resolve_entities(analyses)
    assert {r["canonical_name"]: r["country_iso3"] for r in rows}["Abd-Rabbu Mansour Hadi"] == "YEM"
