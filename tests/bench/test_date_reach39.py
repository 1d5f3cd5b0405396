"""bench/date_reach39.py: where the texts tell a wrong event date's gold day."""

from __future__ import annotations

from datetime import date

from tests.bench.bench_modules import load_bench


def _reach(gd: str, mem: list, by_article: dict, pub: dict, bodies: dict, story_days: dict | None = None) -> str:
    return load_bench("date_reach39").reach(gd, mem, by_article, pub, bodies, story_days or {})


def test_the_nearest_place_that_tells_gold_day_is_named():
    pub = {"a1": date(2031, 5, 9)}
    own = {"event_date": "2031-05-09", "start_char": 40}
    mem = [("a1", own, {})]
    bodies = {"a1": ("The envoy of Norland met the Velian minister. Talks resumed.", "s1")}
    assert _reach("2031-05-09", mem, {}, pub, bodies) == "a member held it"
    assert _reach("2031-05-08", [("a1", {**own, "event_date": "2031-05-09"}, {})], {}, {}, bodies) == "nowhere"
    moved = {"a1": date(2031, 5, 8)}
    assert _reach("2031-05-08", mem, {}, moved, bodies) == "a member's publication day"
    other = {"a1": [own, {"event_date": "2031-05-08", "start_char": 0}]}
    assert _reach("2031-05-08", mem, other, pub, bodies) == "another act of a member article"
    assert _reach("2031-05-08", mem, {}, {}, bodies, {"s1": {"2031-05-08"}}) == "another event of the story"


def test_a_day_told_anywhere_in_a_report_is_read_against_its_publication_day():
    bench = load_bench("date_reach39")
    body = "Troops of Velia crossed the river yesterday. The envoy is due in Norland on May 20, 2031."
    told = bench.told_days(body, date(2031, 5, 9))
    assert {"2031-05-08", "2031-05-20"} <= told
    assert "2031-05-08" not in bench.told_days(body, None)  # an undated report reads only full dates
    mem = [("a1", {"event_date": "2031-05-09", "start_char": 0}, {})]
    reach = bench.reach("2031-05-08", mem, {}, {"a1": date(2031, 5, 9)}, {"a1": (body, None)}, {})
    assert reach == "an expression of a member article"
