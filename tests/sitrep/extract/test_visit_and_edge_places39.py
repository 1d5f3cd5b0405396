"""Two ways a sentence tells where an act happened beyond its clause (``described_places``, ``place_holders``):
a relative clause telling the visit a party is on ('the minister, who is visiting X, criticised Y') places the
party's act in X, as a lasting state of the party ('who lives in X') does not; and the edge of a land a
deployment is sent to ('sent a patrol aircraft to the coast of X') places it in X."""

from datetime import date

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble

PUBLISHED = date(2024, 5, 15)


def _places(nlp, text: str, etype: str) -> list[tuple[str | None, str | None]]:
    article = {"article_id": "v39", "body": text, "published_at": PUBLISHED}
    out = assemble(analyze_articles([article], nlp), {"v39": article})
    return [(e["location_name"], e["location_country_iso3"]) for e in out["events"] if e["event_type"] == etype]


@pytest.mark.parametrize(
    "text",
    [
        "Chilean Foreign Minister Tomas Ibarra Reyes, who is visiting Japan, criticised Bolivia on Tuesday.",
        "Chilean Foreign Minister Tomas Ibarra Reyes, who is on a three-day visit to Japan, accused Bolivia of "
        "smuggling on Tuesday.",
        "Chilean Foreign Minister Tomas Ibarra Reyes, who is on a trip to Japan, criticised Bolivia on Tuesday.",
    ],
)
def test_a_party_on_a_visit_acts_where_it_visits(nlp, text):
    assert [country for _, country in _places(nlp, text, "ACCUSE")] == ["JPN"]


def test_where_a_party_lives_is_not_where_it_acted(nlp):
    # contrast: a lasting state of the party ('who lives in X') is no visit: its act is placed at home
    text = "Chilean Foreign Minister Tomas Ibarra Reyes, who lives in Japan, criticised Bolivia on Tuesday."
    assert [country for _, country in _places(nlp, text, "ACCUSE")] == ["CHL"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("NATO sent two warships to the coast of Tunisia on Monday.", "TUN"),
        ("Portugal sent a warship to the waters of Angola on Monday.", "AGO"),
    ],
)
def test_a_deployment_sent_to_the_edge_of_a_land_takes_place_there(nlp, text, country):
    assert [c for _, c in _places(nlp, text, "MOBILIZE")] == [country]


def test_a_coast_guard_is_no_coast(nlp):
    # contrast: 'coast' as the modifier of another noun names no edge of a land
    text = "Canada sent a letter to the coast guard of Chile on Monday."
    assert ("Chile", "CHL") not in _places(nlp, text, "CONSULT")
