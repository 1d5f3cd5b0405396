"""Round 25 places: an occasion told in a sentence of its own ('The summit opened in Addis Ababa on Sunday.')
places the acts told after it in its city, as a meeting coded as an event does (``occasion_places``, words in
``data/occasion_scenes.tsv``); one still to come ('will open') places nothing."""

from datetime import date

import pytest

from sitrep.extract.data_files import read_tsv
from sitrep.extract.pipeline import analyze_articles, assemble
from tests.sitrep.extract.coding import places


@pytest.mark.parametrize("row", read_tsv("occasion_scenes.tsv"), ids=lambda r: f"{r['kind']}-{r['word']}")
def test_the_rows_example_places_the_act_told_next_in_the_occasions_city(nlp, row):
    got = places(nlp, row["example"], row["etype"])
    assert [n for n, _ in got] == [row["city"]], got


def test_an_occasion_still_to_come_places_nothing(nlp):
    text = "The summit will open in Addis Ababa on Sunday. Kenya and Ethiopia agreed to reopen the border."
    assert places(nlp, text, "AGREE") == [(None, None)]


def test_the_merged_event_keeps_the_occasions_city(nlp):
    text = "The talks in Doha ended on Monday. Israel and Hamas agreed to a truce."
    arts = [{"article_id": "a1", "body": text, "published_at": date(2024, 5, 15)}]
    out = assemble(analyze_articles(arts, nlp), {"a1": arts[0]})
    assert {(e["event_type"], e["location_name"]) for e in out["events"]} == {("AGREE", "Doha")}, out["events"]


@pytest.mark.parametrize(
    "first",
    [
        "The talks were held in Geneva in 2019.",
        "The talks were held in Geneva last month.",
        "The talks were held in Geneva years ago.",
    ],
)
def test_an_occasion_told_as_background_places_nothing(nlp, first):
    got = places(nlp, first + " On Monday, the two sides agreed to a ceasefire.", "AGREE")
    assert all(n != "Geneva" for n, _ in got), got
