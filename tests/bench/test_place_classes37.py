"""bench/place_classes37.py: how gold's place and ours are put in a kind, and when an unknown place name of the
story outnames our city."""

from __future__ import annotations

import pytest

from tests.bench.bench_modules import load_bench


@pytest.fixture(autouse=True)
def _own_mentions(monkeypatch):
    """place_sources' mention table, emptied for each test and given back after it."""
    monkeypatch.setattr(load_bench("place_sources"), "MENTIONS", {})


def _mentions(*surfaces: str) -> None:
    """The one article 'a1' mentions these place names (as GPE)."""
    ps = load_bench("place_sources")
    ps.MENTIONS["a1"] = [{"surface": s, "label": "GPE", "start_char": i} for i, s in enumerate(surfaces)]


def test_gold_kinds_by_where_the_reports_name_its_city():
    bench = load_bench("place_classes37")
    _mentions("Lima", "Lima", "Zorbatanga Plains Base")
    assert bench.gold_kind({"location": {}}, "gold none", {"a1"}) == "none"
    assert bench.gold_kind({"location": {"country": "PER"}}, "country-only country:s", {"a1"}) == "country"
    peru = {"location": {"country": "PER", "city": "Lima"}}
    assert bench.gold_kind(peru, "city:SFC country:s", {"a1"}) == "city:sentence"
    assert bench.gold_kind(peru, "city:DF country:d", {"a1"}) == "city:dateline"
    assert bench.gold_kind(peru, "city:FC country:s", {"a1"}) == "city:known"
    base = {"location": {"country": "PER", "city": "Zorbatanga Plains Base"}}
    assert bench.gold_kind(base, "city:A country:-", {"a1"}) == "city:unknown"
    cusco = {"location": {"country": "PER", "city": "Cusco"}}
    assert bench.gold_kind(cusco, "city:- country:-", {"a1"}) == "city:not named"


def test_our_kinds_against_gold_country():
    bench = load_bench("place_classes37")
    gold = {"location": {"country": "PER", "city": "Lima"}}
    assert bench.our_kind(gold, {"location_country_iso3": None}) == "none"
    assert bench.our_kind(gold, {"location_country_iso3": "CHL", "location_name": "Chile"}) == "other country"
    lima = {"location_country_iso3": "PER", "location_name": "Lima", "latitude": -12.0}
    assert bench.our_kind(gold, lima) == "city"
    assert bench.our_kind(gold, {"location_country_iso3": "PER", "location_name": "Peru"}) == "country only"
    assert bench.our_kind(gold, {"location_country_iso3": "PER", "location_name": "Zorbatanga"}) == "region"


def test_an_unknown_place_named_as_often_as_our_city_outnames_it():
    bench = load_bench("place_classes37")
    _mentions("Cusco", "Zorbatanga Plains Base", "Zorbatanga Plains Base")
    assert bench.outnamed({"location_name": "Cusco"}, {"a1"})
    assert bench.top_unknown({"a1"}) == "zorbatanga plains base"
    _mentions("Cusco", "Cusco", "Zorbatanga Plains Base")
    assert not bench.outnamed({"location_name": "Cusco"}, {"a1"})
    assert bench.top_unknown({"a1"}) is None  # named once: no place the story is about
