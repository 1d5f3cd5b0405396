import io
import json

import pytest

from sitrep import cli
from warehouse import db


@pytest.fixture()
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    con.execute(
        "insert into curated.articles (article_id, document_id, title, body) values ('a1', 'd1', 'Title', 'Body')"
    )
    con.close()
    return str(path)


def test_query_prints_rows_in_every_format(warehouse, capsys):
    assert cli.main(["query", "select article_id, title from curated.articles", "--warehouse", warehouse]) == 0
    assert "a1" in capsys.readouterr().out
    cli.main(["query", "select article_id from curated.articles", "--warehouse", warehouse, "--format", "json"])
    assert json.loads(capsys.readouterr().out) == [{"article_id": "a1"}]
    cli.main(["query", "select article_id from curated.articles", "--warehouse", warehouse, "--format", "csv"])
    assert capsys.readouterr().out.splitlines() == ["article_id", "a1"]


@pytest.mark.parametrize(
    "sql",
    [
        "delete from curated.articles",
        "drop table curated.articles",
        "insert into ops.pipeline_runs values (1)",
        "select 1; update curated.articles set title = 'x'",
        "attach 'x.db' as x",
        "copy curated.articles to 'x.csv'",
    ],
)
def test_query_refuses_writes_with_a_clear_message(warehouse, sql, capsys):
    assert cli.main(["query", sql, "--warehouse", warehouse]) == 2
    assert "read-only" in capsys.readouterr().err
    assert cli.main(["query", "select title from curated.articles", "--warehouse", warehouse]) == 0


def test_query_on_missing_warehouse_says_what_to_do(tmp_path, capsys):
    assert cli.main(["query", "select 1", "--warehouse", str(tmp_path / "nope.duckdb")]) == 2
    assert "sitrep run" in capsys.readouterr().err


def test_report_without_runs_and_with_env_warehouse(warehouse, capsys, monkeypatch):
    monkeypatch.setenv("SITREP_WAREHOUSE", warehouse)
    assert cli.main(["report"]) == 0
    assert "No run recorded yet" in capsys.readouterr().out


def test_write_rows_table_format():
    out = io.StringIO()
    cli.write_rows(["a", "b"], [(1, None), (2, "x\ny")], "table", out)
    text = out.getvalue()
    assert text.splitlines()[0].startswith("a") and "(2 rows)" in text and "x y" in text
