"""Entity country completion: a split text vote goes to the dictionary; a person left open takes the
country the places of their reports name most."""

from __future__ import annotations

from sitrep.extract.resolution import resolve_entities


def _m(idx: int, surface: str, label: str, start: int, **kw) -> dict:
    return {"idx": idx, "surface": surface, "label": label, "start_char": start, "end_char": start + len(surface), **kw}


def _country(entities: list[dict], name: str) -> str | None:
    return next(e["country_iso3"] for e in entities if e["canonical_name"] == name)


def test_a_split_text_vote_on_a_listed_person_goes_to_the_dictionary() -> None:
    analyses = [
        {"article_id": "a1", "mentions": [_m(0, "Vladimir Putin", "PERSON", 0, country_iso3="RUS")]},
        {"article_id": "a2", "mentions": [_m(0, "Vladimir Putin", "PERSON", 0, country_iso3="FRA")]},
        {"article_id": "a3", "mentions": [_m(0, "Vladimir Putin", "PERSON", 0, country_iso3="FRA")]},
    ]
    entities, _ = resolve_entities(analyses)
    assert _country(entities, "Vladimir Putin") == "RUS"


def test_an_unlisted_persons_vote_stands() -> None:
    analyses = [
        {"article_id": "a1", "mentions": [_m(0, "Odrin Valasek", "PERSON", 0, country_iso3="CZE")]},
        {"article_id": "a2", "mentions": [_m(0, "Odrin Valasek", "PERSON", 0, country_iso3="CZE")]},
        {"article_id": "a3", "mentions": [_m(0, "Odrin Valasek", "PERSON", 0, country_iso3="SVK")]},
    ]
    entities, _ = resolve_entities(analyses)
    assert _country(entities, "Odrin Valasek") == "CZE"


def test_a_person_the_text_leaves_open_takes_the_country_its_places_name_most() -> None:
    places = [
        _m(1, "Tarvania", "GPE", 40, kind="country", country_iso3="EST"),
        _m(2, "Tarvania", "GPE", 80, kind="country", country_iso3="EST"),
        _m(3, "Lisbon", "GPE", 120, kind="city", country_iso3="PRT"),
    ]
    analyses = [{"article_id": "a1", "mentions": [_m(0, "Odrin Valasek", "PERSON", 0), *places]}]
    entities, _ = resolve_entities(analyses)
    assert _country(entities, "Odrin Valasek") == "EST"


def test_places_naming_two_countries_as_often_leave_the_person_open() -> None:
    places = [
        _m(1, "Tarvania", "GPE", 40, kind="country", country_iso3="EST"),
        _m(2, "Lisbon", "GPE", 120, kind="city", country_iso3="PRT"),
    ]
    analyses = [{"article_id": "a1", "mentions": [_m(0, "Odrin Valasek", "PERSON", 0), *places]}]
    entities, _ = resolve_entities(analyses)
    assert _country(entities, "Odrin Valasek") is None


def test_a_report_naming_no_place_lends_its_placed_actors_country() -> None:
    actors = [
        _m(1, "Mirela Dobrescu", "PERSON", 40, country_iso3="ROU"),
        _m(2, "Carpathian Miners Federation", "ORG", 90, country_iso3="ROU"),
    ]
    analyses = [{"article_id": "a1", "mentions": [_m(0, "Odrin Valasek", "PERSON", 0), *actors]}]
    entities, _ = resolve_entities(analyses)
    assert _country(entities, "Odrin Valasek") == "ROU"
