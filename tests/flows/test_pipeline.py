"""The real flow on the real stack (Prefect harness, DuckDB file, GX, spaCy) over the seeds and bad input."""

from __future__ import annotations

import os
import shutil

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.conftest import SEEDS

STAGE_TABLES = {
    "ingest": {"articles"},
    "dedup": {"article_dedup", "stories"},
    "extract": {"entities", "mentions", "events", "event_participants", "event_mentions", "quotes"},
}
SNAPSHOT_SQL = {
    "raw.documents": "select document_id from raw.documents",
    "curated.articles": "select article_id, content_hash, duplicate_of, story_id from curated.articles",
    "curated.stories": "select story_id, num_articles from curated.stories",
    "curated.entities": "select entity_id, canonical_name from curated.entities",
    "curated.mentions": "select article_id, entity_id, start_char from curated.mentions",
    "curated.events": "select event_id from curated.events",
    "curated.event_participants": "select event_id, entity_id, role from curated.event_participants",
    "curated.event_mentions": "select event_id, article_id, start_char from curated.event_mentions",
    "curated.quotes": "select quote_id, speaker_entity_id from curated.quotes",
    "quality.quarantine": "select stage, record_key from quality.quarantine",
}


def snapshot(path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: sorted(con.execute(sql).fetchall(), key=repr) for t, sql in SNAPSHOT_SQL.items()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeded(seeds_run):
    """The session's seeds warehouse (read only) and the result of the run that built it."""
    return seeds_run


def test_seeds_load_into_every_stage(seeded):
    wh, result = seeded
    assert result["articles"] == 5 and result["quarantined"] == 0
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("select count(*) from curated.articles").fetchall()[0][0] == 5
    names = {r[0] for r in con.execute("select canonical_name from curated.entities").fetchall()}
    for expected in ("Patrushev", "Havana", "Cuba", "Russia"):
        assert any(expected in n for n in names), expected
    assert any("Canel" in n for n in names)
    checks = con.execute(
        "select stage, table_name from quality.check_results where run_id = ?", [result["run_id"]]
    ).fetchall()
    for stage, tables in STAGE_TABLES.items():
        assert tables <= {t for s, t in checks if s == stage}, stage
    run = con.execute("select status, counts from ops.pipeline_runs where run_id = ?", [result["run_id"]]).fetchall()
    assert run[0][0] == "completed"
    # every mention's offsets point at its surface in the article body
    bad = con.execute(
        "select count(*) from curated.mentions m join curated.articles a using (article_id) "
        "where substring(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.surface"
    ).fetchall()[0][0]
    assert bad == 0


def test_seed_events_use_only_plover_types_and_modes(seeded):
    """Every coded mode is one of PLOVER's (the crosswalk's or the manual's own tables): the seeds run records no
    warning of the lenient mode check, and no mode outside the set the GX suite accepts."""
    from expectations.suites import PLOVER_MODES, PLOVER_TYPES

    wh, result = seeded
    con = duckdb.connect(str(wh), read_only=True)
    rows = con.execute("select distinct event_type, event_mode from curated.events").fetchall()
    assert rows and {t for t, _ in rows} <= set(PLOVER_TYPES)
    assert {m for _, m in rows if m is not None} <= set(PLOVER_MODES)
    warned = con.execute(
        "select count(*) from quality.check_results "
        "where run_id = ? and not success and check_name like '%:event_mode'",
        [result["run_id"]],
    ).fetchall()[0][0]
    assert warned == 0


def test_rerun_on_same_input_changes_nothing(seeded, tmp_path):
    wh = tmp_path / "again.duckdb"
    shutil.copy(seeded[0], wh)
    before = snapshot(wh)
    again = pipeline(sources=[str(SEEDS)], warehouse=str(wh))
    assert again["stages"]["ingest"]["unchanged"] == 5
    assert snapshot(wh) == before


def test_bad_input_is_quarantined_and_good_input_loads(tmp_path, prefect_harness):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(SEEDS / "004_06d31293aad75abd.txt", src / "good.txt")
    (src / "random.bin").write_bytes(os.urandom(4096))
    (src / "empty.txt").write_bytes(b"")
    (src / "latin1.txt").write_bytes("Café talks in Bogotá\n\nThe ministers met in Bogotá on Monday.".encode("latin-1"))
    wh = tmp_path / "w.duckdb"
    result = pipeline(sources=[str(src)], warehouse=str(wh), until="dedup")
    con = duckdb.connect(str(wh), read_only=True)
    quarantined = dict(con.execute("select record_key, reason from quality.quarantine").fetchall())
    assert any(k.endswith("random.bin") for k in quarantined)
    assert any(k.endswith("empty.txt") for k in quarantined)
    assert all(reason and os.path.basename(key) in reason for key, reason in quarantined.items())
    titles = {r[0] for r in con.execute("select title from curated.articles").fetchall()}
    assert "Café talks in Bogotá" in titles
    assert any("Kolokoltsev" not in t and "Interior Minister" in t for t in titles)
    assert result["quarantined"] == len(quarantined) == 2


def test_quality_artifacts_and_report(seeded, capsys):
    from prefect.client.orchestration import get_client

    from sitrep import cli

    wh, result = seeded
    with get_client(sync_client=True) as client:
        keys = {a.key for a in client.read_artifacts()}
    assert {"dq-checks", "dq-report"} <= keys
    assert cli.main(["report", "--warehouse", str(wh), "--run-id", result["run_id"]]) == 0  # the seeding run
    out = capsys.readouterr().out
    assert "| ingest | articles |" in out and "| extract | entities |" in out
    assert cli.main(["query", "select count(*) as n from curated.articles", "--warehouse", str(wh)]) == 0
    assert "5" in capsys.readouterr().out.splitlines()[2]


def test_fixed_input_leaves_quarantine_and_changed_file_supersedes_old_version(tmp_path, prefect_harness):
    src = tmp_path / "src"
    src.mkdir()
    doc = src / "later.txt"
    doc.write_bytes(b"")
    wh = tmp_path / "w.duckdb"
    pipeline(sources=[str(src)], warehouse=str(wh), until="ingest")
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("select count(*) from quality.quarantine").fetchall()[0][0] == 1
    con.close()
    doc.write_text("Ministers meet\n\nThe ministers met in Havana on Monday to discuss security.")
    pipeline(sources=[str(src)], warehouse=str(wh), until="ingest")
    doc.write_text("Ministers meet again\n\nThe ministers met in Havana on Tuesday to discuss trade and security.")
    pipeline(sources=[str(src)], warehouse=str(wh), until="ingest")
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute("select count(*) from quality.quarantine").fetchall()[0][0] == 0
    assert con.execute("select title from curated.articles").fetchall() == [("Ministers meet again",)]
    assert con.execute("select count(*) from raw.documents").fetchall()[0][0] == 2  # both versions kept
    con.close()


def test_cli_run_reports_a_held_lock_and_a_missing_model_clearly(tmp_path, prefect_harness, capsys):
    from sitrep import cli
    from warehouse.db import run_lock

    wh = str(tmp_path / "w.duckdb")
    with run_lock(wh):
        assert cli.main(["run", "--source", str(SEEDS), "--warehouse", wh, "--until", "ingest"]) == 2
    assert "another sitrep run" in capsys.readouterr().err
    code = cli.main(["run", "--source", str(SEEDS), "--warehouse", wh, "--model", "no_such_spacy_pipeline"])
    err = capsys.readouterr().err
    assert code == 2 and "no_such_spacy_pipeline" in err and "is not installed" in err
    assert not os.path.exists(wh)  # found at start-up: nothing ran, nothing was written


def test_a_failed_run_is_one_line_without_v_and_the_trace_with_it(tmp_path, prefect_harness, capfd, monkeypatch):
    """A run that fails inside a task (a broken reference here) prints the CLI's one line; -v raises it."""
    from prefect import task

    import flows.pipeline as flow_module
    from sitrep import cli
    from tasks.validate import IntegrityError

    @task
    def broken_dedup(warehouse: str) -> dict:
        raise IntegrityError("referential integrity broken in staging.article_dedup: 1 value(s) failed story_id")

    monkeypatch.setattr(flow_module, "stage_dedup", broken_dedup)
    args = ["run", "--source", str(SEEDS), "--warehouse", str(tmp_path / "w.duckdb"), "--until", "dedup"]
    assert cli.main(args) == 1
    err = capfd.readouterr().err
    assert "Traceback" not in err and err.strip().splitlines() == [err.strip()]
    assert "IntegrityError: referential integrity broken" in err
    with pytest.raises(IntegrityError):  # -v: the exception itself, with its traceback
        cli.main([*args, "-v"])
