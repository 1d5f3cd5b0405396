"""The validate task on a real temp-file warehouse, called through ``task.fn`` (no Prefect server needed)."""

import json

import duckdb
import polars as pl

from tasks.validate import validate_staged
from warehouse import db


def test_failing_rows_leave_staging_for_quarantine_and_checks_are_recorded(tmp_path):
    wh = str(tmp_path / "w.duckdb")
    con = db.connect(wh)
    db.stage_frame(
        con,
        "entities",
        pl.DataFrame(
            {
                "entity_id": ["e1", "e2", "e2"],
                "canonical_name": ["Nikolai Patrushev", "Havana", "Havana"],
                "entity_type": ["PERSON", "GPE", "GPE"],
                "country_iso3": ["RUS", "Cuba", "CUB"],
                "role": [None, None, None],
                "aliases": [["Patrushev"], ["Havana"], ["Havana"]],
                "num_articles": [2, 1, 1],
            }
        ),
    )
    con.close()
    summary = validate_staged.fn(wh, "run-1", "extract", "entities")
    assert summary["rows"] == 3 and summary["passed"] == 1 and summary["checks_failed"] == 2
    con = duckdb.connect(wh, read_only=True)
    assert con.execute("select entity_id from staging.entities").fetchall() == [("e1",)]
    failed = dict(
        con.execute(
            "select check_name, unexpected_count from quality.check_results where run_id = 'run-1' and not success"
        ).fetchall()
    )
    assert failed == {
        "expect_column_values_to_be_unique:entity_id": 2,
        "expect_column_values_to_match_regex:country_iso3": 1,
    }
    rows = con.execute("select record_key, reason, payload from quality.quarantine order by record_key").fetchall()
    assert [r[0] for r in rows] == ["entities:e2", "entities:e2#2"]  # both rows kept, nothing lost
    assert any("country_iso3" in r[1] for r in rows)
    assert json.loads(rows[-1][2])["canonical_name"] == "Havana"


def test_rerun_after_a_fix_clears_the_derived_quarantine(tmp_path):
    wh = str(tmp_path / "w.duckdb")
    bad = pl.DataFrame({"story_id": ["s1"], "title": ["T"], "first_published_at": [None], "last_published_at": [None],
                        "num_articles": [0], "num_outlets": [0]})  # fmt: skip
    with db.connect(wh) as con:
        db.stage_frame(con, "stories", bad)
    validate_staged.fn(wh, "run-1", "dedup", "stories")
    with db.connect(wh) as con:
        assert con.execute("select count(*) from quality.quarantine").fetchall() == [(1,)]
        db.stage_frame(con, "stories", bad.with_columns(pl.lit(1).alias("num_articles")))
    validate_staged.fn(wh, "run-2", "dedup", "stories")
    with db.connect(wh) as con:
        assert con.execute("select count(*) from quality.quarantine").fetchall() == [(0,)]
        assert con.execute("select count(*) from staging.stories").fetchall() == [(1,)]


def test_a_broken_reference_fails_the_run_instead_of_quarantining(tmp_path):
    import pytest

    from tasks.validate import IntegrityError

    wh = str(tmp_path / "w.duckdb")
    with db.connect(wh) as con:
        con.execute("insert into curated.articles (article_id, document_id, title, body) values ('a1', 'd1', 'T', 'B')")
        staged = {"article_id": ["a1"], "duplicate_of": [None], "duplicate_kind": [None], "story_id": ["gone"]}
        db.stage_frame(con, "article_dedup", pl.DataFrame(staged, schema=dict.fromkeys(staged, pl.String)))
    with pytest.raises(IntegrityError, match="story_id"):
        validate_staged.fn(wh, "run-1", "dedup", "article_dedup")
    with db.connect(wh) as con:
        assert con.execute("select count(*) from quality.quarantine").fetchall() == [(0,)]
        failed = con.execute("select check_name from quality.check_results where not success").fetchall()
        assert failed == [("expect_column_values_to_be_in_set:story_id",)]


def test_reference_value_sets_hold_only_the_ids_the_staged_table_uses(tmp_path):
    """The in-set value set is the staged table's own values that exist upstream: same verdict, small set."""
    from tasks.validate import SUITE_ARGS

    con = db.connect(str(tmp_path / "w.duckdb"))
    db.stage_frame(con, "entities", pl.DataFrame({"entity_id": ["e1", "e3", "e4"]}))
    staged = {"event_id": ["v1", "v1", "v2"], "entity_id": ["e1", "e2", None], "role": ["source"] * 3}
    db.stage_frame(con, "event_participants", pl.DataFrame(staged, schema=dict.fromkeys(staged, pl.String)))
    db.stage_frame(con, "events", pl.DataFrame({"event_id": ["v1", "v9"]}))
    args = SUITE_ARGS["event_participants"](con)
    con.close()
    assert sorted(args["entity_ids"]) == ["e1"]  # e2 dangles (its row fails), e3/e4 are not used here
    assert sorted(args["event_ids"]) == ["v1"]  # v2 dangles, v9 has no participant


def _article_row(i: int, body: str) -> dict:
    return {"article_id": f"a{i}", "document_id": f"d{i}", "body": body}


def _mentions_warehouse(tmp_path, n_good: int, n_bad: int) -> str:
    """curated.articles + staging.mentions where ``n_bad`` mentions point past their surface."""
    wh = str(tmp_path / "w.duckdb")
    body = "Envoys from Ruritania arrived in Zenda."
    with db.connect(wh) as con:
        db.insert_frame(con, "curated.articles", pl.DataFrame([_article_row(i, body) for i in range(n_good + n_bad)]))
        rows = [("Ruritania", 12, 21)] * n_good + [("Ruritania", 13, 22)] * n_bad
        db.stage_frame(con, "entities", pl.DataFrame({"entity_id": ["e1"]}))
        db.stage_frame(
            con,
            "mentions",
            pl.DataFrame(
                {
                    "article_id": [f"a{i}" for i in range(len(rows))],
                    "entity_id": ["e1"] * len(rows),
                    "surface": [r[0] for r in rows],
                    "start_char": [r[1] for r in rows],
                    "end_char": [r[2] for r in rows],
                }
            ),
        )
    return wh


def test_span_checks_read_the_body_from_the_warehouse_and_quarantine_with_the_check_name(tmp_path):
    wh = _mentions_warehouse(tmp_path, n_good=9, n_bad=1)
    summary = validate_staged.fn(wh, "run-1", "extract", "mentions")
    assert (summary["rows"], summary["passed"]) == (10, 9)
    con = duckdb.connect(wh, read_only=True)
    assert [c[0] for c in con.execute("select column_name from (describe staging.mentions)").fetchall()] == [
        "article_id",
        "entity_id",
        "surface",
        "start_char",
        "end_char",
    ]  # fmt: skip  (context columns never reach the warehouse)
    (reason,) = con.execute("select reason from quality.quarantine").fetchall()[0]
    assert "expect_column_pair_values_to_be_equal:surface+_body_span" in reason
    assert con.execute(
        "select rows_in, rows_out, rows_quarantined from quality.stage_volumes where table_name = 'mentions'"
    ).fetchall() == [(10, 9, 1)]


def test_error_share_above_the_limit_fails_naming_stage_table_and_checks(tmp_path):
    import pytest

    from sitrep.quality.gate import QualityGateError

    wh = _mentions_warehouse(tmp_path, n_good=6, n_bad=4)
    assert validate_staged.fn(wh, "run-1", "extract", "mentions", max_error_share=0.5)["passed"] == 6
    wh = _mentions_warehouse(tmp_path / "strict", n_good=6, n_bad=4)
    with pytest.raises(QualityGateError) as err:
        validate_staged.fn(wh, "run-2", "extract", "mentions", max_error_share=0.3)
    message = str(err.value)
    assert "'extract'" in message and "'mentions'" in message and "4 of 10 rows" in message
    assert "expect_column_pair_values_to_be_equal:surface+_body_span" in message
    con = duckdb.connect(wh, read_only=True)  # the evidence is recorded before the run stops
    assert con.execute("select count(*) from quality.quarantine").fetchall() == [(4,)]
    assert con.execute("select count(*) from quality.check_results where not success").fetchall()[0][0] >= 1


def test_drift_warns_with_both_numbers_when_volumes_change_sharply(tmp_path):
    from tasks.validate import check_drift

    wh = str(tmp_path / "w.duckdb")
    sources = ["/data/feed"]

    def run(run_id: str, stories: int, read: int) -> list[dict]:
        with db.connect(wh) as con:
            con.execute(
                "insert into ops.pipeline_runs (run_id, flow_name, started_at, status) "
                "values (?, 'p', now(), 'running')",
                [run_id],
            )
            db.insert_frame(
                con,
                "quality.stage_volumes",
                pl.DataFrame({"run_id": [run_id], "stage": ["dedup"], "table_name": ["stories"],
                              "rows_in": [stories], "rows_out": [stories], "rows_quarantined": [0]}),
            )  # fmt: skip
        ingest = {"articles": read, "unchanged": 0, "rejected": 0}
        results = check_drift.fn(wh, run_id, sources, "dedup", ingest, 2.0)
        with db.connect(wh) as con:
            con.execute("update ops.pipeline_runs set status = 'completed' where run_id = ?", [run_id])
        return results

    assert run("r1", stories=400, read=1000) == []  # nothing to compare with yet
    steady = run("r2", stories=380, read=990)
    assert steady and all(r["success"] for r in steady)
    drop = {r["metric"]: r for r in run("r3", stories=40, read=120)}
    assert not drop["rows:dedup.stories"]["success"] and not drop["rows:ingest.records_read"]["success"]
    assert "40 this run vs 390" in drop["rows:dedup.stories"]["message"]
    con = duckdb.connect(wh, read_only=True)
    rows = con.execute(
        "select check_name, success, details->>'severity' from quality.check_results where run_id = 'r3' "
        "order by check_name"
    ).fetchall()
    assert ("drift:rows:dedup.stories", False, "warn") in rows
    assert con.execute("select count(*) from quality.run_metrics where run_id = 'r3'").fetchall()[0][0] >= 3


def test_a_quarantined_event_takes_its_participants_and_evidence_along(tmp_path):
    """An event failing an error check leaves no dangling child rows (which would break referential integrity)."""
    wh = str(tmp_path / "w.duckdb")
    body = "Ruritania and Freedonia talked in Zenda. Ruritania demanded a border deal."
    with db.connect(wh) as con:
        db.insert_frame(con, "curated.articles", pl.DataFrame([_article_row(1, body)]))
        db.stage_frame(con, "entities", pl.DataFrame({"entity_id": ["e1", "e2"]}))
        db.stage_frame(
            con,
            "events",
            pl.DataFrame({"event_id": ["v1", "v2"], "event_type": ["CONSULT", "NOT_PLOVER"], "event_mode": [None, None],
                          "event_status": ["occurred"] * 2, "num_articles": [1, 1], "confidence": [0.5, 0.5]}),
        )  # fmt: skip
        db.stage_frame(
            con,
            "event_participants",
            pl.DataFrame({"event_id": ["v1", "v1", "v2", "v2"], "entity_id": ["e1", "e2", "e1", "e2"],
                          "role": ["source", "target", "source", "target"]}),
        )  # fmt: skip
        db.stage_frame(
            con,
            "event_mentions",
            pl.DataFrame({"event_id": ["v1", "v2"], "article_id": ["a1", "a1"], "start_char": [0, 41],
                          "end_char": [40, len(body)], "sentence": [body[:40], body[41:]]}),
        )  # fmt: skip
    assert validate_staged.fn(wh, "run-1", "extract", "events")["passed"] == 1
    for table in ("event_participants", "event_mentions"):  # no IntegrityError: the children followed their event
        summary = validate_staged.fn(wh, "run-1", "extract", table)
        assert summary["rows"] == summary["passed"] == {"event_participants": 2, "event_mentions": 1}[table]
    con = duckdb.connect(wh, read_only=True)
    rows = con.execute("select record_key, reason from quality.quarantine order by record_key").fetchall()
    assert [k for k, _ in rows] == [
        "event_mentions:v2|a1|41", "event_participants:v2|e1|source", "event_participants:v2|e2|target", "events:v2",
    ]  # fmt: skip
    assert "expect_column_values_to_be_in_set:event_type" in rows[-1][1]
    assert all(reason == "its events row v2 was quarantined in this run" for _, reason in rows[:-1])
