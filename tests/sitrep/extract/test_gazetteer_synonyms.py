"""Country synonyms (``data/country_synonyms.tsv``: other names, demonyms and compound group demonyms) and the
seats of government and former capitals news names for the government (``data/government_cities.tsv``)."""

import pytest

from sitrep.extract import gazetteer
from sitrep.extract.pipeline import analyze_articles

SYNONYMS = [r for r in gazetteer._rows(gazetteer.SYNONYM_FILE) if r["source"] != "excluded"]
CITIES = gazetteer._rows(gazetteer.GOVERNMENT_CITY_FILE)
ROWS = [(r["name"], r["iso3"], r["example"]) for r in SYNONYMS] + [(r["city"], r["iso3"], r["example"]) for r in CITIES]


def _source_countries(analysis: dict) -> set[str | None]:
    mentions = {m["idx"]: m for m in analysis["mentions"]}
    found = set()
    for cand in analysis["event_candidates"]:
        for p in cand["participants"]:
            if p["role"] == "source":
                found.add(p.get("country_iso3") or mentions.get(p.get("mention_idx"), {}).get("country_iso3"))
    return found


@pytest.fixture(scope="module")
def sources(nlp):
    """text -> the countries of the sources of its events, every listed example read in one batch."""
    texts = sorted({ex for _, _, ex in ROWS} | set(CONTRASTS))
    arts = [{"article_id": f"a{i}", "body": t, "published_at": "2024-05-10"} for i, t in enumerate(texts)]
    return {t: _source_countries(a) for t, a in zip(texts, analyze_articles(arts, nlp), strict=True)}


@pytest.mark.parametrize(("name", "iso3", "example"), ROWS, ids=[r[0] for r in ROWS])
def test_each_listed_name_reads_as_its_state_and_its_example_codes_it_as_the_source(sources, name, iso3, example):
    assert gazetteer.state_iso3(name) == iso3
    assert iso3 in sources[example], example


#: a city that is no seat named as a subject, a city named in sports news: no state acts
CONTRASTS = {
    "Munich rejected the Polish proposal on Tuesday.": "DEU",
    "Lagos beat Kano 2-1 in the cup final on Sunday.": "NGA",
}


@pytest.mark.parametrize(("text", "iso3"), CONTRASTS.items())
def test_a_city_that_is_no_seat_does_not_act_for_its_state(sources, text, iso3):
    assert iso3 not in sources[text]


def test_seats_and_former_capitals_read_as_capitals_by_any_of_their_names():
    assert gazetteer.capital_iso3("Rangoon") == gazetteer.capital_iso3("Yangon") == "MMR"
    assert gazetteer.capital_iso3("Den Haag") == "NLD"
    assert gazetteer.capital_iso3("Munich") is None and gazetteer.capital_iso3("Hamburg") is None


def test_a_compound_group_demonym_names_the_country_of_residence_not_the_first_word():
    assert gazetteer.demonym_iso3("Turkish Cypriots") == "CYP"
    assert gazetteer.demonym_iso3("Turkish") == "TUR"
    assert gazetteer.demonym_iso3("Bosnian Serbs") == "BIH" and gazetteer.demonym_iso3("Serbs") == "SRB"


def test_an_excluded_synonym_reads_as_no_state():
    excluded = [r["name"] for r in gazetteer._rows(gazetteer.SYNONYM_FILE) if r["source"] == "excluded"]
    assert "Persepolis" in excluded
    assert all(gazetteer.country_iso3(n) is None for n in excluded)
