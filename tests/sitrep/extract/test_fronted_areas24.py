"""Round 24 places: 'X County' (the word after the name, as in the United States, Kenya or Liberia) is no county
of a country that writes 'County X' (``data/fronted_area_words.tsv``): a namesake town there does not place the
event or credit its country, unless the article names that country."""

from datetime import date

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.event_arg_places import _place_country
from sitrep.extract.fronted_areas import misplaced_area
from sitrep.extract.pipeline import analyze_articles, assemble


def _event_countries(nlp, text):
    arts = [{"article_id": "a1", "body": text, "published_at": date(2024, 5, 15)}]
    out = assemble(analyze_articles(arts, nlp), {"a1": arts[0]})
    return [e["location_country_iso3"] for e in out["events"]]


def _event_places(nlp, text):
    arts = [{"article_id": "a1", "body": text, "published_at": date(2024, 5, 15)}]
    out = assemble(analyze_articles(arts, nlp), {"a1": arts[0]})
    return {(e["event_type"], e["location_country_iso3"]) for e in out["events"]}


@pytest.mark.parametrize("row", read_tsv("fronted_area_words.tsv"), ids=lambda r: f"{r['word']}-{r['iso3']}")
def test_the_rows_example_is_no_area_of_its_country(nlp, row):
    got = _event_places(nlp, row["example"])
    assert all(iso3 != row["iso3"] for _, iso3 in got), got


def test_a_county_named_after_a_town_of_a_county_first_country_is_not_placed_there():
    assert _place_country("Cork County") is None
    assert misplaced_area("County", "IRL") and not misplaced_area("County", "IRL", {"IRL"})


def test_other_counties_keep_their_country():
    assert _place_country("Nakuru County") == "KEN"
    assert _place_country("Los Angeles County") == "USA"
    assert _place_country("Montserrado County") == "LBR"


def test_a_court_of_a_us_county_named_like_an_irish_town_is_placed_in_the_story(nlp):
    text = (
        "A Texas judge sentenced a couple to prison time today for their part in a 2015 attack on a party outside"
        " of Houston. Ana Ruiz, 26, and Tom Hale, 25, cried today in an Ennis County court as they were sentenced to"
        " 20 years and 15 years in jail, respectively."
    )
    got = _event_countries(nlp, text)
    assert got == ["USA", "USA"], got


def test_the_article_naming_the_country_keeps_the_namesake_town(nlp):
    got = _event_places(nlp, "Irish police arrested two men in Cork County on Monday.")
    assert ("COERCE", "IRL") in got, got


def test_kenyan_county_keeps_its_country(nlp):
    got = _event_places(nlp, "Kenyan police arrested two men in Nakuru County on Monday.")
    assert ("COERCE", "KEN") in got, got
