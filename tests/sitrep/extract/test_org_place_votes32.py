"""An organisation of one state that no step of the text, the dictionaries or its name places takes the country the
places of its articles name most (at least twice: ``actor_countries._place_vote_country``); an acronym and a body
spanning several states (a transnational word in its name) stay without one. Invented reports, the real pipeline."""

from datetime import date, timedelta

from sitrep.extract.actor_countries import _place_vote_country
from sitrep.extract.data_files import read_tsv
from sitrep.extract.pipeline import analyze_articles, assemble


def _org_countries(nlp, texts: list[str]) -> dict[str, set]:
    articles = [
        {"article_id": f"op{i}", "body": text, "published_at": date(2018, 1, 1) + timedelta(days=60 * i)}
        for i, text in enumerate(texts)
    ]
    out = assemble(analyze_articles(articles, nlp), {a["article_id"]: a for a in articles})
    found: dict[str, set] = {}
    for e in out["entities"]:
        if e["entity_type"] == "ORG":
            found.setdefault(e["canonical_name"].split(" (")[0], set()).add(e.get("country_iso3"))
    return found


def test_an_unplaced_local_body_takes_the_places_of_its_reports(nlp):
    found = _org_countries(
        nlp,
        [
            "The Corvala Valley Water Board cut supplies to farms near Arequipa on Monday. "
            "Farmers protested in Cusco and marched to the regional office in Puno.",
        ],
    )
    assert found.get("Corvala Valley Water Board") == {"PER"}, found


def test_transnational_bodies_and_acronyms_stay_open(nlp):
    found = _org_countries(
        nlp,
        [
            "The International Water Council cut supplies to farms near Arequipa on Monday. "
            "Farmers protested in Cusco and marched to the regional office in Puno.",
        ],
    )
    assert found.get("International Water Council") == {None}, found
    places = {"a1": ["PER", "PER", "PER"]}
    row = {"entity_id": "o1", "entity_type": "ORG", "canonical_name": "CVWB", "country_iso3": None}
    assert _place_vote_country(row, {"a1"}, places) is None
    assert _place_vote_country({**row, "canonical_name": "Corvala Water Board"}, {"a1"}, places) == "PER"


def test_one_place_named_once_is_not_enough(nlp):
    found = _org_countries(nlp, ["The Corvala Valley Water Board cut supplies to farms near Arequipa on Monday."])
    assert found.get("Corvala Valley Water Board") == {None}, found


def test_outlets_and_joint_bodies_stay_open(nlp):
    rows = read_tsv("placeless_org_words.tsv")
    found = _org_countries(nlp, [r["example"] for r in rows])
    placed = {r["name"]: found.get(r["name"]) for r in rows if found.get(r["name"], {None}) != {None}}
    assert not placed, placed
