"""bench/trigger_audit.py and bench/role_audit.py run each development row under its article's publication date (as
the pipeline does; ``--undated`` for none): a sentence runs once per date, so a rule that needs the report's date
(an act of a year long before the report is history) fires there; a map saved before round 36 reads as undated."""

from __future__ import annotations

import json
from datetime import date, datetime

from tests.bench.bench_modules import load_bench

HISTORY = "Rebel fighters attacked the army garrison of Varnok in 1961."


def _row(article: str) -> dict[str, str]:
    return {"article_id": article, "sentence": HISTORY, "event_type": "ASSAULT", "sources": "", "targets": ""}


def test_an_act_of_long_ago_is_history_only_under_the_report_date():
    bench = load_bench("trigger_audit")
    rows = [_row("a-1"), _row("a-2")]
    got = {r["article_id"]: best for r, best, _doc in bench.row_candidates(rows, {"a-1": date(2017, 3, 1)})}
    assert got["a-1"] is None  # dated 2017: 1961 is history, no event
    assert got["a-2"] is not None  # no date known: the act is coded, as in an undated run


def test_a_published_value_reads_as_the_pipeline_reads_it():
    bench = load_bench("trigger_audit")
    assert bench.as_day("2017-02-07T15:01:01") == date(2017, 2, 7)
    assert bench.as_day(datetime(1987, 2, 26, 15, 1)) == date(1987, 2, 26)
    assert bench.as_day(None) is None


def test_saved_maps_record_the_run_and_old_maps_read_as_undated(tmp_path):
    bench = load_bench("trigger_audit")
    old = tmp_path / "old.json"
    old.write_text(json.dumps({"x|1|2|ASSAULT||": ["lex:kill cameo", "lex:kill"]}))
    labels, run = bench.read_map(old)
    assert run == {"dated": False}
    assert labels == {"x|1|2|ASSAULT||": ("lex:kill cameo", "lex:kill")}
    new = tmp_path / "new.json"
    bench.write_map(new, labels, dated=True)
    assert bench.read_map(new) == (labels, {"dated": True})


def test_role_audit_articles_carry_their_date_unless_undated(monkeypatch):
    roles = load_bench("role_audit")
    trig = load_bench("trigger_audit")
    rec = {
        "id": "newsarticles2017-9",
        "title": "Talks end",
        "body": "Ministers met in Oslo on Monday.",
        "published": "2017-05-02",
    }
    monkeypatch.setattr(trig, "corpus_records", lambda ids: iter([rec]))
    (dated,) = roles.load_articles({"newsarticles2017-9"})
    (undated,) = roles.load_articles({"newsarticles2017-9"}, dated=False)
    assert trig.as_day(dated["published_at"]) == date(2017, 5, 2)
    assert undated["published_at"] is None
    assert all(a["dateline"] is None or isinstance(a["dateline"], str) for a in (dated, undated))  # text, as stored
