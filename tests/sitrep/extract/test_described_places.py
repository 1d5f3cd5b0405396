"""A place in a relative clause that describes a party (where it lives, is based or came from: a lasting state or
an earlier act) is not where the past act happened, nor the country of the party on the other side."""

from datetime import date

import pytest

from sitrep.extract import entities, events
from sitrep.extract.pipeline import analyze_articles, assemble
from tests.sitrep.extract.coding import places

PUBLISHED = date(2024, 5, 15)


def _attacks(nlp, text: str) -> list[dict]:
    doc = nlp(text)
    cands = events.doc_event_candidates(doc, entities.doc_mentions(doc), PUBLISHED)
    return [c for c in cands if c["event_type"] == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters who are based in Sudan shelled a border post on Monday, wounding four guards.",
        "Raiders who had camped in Niger torched a customs house on Monday.",
        "Insurgents who live in Mali ambushed a supply convoy on Monday.",
    ],
)
def test_the_attackers_home_is_not_the_place_of_the_attack(nlp, text):
    assert places(nlp, text, "ASSAULT", PUBLISHED) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a relative clause in the past tells the same scene: its place stands
        ("Gunmen who stormed a hotel in Mogadishu killed seven guests on Monday.", ("Mogadishu", "SOM")),
        # the act's own place, after the attackers' home
        ("Fighters who are based in Sudan shelled a border post in Chad on Monday.", ("Chad", "TCD")),
    ],
)
def test_a_place_of_the_act_itself_stands(nlp, text, place):
    assert place in places(nlp, text, "ASSAULT", PUBLISHED)


def test_the_victims_do_not_take_the_attackers_home_country(nlp):
    (attack,) = _attacks(nlp, "Militants who are based in Somalia killed six police officers on Monday.")
    countries = {p["role"]: p.get("country_iso3") for p in attack["participants"]}
    assert countries == {"source": "SOM", "target": None}


@pytest.mark.parametrize(
    "text",
    [
        "Chile recalled its ambassador in Lima on Monday after the border incident.",
        "Chile ordered its diplomats in Lima to return home within a week.",
    ],
)
def test_a_posting_abroad_is_not_where_a_recall_was_decided(nlp, text):
    assert places(nlp, text, "SANCTION", PUBLISHED) == [(None, None)]
    article = {"article_id": "r1", "body": text, "published_at": PUBLISHED}
    out = assemble(analyze_articles([article], nlp), {"r1": article})
    recalls = [e for e in out["events"] if e["event_type"] == "SANCTION"]
    assert recalls and all(e["location_country_iso3"] == "CHL" for e in recalls), recalls
