"""bench/miss_causes.py sorts gold events that are not fully right by the scorer's own matching."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.bench.bench_modules import load_bench

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mc():
    return load_bench("miss_causes")


def _warehouse(path: Path) -> Path:
    con = duckdb.connect(str(path))
    con.execute("create schema curated")
    con.execute("create table curated.articles (article_id varchar, source_uri varchar)")
    con.execute(
        "create table curated.mentions (article_id varchar, entity_id varchar, surface varchar, start_char int)"
    )
    con.execute(
        "create table curated.events (event_id varchar, event_type varchar, event_status varchar, event_date date, "
        "location_name varchar, location_country_iso3 varchar)"
    )
    con.execute("create table curated.event_participants (event_id varchar, entity_id varchar)")
    con.execute(
        "create table curated.event_mentions (event_id varchar, article_id varchar, start_char int, end_char int)"
    )
    con.executemany("insert into curated.articles values (?, ?)", [("A", "/x/a.txt"), ("B", "/x/b.txt")])
    con.executemany(
        "insert into curated.mentions values (?, ?, ?, ?)",
        [
            ("A", "RUR", "Ruritania", 0),
            ("A", "BOR", "Borduria's", 20),
            ("A", "BOR", "Borduria", 120),
            ("B", "RUR", "Ruritania", 0),
            ("B", "SYL", "Syldavia", 200),
        ],
    )
    con.executemany(
        "insert into curated.events values (?, ?, ?, ?, ?, ?)",
        [
            ("ev1", "CONSULT", "occurred", "2024-01-02", "Strelsau", "RUR"),
            ("ev2", "ACCUSE", "occurred", "2024-01-03", None, None),
            ("ev3", "REQUEST", "occurred", None, None, None),
        ],
    )
    con.executemany(
        "insert into curated.event_participants values (?, ?)",
        [("ev1", "RUR"), ("ev1", "BOR"), ("ev2", "RUR"), ("ev3", "RUR")],
    )
    con.executemany(
        "insert into curated.event_mentions values (?, ?, ?, ?)",
        [("ev1", "A", 0, 60), ("ev2", "A", 100, 150), ("ev3", "B", 0, 50)],
    )
    con.close()
    return path


GOLD = {
    "entities": [
        {"canonical": "Ruritania", "aliases": ["Ruritania"], "docs": ["a.txt", "b.txt"]},
        {"canonical": "Borduria", "aliases": ["Borduria"], "docs": ["a.txt"]},
        {"canonical": "Syldavia", "aliases": ["Syldavia"], "docs": ["b.txt"]},
        {"canonical": "Nobody", "aliases": ["Nobody"], "docs": ["a.txt"]},
    ],
    "events": [
        {
            "type": "CONSULT",
            "actors": ["Ruritania", "Borduria"],
            "docs": ["a.txt"],
            "date": "2024-01-02",
            "date_precision": "day",
            "location": {"country": "RUR", "city": "Strelsau"},
        },
        {
            "type": "AGREE",
            "actors": ["Ruritania", "Borduria"],
            "docs": ["a.txt"],
            "date": "2024-01-02",
            "date_precision": "day",
            "location": {"country": "BOR"},
        },
        {"type": "ACCUSE", "actors": ["Ruritania", "Borduria"], "docs": ["a.txt"], "background": True},
        {"type": "REQUEST", "actors": ["Ruritania", "Syldavia"], "docs": ["b.txt"]},
        {"type": "SANCTION", "actors": ["Borduria", "Syldavia"], "docs": ["a.txt"]},
        {"type": "PROTEST", "actors": ["Nobody"], "docs": ["a.txt"]},
    ],
}


def test_each_gold_event_gets_one_cause(mc, tmp_path):
    got = mc.causes(_warehouse(tmp_path / "w.duckdb"), GOLD)
    assert got == {
        mc.FULL: 1,
        "found, wrong: type+place": 1,
        mc.ELSEWHERE: 1,
        mc.NOT_MENTIONED: 1,
        mc.UNRESOLVED: 1,
    }


def test_missing_actor_inside_the_events_sentence(mc, tmp_path):
    gold = {**GOLD, "events": [{"type": "ACCUSE", "actors": ["Ruritania", "Borduria"], "docs": ["a.txt"]}]}
    wh = _warehouse(tmp_path / "w.duckdb")
    con = duckdb.connect(str(wh))
    con.execute("delete from curated.event_participants where event_id = 'ev1'")
    con.close()
    assert mc.causes(wh, gold) == {mc.IN_SENTENCE: 1}
    assert mc.line(mc.causes(wh, gold)) == f"{mc.IN_SENTENCE} 1"


def test_actors_each_in_another_event(mc, tmp_path):
    wh = _warehouse(tmp_path / "w.duckdb")
    con = duckdb.connect(str(wh))
    con.execute("delete from curated.event_participants where event_id = 'ev1'")
    con.execute("insert into curated.event_participants values ('ev1', 'BOR')")
    con.close()
    gold = {**GOLD, "events": [{"type": "ACCUSE", "actors": ["Ruritania", "Borduria"], "docs": ["a.txt"]}]}
    assert mc.causes(wh, gold) == {mc.APART: 1}
