"""International bodies the Phoenix tables lack (``data/international_bodies.tsv``) stay of no state in reports set
in one state, and an organisation no dictionary knows takes the country its reports' places name most
(``open_org_places``). Invented sentences through the real mention extraction and corpus resolution."""

import gzip
from datetime import date

from sitrep.extract import actor_dictionary
from sitrep.extract.actor_dictionary import is_international, lookup
from sitrep.extract.data_files import read_tsv
from sitrep.extract.gazetteer import fold
from sitrep.extract.pipeline import analyze_articles, assemble
from tests.sitrep.extract.coding import group_countries

ROWS = read_tsv("international_bodies.tsv")


def test_each_row_reads_as_an_international_body():
    for row in ROWS:
        for name in row["names"].split("|"):
            assert is_international(lookup(name)), name


def test_rows_add_names_only_where_phoenix_has_none():
    with gzip.open(actor_dictionary.ACTORS_FILE, "rt", encoding="utf-8") as fh:
        phoenix = {line.split("\t", 1)[0] for line in fh}
    assert not {fold(n) for r in ROWS for n in r["names"].split("|")} & phoenix


def test_each_row_example_leaves_the_body_without_a_country(nlp):
    found = group_countries(nlp, [r["example"] for r in ROWS], "igo", date(2019, 3, 1))
    placed = []
    for i, row in enumerate(ROWS):
        names = {fold(n) for n in row["names"].split("|")}
        mine = {n: c for n, c in found.get(f"igo{i}", {}).items() if fold(n) in names}
        if any(c != {None} for c in mine.values()):
            placed.append((row["example"], mine))
    assert not placed, placed


def _countries(nlp, texts: list[str]) -> dict[str, str | None]:
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2017-03-20"} for i, t in enumerate(texts)]
    out = assemble(analyze_articles(arts, nlp), {a["article_id"]: a for a in arts})
    return {e["canonical_name"]: e["country_iso3"] for e in out["entities"] if e["entity_type"] == "ORG"}


def test_an_unknown_organisation_takes_the_country_its_reports_are_set_in(nlp):
    found = _countries(
        nlp,
        [
            "The Zendari Workers Federation called a strike in La Paz on Monday. Police in Cochabamba and "
            "Sucre arrested dozens of miners."
        ],
    )
    assert found.get("Zendari Workers Federation") == "BOL", found


def test_an_international_body_stays_without_the_reports_country(nlp):
    found = _countries(
        nlp, ["The EU condemned the arrests in La Paz on Monday. Police in Cochabamba and Sucre detained miners."]
    )
    assert found.get("EU", "absent") in (None, "absent") and "BOL" not in {found.get("European Union")}, found


def test_an_organisation_with_a_transnational_word_is_left_open(nlp):
    found = _countries(
        nlp,
        ["The Zendari International Federation called a strike in La Paz on Monday. Police in Sucre arrested miners."],
    )
    assert found.get("Zendari International Federation") is None, found
