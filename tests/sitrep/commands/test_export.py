"""`sitrep export`: any table or view to csv/parquet/json, names checked against the catalog."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import duckdb
import polars as pl
import pytest

from sitrep.cli import main

VIEWS = ["events", "event_reports", "actor_pairs", "actor_interactions", "entity_profiles", "stories", "quotes"]


def frame_sorted(df: pl.DataFrame) -> pl.DataFrame:
    key = df.columns[0]
    return df.sort([key, *[c for c in df.columns[1:4] if df.schema[c].is_numeric() or df.schema[c] == pl.String]])


@pytest.mark.parametrize("view", VIEWS)
def test_parquet_export_reads_back_equal_to_the_view(seeds_warehouse, tmp_path, view, capsys):
    out = tmp_path / f"{view}.parquet"
    assert main(["export", f"analyst.{view}", "--out", str(out), "--warehouse", str(seeds_warehouse)]) == 0
    assert f"exported analyst.{view}" in capsys.readouterr().out
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    expected = con.sql(f"select * from analyst.{view}").pl()
    diff = con.execute(
        f"select (select count(*) from (from analyst.{view} except all from read_parquet(?))) "
        f"+ (select count(*) from (from read_parquet(?) except all from analyst.{view}))",
        [str(out), str(out)],
    ).fetchall()[0][0]
    con.close()
    got = pl.read_parquet(out)
    assert got.columns == expected.columns and got.height == expected.height > 0
    assert got.schema == expected.schema
    assert diff == 0


def test_csv_and_json_exports_and_bare_names(seeds_warehouse, tmp_path, capsys):
    wh = str(seeds_warehouse)
    assert main(["export", "articles", "--format", "csv", "--out", str(tmp_path / "a.csv"), "--warehouse", wh]) == 0
    capsys.readouterr()
    rows = list(csv.DictReader((tmp_path / "a.csv").read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 5 and "source_record_id" in rows[0]  # bare name: analyst.articles comes first
    assert main(["export", "curated.entities", "--out", str(tmp_path / "e.json"), "--warehouse", wh]) == 0
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert any(e["canonical_name"] == "Nikolai Patrushev" and "Patrushev" in e["aliases"] for e in data)
    assert main(["export", "curated.quotes", "--out", str(tmp_path / "q.jsonl"), "--warehouse", wh]) == 0
    lines = (tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(ln)["quote_id"] for ln in lines)
    odd = tmp_path / "it's here.parquet"  # a quote in the path is a literal, not SQL
    assert main(["export", "CURATED.Stories", "--out", str(odd), "--warehouse", wh]) == 0
    assert pl.read_parquet(odd).height == 5


@pytest.mark.parametrize(
    "name", ["nope", "curated.articles; drop table curated.articles", 'x" from curated.articles --', "events2"]
)
def test_unknown_or_hostile_names_are_refused(seeds_warehouse, tmp_path, capsys, name):
    out = tmp_path / "x.csv"
    assert main(["export", name, "--out", str(out), "--warehouse", str(seeds_warehouse)]) == 2
    err = capsys.readouterr().err
    assert "no table or view named" in err and "analyst.events" in err
    assert not out.exists()
    con = duckdb.connect(str(seeds_warehouse), read_only=True)
    assert con.execute("select count(*) from curated.articles").fetchall()[0][0] == 5
    con.close()


def test_format_comes_from_the_extension_or_must_be_given(seeds_warehouse, tmp_path, capsys):
    code = main(["export", "analyst.events", "--out", str(tmp_path / "x.xlsx"), "--warehouse", str(seeds_warehouse)])
    assert code == 2 and "--format" in capsys.readouterr().err


def test_analyst_commands_import_no_prefect_spacy_or_gx(seeds_warehouse, tmp_path):
    code = (
        "import sys\n"
        "from sitrep.cli import main\n"
        f"wh = {str(seeds_warehouse)!r}\n"
        "assert main(['search', 'embargo', '--warehouse', wh]) == 0\n"
        "assert main(['show', 'entity', 'Patrushev', '--warehouse', wh]) == 0\n"
        f"assert main(['export', 'analyst.events', '--out', {str(tmp_path / 'e.csv')!r}, '--warehouse', wh]) == 0\n"
        "heavy = [m for m in ('prefect', 'spacy', 'great_expectations') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
