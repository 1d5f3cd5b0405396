"""bench/date_sources.py: how a matched event's date is judged against gold and labelled by its source."""

from __future__ import annotations

from sitrep.extract import event_merge
from tests.bench.bench_modules import load_bench


def test_a_date_is_right_one_day_off_further_or_missing():
    bench = load_bench("date_sources")
    assert bench._verdict("2031-05-09", "2031-05-09", 10) == "right"
    assert bench._verdict("2031-05-09", "2031-05-08", 10) == "+1 later"
    assert bench._verdict("2031-05-07", "2031-05-08", 10) == "-1 earlier"
    assert bench._verdict("2031-05-01", "2031-05-08", 10) == "further"
    assert bench._verdict("2031-05-01", "2031-05-08", 7) == "right"  # gold gives the month only
    assert bench._verdict("", "2031-05-08", 10) == "ours none"
    assert bench._verdict("2031-05-08", "", 10) == "gold none"


def test_an_expression_is_labelled_by_its_kind():
    bench = load_bench("date_sources")
    assert bench._label({"date_source": "expression", "date_hints": {"kind": "weekday"}}) == "expression:weekday"
    assert bench._label({"date_source": "publication", "date_hints": {}}) == "publication"


def test_loading_it_leaves_the_merge_unpatched():
    bench = load_bench("date_sources")
    for name, fn in bench.place_sources.ORIGINAL.items():
        assert getattr(event_merge, name) is fn
