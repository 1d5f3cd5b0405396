"""bench/place_sources32.py: how a matched event's place path is split into the step that gave its country and
the step that made it a city, and how its place is judged against gold."""

from __future__ import annotations

from sitrep.extract import event_merge, place_order, story_cities
from tests.bench.bench_modules import load_bench

CITY = {"latitude": 1.0}
COUNTRY = {"latitude": None}


def test_the_country_step_is_the_reports_source_or_the_merges_decision():
    bench = load_bench("place_sources32")
    assert bench.steps(["reports:sentence/clause"], CITY) == ("sentence/clause", "with country: sentence/clause")
    assert bench.steps(["fill:acting_state", "seat"], CITY) == ("fill:acting_state", "seat(default)")
    assert bench.steps(["reports:dateline/dateline"], COUNTRY) == ("dateline/dateline", "(no city)")


def test_the_city_step_is_the_last_step_that_made_the_place_a_city():
    bench = load_bench("place_sources32")
    path = ["reports:sentence/clause+city_of_country"]
    assert bench.steps(path, CITY) == ("sentence/clause", "city_of_country")
    path = ["fill:home", "story_city:named|seat=no seat"]
    assert bench.steps(path, CITY) == ("fill:home", "story_city:named")
    assert bench.steps(["none", "venue"], CITY) == ("none+venue", "venue")  # the venue gave the country too


def test_a_city_is_judged_only_where_gold_names_one_and_the_country_is_right():
    bench = load_bench("place_sources32")
    ev = {"location_country_iso3": "XYZ", "location_name": "Port Alder"}
    assert bench.verdicts({"location": {"country": "XYZ", "city": "Port Alder"}}, ev) == (True, "right")
    assert bench.verdicts({"location": {"country": "XYZ", "city": "Old Fenwick"}}, ev) == (True, "wrong")
    assert bench.verdicts({"location": {"country": "XYZ"}}, ev) == (True, "n/a")
    assert bench.verdicts({"location": {"country": "QRS", "city": "Port Alder"}}, ev) == (False, "n/a")


def test_loading_it_leaves_the_merge_unpatched():
    bench = load_bench("place_sources32")
    for name, fn in bench.ps.ORIGINAL.items():
        assert getattr(event_merge, name) is fn
    assert place_order.story_city is story_cities.story_city
