"""bench/when_where33.py: how a wrong date and a wrong place of a matched event are put in a class, and how a
trigger's verb form is read from its sentence."""

from __future__ import annotations

from tests.bench.bench_modules import load_bench

DAY = {"date_precision": "day"}


def _date(gold: str, ours: str, day: str | None, holders=frozenset(), reports: int = 1, step: str = "publication"):
    bench = load_bench("when_where33")
    return bench.date_class({"date": gold, "date_precision": "day"}, DAY, ours, day, set(holders), reports, step)


def test_a_report_day_given_to_an_earlier_act_is_its_own_class():
    assert _date("2031-05-03", "2031-05-04", "2031-05-04") == "report day, act earlier (gold -1)"
    got = _date("2031-05-01", "2031-05-04", "2031-05-04", holders={"a2"}, reports=2)
    assert got == "report day, act earlier (gold -3); a member holds gold's day"


def test_a_merged_event_dated_before_a_later_reports_day():
    assert _date("2031-05-06", "2031-05-04", "2031-05-04", holders={"a2"}, reports=2).startswith("merged")
    assert _date("2031-05-06", "2031-05-04", "2031-05-04", reports=2) == "off by -2"  # no report tells gold's day


def test_a_relative_day_off_against_its_anchor_and_the_plain_classes():
    assert _date("2031-05-03", "2031-05-04", "2031-05-06", step="expression:weekday") == "relative day off by +1"
    assert _date("2031-05-03", "2031-05-02", "2031-05-06", step="discourse<expression:weekday") == (
        "relative day off by -1"
    )
    assert _date("2031-05-03", "", "2031-05-06") == "no date"
    bench = load_bench("when_where33")
    month = {"date": "2031-05", "date_precision": "month"}
    assert bench.date_class(month, DAY, "2031-06-01", None, set(), 1, "publication") == "month or year"


def _place(gold: dict, ours: dict, rel: str = "country-only country:-", states=(None, None), datelines=frozenset()):
    bench = load_bench("when_where33")
    return bench.place_class({"location": gold}, ours, rel, states, set(datelines))


def test_a_wrong_country_is_the_host_against_the_visitor_or_a_dateline_or_other():
    ours = {"location_country_iso3": "AAA", "latitude": None}
    assert _place({"country": "BBB"}, ours, states=("AAA", "BBB")) == "doer's state, gold the target's"
    assert _place({"country": "BBB"}, ours, states=("BBB", "AAA")) == "target's state, gold the doer's"
    got = _place({"country": "BBB"}, ours, "country-only country:n", datelines={"AAA"})
    assert got == "dateline country, act elsewhere; gold country:n"
    assert _place({"country": "BBB"}, ours) == "other country; gold country:-"
    assert _place({"country": "BBB"}, {"location_country_iso3": None}) == "we give none; gold country:-"
    assert _place({}, ours) == "gold no place"


def test_a_wrong_city_is_classed_by_where_gold_names_it():
    ours = {"location_country_iso3": "AAA", "latitude": 1.0}
    gold = {"country": "AAA", "city": "Port Alder"}
    assert _place(gold, ours, "city:SFC country:s") == "gold city in the sentence"
    assert _place(gold, ours, "city:DF country:d") == "gold the dateline city"
    assert _place(gold, ours, "city:C country:-") == "gold the capital"
    assert _place(gold, ours, "city:A country:-") == "gold city elsewhere in the reports"
    assert _place(gold, ours, "city:- country:-") == "gold city not named"
    assert _place(gold, {"location_country_iso3": "AAA", "latitude": None}, "city:S country:-") == (
        "we give no city; gold city:S"
    )


def test_the_verb_form_of_a_trigger():
    bench = load_bench("when_where33")
    assert bench._form({"sentence": "Ruritania has expelled two envoys.", "trigger": "expelled"}) == "perfect"
    assert bench._form({"sentence": "Two envoys were expelled by Ruritania.", "trigger": "expelled"}) == (
        "passive/progressive"
    )
    assert bench._form({"sentence": "Ruritania expelled two envoys.", "trigger": "expelled"}) == "past -ed"
    assert bench._form({"sentence": "Ruritania will expel two envoys.", "trigger": "expel"}) == "modal/infinitive"
