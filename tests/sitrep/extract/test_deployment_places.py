"""A deployment takes place where it is sent: a country or town its 'to X' names ('deployed troops to X'), and a
sea ('sent two warships to the Black Sea') places it at sea, in no country - not in the sending state."""

from datetime import date

import pytest

from sitrep.extract.pipeline import analyze_articles, assemble

PUBLISHED = date(2024, 5, 15)


def _deployments(nlp, text: str) -> list[tuple[str | None, str | None]]:
    article = {"article_id": "d1", "body": text, "published_at": PUBLISHED}
    out = assemble(analyze_articles([article], nlp), {"d1": article})
    return [(e["location_name"], e["location_country_iso3"]) for e in out["events"] if e["event_type"] == "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Italy sent two warships to the Black Sea on Monday.", ("Black Sea", None)),
        ("Greece sent four warships to the eastern Mediterranean on Tuesday.", ("Mediterranean", None)),
        ("Poland deployed two armoured brigades to Lithuania on Monday.", ("Lithuania", "LTU")),
        # 'closer to X': where it goes, however near
        ("Spain deployed two warships closer to the Black Sea on Sunday.", ("Black Sea", None)),
    ],
)
def test_a_deployment_takes_place_where_it_is_sent(nlp, text, place):
    assert _deployments(nlp, text) == [place]


def test_a_missile_fired_into_a_sea_stays_a_test_at_home(nlp):
    found = _deployments(nlp, "Pakistan test-fired a cruise missile into the Arabian Sea on Sunday.")
    assert found and all(country == "PAK" for _, country in found), found
