"""A JSON Lines file whose records carry ids loads with those ids queryable; a title-less record loads too."""

from __future__ import annotations

import json

import duckdb

from sitrep.cli import main

RECORDS = [
    {
        "id": "crm-1001",
        "url": "https://example.org/news/harbour-talks",
        "title": "Port officials of two countries meet over harbour fees",
        "body": "Port officials from Portugal and Morocco met in Lisbon on Monday to settle a dispute over harbour "
        "fees.\n\nBoth delegations said the talks would continue next month.",
        "published": "2024-04-08",
    },
    {
        "id": 1002,
        "body": "Farmers in Brittany blocked a motorway on Tuesday to protest a new fuel levy. Police diverted "
        "traffic for several hours while the regional prefect met union leaders.",
        "outlet": "Regional Wire",
    },
]


def test_record_ids_and_urls_are_kept_and_untitled_records_load(tmp_path, prefect_harness, capsys):
    src = tmp_path / "export.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    wh = str(tmp_path / "w.duckdb")
    assert main(["run", "--source", str(src), "--warehouse", wh, "--until", "ingest"]) == 0
    assert "articles=2" in capsys.readouterr().out

    sql = "select source_record_id, url, title, title_source from curated.articles order by source_record_id"
    assert main(["query", sql, "--warehouse", wh, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {
            "source_record_id": "1002",
            "url": None,
            "title": "Farmers in Brittany blocked a motorway on Tuesday to protest a new fuel levy.",
            "title_source": "first_sentence",
        },
        {
            "source_record_id": "crm-1001",
            "url": "https://example.org/news/harbour-talks",
            "title": "Port officials of two countries meet over harbour fees",
            "title_source": "record_field",
        },
    ]
    con = duckdb.connect(wh, read_only=True)
    assert con.execute("select count(*) from quality.quarantine").fetchall()[0][0] == 0
    (body,) = con.execute("select body from curated.articles where source_record_id = '1002'").fetchall()[0]
    assert body.startswith("Farmers in Brittany")  # the first sentence stays in the body too
    con.close()

    # the ids travel with search hits and exports, so results join back to the source system
    assert main(["search", "fuel levy", "--warehouse", wh, "--format", "json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)
    assert hit["source_record_id"] == "1002"
    out = tmp_path / "articles.csv"
    assert main(["export", "analyst.articles", "--out", str(out), "--warehouse", wh]) == 0
    assert "crm-1001" in out.read_text(encoding="utf-8")
