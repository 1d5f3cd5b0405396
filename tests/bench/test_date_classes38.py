"""bench/date_classes38.py: each wrong date put in one class by its likely cause."""

from __future__ import annotations

from tests.bench.bench_modules import load_bench


def _cls(ge: dict, ev: dict, ours: str, path: str, pub: dict, mem: list | None = None) -> str:
    bench = load_bench("date_classes38")
    mem = mem if mem is not None else [("a1", {"date_hints": {}}, {})]
    return bench.date_class(ge, ev, ours, ge.get("date") or "", path, mem, pub)


def test_a_wrong_date_is_classed_by_its_first_fitting_cause():
    pub = {"a1": "2031-05-09"}
    told = {"event_type": "CONSULT", "event_status": "occurred", "date_precision": "day"}
    gold = {"type": "CONSULT", "date": "2031-05-08", "date_precision": "day"}
    assert _cls(gold, told, "", "none:x", pub).startswith("no date")
    assert _cls({**gold, "date_precision": "month"}, told, "2031-04-30", "publication", pub) == "precision"
    assert _cls(gold, {**told, "event_type": "ACCUSE"}, "2031-05-09", "publication", pub) == "another act matched"
    assert _cls(gold, told, "2031-05-09", "publication", {}) == "cross-article: undated report"
    assert _cls(gold, told, "2031-05-15", "expression:weekday", pub) == "weekday: wrong week"
    assert _cls(gold, told, "2031-05-09", "expression:weekday", pub) == "expression: a day off by 1"
    assert _cls(gold, told, "2031-05-09", "publication", pub) == "report day vs event day"
    assert _cls(gold, told, "2031-05-09", "discourse<?", pub) == "carried day"
    assert _cls(gold, {**told, "event_status": "planned"}, "2031-05-07", "expression:month_day", pub) == (
        "planned dated in the past"
    )
