"""A validation turns each GX configuration object into an expectation once (``runner._configurations_built_once``),
with the same checks and failing rows as GX's own way, and GX's method restored after."""

import polars as pl

from expectations import suites
from expectations.runner import validate_frame
from tests.expectations.article_rows import article as _article


def _frame() -> pl.DataFrame:
    return pl.DataFrame(
        [_article(1), _article(2, body="", word_count=0), _article(3, language="English"), _article(1, title="U")]
    )


def test_each_configuration_becomes_an_expectation_once_and_gx_is_restored(monkeypatch):
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    gx_own = ExpectationConfiguration.__dict__["to_domain_obj"]
    made: dict[int, int] = {}
    kept = []  # the configurations stay alive, so no two share an id

    def counting(self):
        kept.append(self)
        made[id(self)] = made.get(id(self), 0) + 1
        return gx_own(self)

    monkeypatch.setattr(ExpectationConfiguration, "to_domain_obj", counting)
    clean = pl.DataFrame([_article(1), _article(2)])  # no failure: no second validation of failed checks
    outcome = validate_frame("ingest", "articles", clean, suites.articles())
    assert ExpectationConfiguration.__dict__["to_domain_obj"] is counting  # what was there before, back
    assert outcome.success and len(made) >= len(suites.articles())
    assert max(made.values()) == 1  # GX asks several times per configuration; built once each


def test_same_checks_and_rows_as_gx_builds_them(monkeypatch):
    import contextlib

    from expectations import runner

    memo = validate_frame("ingest", "articles", _frame(), suites.articles())
    monkeypatch.setattr(runner, "_configurations_built_once", contextlib.nullcontext)
    plain = validate_frame("ingest", "articles", _frame(), suites.articles())
    assert memo.checks == plain.checks and memo.failed_rows == plain.failed_rows
    assert set(memo.failed_rows) == {0, 1, 2, 3}  # 0 and 3 share an id, 1 is empty, 2 names no language code
