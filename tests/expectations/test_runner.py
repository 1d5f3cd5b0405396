from datetime import date

import polars as pl

from expectations import suites
from expectations.runner import validate_frame
from tests.expectations.article_rows import article as _article


def test_articles_suite_passes_good_rows_and_pinpoints_bad_ones():
    df = pl.DataFrame(
        [
            _article(1),
            _article(2, body="", word_count=0),
            _article(3, published_at=date(2999, 1, 1)),
            _article(1, source_uri="/x/dup.txt"),
        ]
    )
    outcome = validate_frame("ingest", "articles", df, suites.articles())
    assert not outcome.success
    assert set(outcome.failed_rows) == {0, 1, 2, 3}  # 0 and 3 share an id
    assert any("word_count" in r for r in outcome.failed_rows[1])
    assert any("published_at" in r for r in outcome.failed_rows[2])
    failed = {c["check_name"] for c in outcome.checks if not c["success"]}
    assert "expect_column_values_to_be_unique:article_id" in failed
    assert outcome.passed(df).height == 0
    rows = outcome.quarantine_rows(df, ("article_id", "source_uri"))
    assert rows[1]["record_key"] == "articles:a2|/x/2.txt" and "word_count" in rows[1]["reason"]


def test_dedup_suite_rejects_dangling_and_self_references():
    df = pl.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "duplicate_of": [None, "a", "c", "zz"],
            "duplicate_kind": [None, "near", "exact", "exact"],
            "story_id": ["a", "a", "c", "a"],
        }
    )
    outcome = validate_frame("dedup", "article_dedup", df, suites.article_dedup(["a"], ["a", "b", "c", "d"]))
    assert set(outcome.failed_rows) == {2, 3}
    assert outcome.passed(df)["article_id"].to_list() == ["a", "b"]


def test_clean_frame_passes_every_check():
    df = pl.DataFrame([_article(1), _article(2)])
    outcome = validate_frame("ingest", "articles", df, suites.articles())
    assert outcome.success and not outcome.failed_rows
    assert len(outcome.checks) == len(suites.articles())


def test_failed_checks_carry_their_rows_while_passing_checks_stay_basic():
    """Only failed expectations are validated again with COMPLETE results (row positions, examples)."""
    import json

    df = pl.DataFrame([_article(1), _article(2, word_count=0), _article(3), _article(4, word_count=0)])
    outcome = validate_frame("ingest", "articles", df, suites.articles())
    failed = [c for c in outcome.checks if not c["success"]]
    assert [c["check_name"] for c in failed] == ["expect_column_values_to_be_between:word_count"]
    assert failed[0]["unexpected_count"] == 2
    assert [e["article_id"] for e in json.loads(failed[0]["details"])["examples"]] == ["a2", "a4"]
    assert set(outcome.failed_rows) == {1, 3}
    by_name = {r.expectation_config.kwargs.get("column"): r for r in outcome.results.results}
    assert by_name["word_count"].result["unexpected_index_list"] == [1, 3]  # the GX result Data Docs renders
    assert len(outcome.results.results) == len(suites.articles())


def test_configurations_built_once_gives_the_same_checks_and_restores_gx(monkeypatch):
    import contextlib

    from great_expectations.expectations.expectation import Expectation

    from expectations import runner

    before = Expectation.__dict__["configuration"]
    df = pl.DataFrame([_article(1), _article(2, body="", word_count=0), _article(3, language="English")])
    memo = validate_frame("ingest", "articles", df, suites.articles())
    assert Expectation.__dict__["configuration"] is before  # restored after the validation
    monkeypatch.setattr(runner, "_configurations_built_once", contextlib.nullcontext)
    plain = validate_frame("ingest", "articles", df, suites.articles())
    assert memo.checks == plain.checks and memo.failed_rows == plain.failed_rows
    assert set(memo.failed_rows) == {1, 2}
