import duckdb
import polars as pl
import pytest

from warehouse import db

CONTRACT_TABLES = {
    "raw.documents", "curated.articles", "curated.stories", "curated.entities", "curated.mentions",
    "curated.events", "curated.event_participants", "curated.event_mentions", "curated.quotes",
    "quality.check_results", "quality.quarantine", "ops.pipeline_runs",
}  # fmt: skip


def _tables(con):
    rows = con.execute("select table_schema || '.' || table_name from information_schema.tables").fetchall()
    return {r[0] for r in rows}


def test_connect_applies_every_migration_once_and_records_it(tmp_path):
    path = tmp_path / "w.duckdb"
    con = db.connect(path)
    assert _tables(con) >= CONTRACT_TABLES
    recorded = con.execute("select version, name from ops.schema_migrations order by version").fetchall()
    assert [v for v, _ in recorded] == [v for v, _ in db.migration_files()]
    con.close()
    con = db.connect(path)  # second open: nothing re-applied
    assert db.migrate(con) == []
    assert con.execute("select count(*) from ops.schema_migrations").fetchall()[0][0] == len(recorded)
    con.close()


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    mdir = tmp_path / "migrations"
    mdir.mkdir()
    (mdir / "0001_ok.sql").write_text("create table t (a int);")
    (mdir / "0002_bad.sql").write_text("create table u (a int); insert into nowhere values (1);")
    monkeypatch.setattr(db, "MIGRATIONS_DIR", mdir)
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    with pytest.raises(duckdb.Error):
        db.migrate(con)
    assert "main.u" not in _tables(con)
    assert con.execute("select version from ops.schema_migrations").fetchall() == [(1,)]


def test_read_only_connection_refuses_writes_and_missing_file(tmp_path):
    path = tmp_path / "w.duckdb"
    with pytest.raises(db.WarehouseError, match="no warehouse"):
        db.connect(path, read_only=True)
    db.connect(path).close()
    con = db.connect(path, read_only=True)
    with pytest.raises(duckdb.Error, match="read-only"):
        con.execute("delete from curated.articles")


def test_replace_by_key_is_idempotent():
    con = db.connect(":memory:")
    df = pl.DataFrame({"run_id": ["r", "r"], "stage": ["s", "s"], "record_key": ["a", "b"], "reason": ["x", "y"]})
    for _ in range(3):
        with db.transaction(con):
            db.replace_by_key(con, "quality.quarantine", df, ("stage", "record_key"))
    assert con.execute("select record_key, reason from quality.quarantine order by 1").fetchall() == [
        ("a", "x"),
        ("b", "y"),
    ]


def test_transaction_rolls_back_on_error():
    con = db.connect(":memory:")
    with pytest.raises(RuntimeError), db.transaction(con):
        con.execute("insert into ops.pipeline_runs (run_id, flow_name) values ('r', 'f')")
        raise RuntimeError("crash mid-load")
    assert con.execute("select count(*) from ops.pipeline_runs").fetchall()[0][0] == 0


def test_run_lock_is_exclusive(tmp_path):
    path = tmp_path / "w.duckdb"
    with db.run_lock(path), pytest.raises(db.WarehouseError, match="another sitrep run"), db.run_lock(path):
        pass
    with db.run_lock(path):  # released
        pass


def test_analyst_views_answer_on_an_empty_warehouse():
    con = db.connect(":memory:")
    con.execute(
        "insert into curated.entities values ('e1', 'Nikolai Patrushev', 'PERSON', 'RUS', null, ['Patrushev'], 1)"
    )
    con.execute(
        "insert into curated.events (event_id, event_type, event_status, num_articles) "
        "values ('v1', 'CONSULT', 'occurred', 1)"
    )
    con.execute("insert into curated.event_participants values ('v1', 'e1', 'source')")
    rows = con.execute("select event_id, sources, targets from curated.event_facts").fetchall()
    assert rows == [("v1", ["Nikolai Patrushev"], None)]
    assert con.execute("select count(*) from curated.quote_facts").fetchall() == [(0,)]
    assert con.execute("select count(*) from quality.latest_checks").fetchall() == [(0,)]


def test_article_captions_gathers_removed_captions_in_line_order():
    con = db.connect(":memory:")
    con.execute(
        "insert into quality.boilerplate_removed (article_id, line_no, reason, text) values "
        "('a1', 7, 'image caption/credit', 'second caption'), ('a1', 2, 'image caption/credit', 'first caption'), "
        "('a1', 3, 'share widget', 'Share'), ('a2', 1, 'tag list', 'Tags: x')"
    )
    rows = con.execute("select article_id, caption_text from quality.article_captions").fetchall()
    assert rows == [("a1", "first caption\nsecond caption")]
