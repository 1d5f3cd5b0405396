"""A happening told by several articles that place it in different countries: the articles vote (round 29).

Invented stories through the real spaCy pipeline and the corpus-wide merge. One outlet's sentence places an arrest
in a third country; the other outlet's telling is placed in the parties' country by its story (the one city it
names there): one article each, so the tie goes to the country the parties belong to. Two outlets against one keep
the country most articles give; a happening told by one article keeps its own place."""

from __future__ import annotations

from datetime import date

from sitrep.extract.pipeline import analyze_articles, assemble
from sitrep.extract.place_votes import voted_place
from sitrep.extract.report_clusters import Cand, Cluster

TUESDAY = date(2031, 5, 13)
ABROAD = "Belarusian police detained dozens of protesters in Lithuania on Monday, a rights group said."
AT_HOME = (
    "Belarusian police detained dozens of protesters on Monday, a rights group said. Minsk has seen weeks of unrest."
)


def _places(nlp, texts: list[str]) -> list[tuple[str | None, str | None, int]]:
    """(place, country, number of articles) of each COERCE event of a story told by one outlet per text."""
    articles = [
        {"article_id": f"vote29_{i}", "body": t, "published_at": TUESDAY, "story_id": "s29", "outlet": f"o{i}"}
        for i, t in enumerate(texts)
    ]
    tables = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    return sorted(
        (e["location_name"], e["location_country_iso3"], e["num_articles"])
        for e in tables["events"]
        if e["event_type"] == "COERCE"
    )


def test_a_tie_goes_to_the_country_of_the_parties(nlp):
    assert _places(nlp, [ABROAD, AT_HOME]) == [("Minsk", "BLR", 2)]


def test_a_tie_goes_to_the_country_of_the_parties_whichever_outlet_comes_first(nlp):
    assert _places(nlp, [AT_HOME, ABROAD]) == [("Minsk", "BLR", 2)]


def test_one_article_keeps_its_own_place(nlp):
    assert _places(nlp, [ABROAD]) == [("Lithuania", "LTU", 1)]


def _cand(article: str, iso3: str, source: str, city: str | None = None) -> Cand:
    cand = {
        "event_type": "COERCE",
        "start_char": 0,
        "location_name": city or iso3,
        "location_country_iso3": iso3,
        "latitude": 1.0 if city else None,
        "place_source": source,
    }
    return Cand(article, cand, frozenset(), frozenset({"police"}), {"police": "source"}, "s", None)


def test_most_articles_win_and_a_dateline_does_not_vote():
    c = Cluster(
        [
            _cand("a1", "LTU", "sentence"),
            _cand("a2", "BLR", "story", "Minsk"),
            _cand("a3", "BLR", "story", "Minsk"),
            _cand("a4", "LTU", "dateline", "Vilnius"),
        ]
    )
    assert c.place()["location_country_iso3"] == "LTU"  # (a sentence beats the story inside one cluster)
    assert voted_place(c, {"police": None}, {"police": "BLR"})["location_name"] == "Minsk"


def test_a_tie_with_no_party_country_among_the_tied_keeps_the_existing_choice():
    c = Cluster([_cand("a1", "LTU", "sentence"), _cand("a2", "POL", "story", "Warsaw")])
    assert voted_place(c, {"police": None}, {"police": "BLR"})["location_country_iso3"] == "LTU"
