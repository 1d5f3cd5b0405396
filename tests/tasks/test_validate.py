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
