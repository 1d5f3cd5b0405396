"""The ingest tasks write the boilerplate audit, the file index and version lineage (migration 0010)."""

from __future__ import annotations

import os

import duckdb

from tasks.ingest import publish_articles, stage_sources


def run(wh, src, run_id: str) -> dict:
    counts = stage_sources.fn(str(wh), run_id, [str(src)], 1_000_000, 100)
    publish_articles.fn(str(wh))
    return counts


def q(wh, sql: str) -> list:
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_audit_file_index_and_lineage(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    art = src / "a.txt"
    art.write_text("Talks in Havana\n\nNo time to read?\n\nThe ministers met in Havana on Monday for talks.\n\n"
                   "Comments are closed.")  # fmt: skip
    wh = tmp_path / "w.duckdb"
    assert run(wh, src, "r1")["documents"] == 1
    reasons = {r for (r,) in q(wh, "select reason from quality.boilerplate_removed")}
    assert reasons == {"summary widget", "comments"}
    assert q(wh, "select count(*) from raw.file_index")[0][0] == 1
    (src / "b.txt").write_text("Talks in Moscow\n\nMOSCOW, May 29. /TASS/. The ministers met for talks on Monday.")
    run(wh, src, "r1b")
    sql = "select dateline, published_at, published_source from curated.articles where title = 'Talks in Moscow'"
    assert q(wh, sql) == [("MOSCOW, May 29. /TASS/.", None, None)]
    (src / "b.txt").unlink()

    os.utime(art, ns=(art.stat().st_atime_ns, art.stat().st_mtime_ns + 10**9))  # touched, same bytes
    assert run(wh, src, "r2")["documents"] == 1  # re-read once (mtime changed) ...
    assert run(wh, src, "r3")["unchanged"] == 1  # ... then skipped via raw.file_index

    art.write_text("Talks in Havana\n\nThe ministers met in Havana on Tuesday for talks, officials said.")
    assert run(wh, src, "r4")["documents"] == 1
    versions = q(
        wh,
        "select version, previous_document_id is not null from raw.document_versions "
        "where source_uri like '%a.txt' order by version",
    )
    assert versions == [(1, False), (2, True)]
    titles = q(wh, "select title from curated.articles where source_uri like '%a.txt'")
    assert titles == [("Talks in Havana",)]  # the new version replaced the old article
    assert q(wh, "select count(*) from quality.boilerplate_removed")[0][0] == 2  # audit of the old article kept
