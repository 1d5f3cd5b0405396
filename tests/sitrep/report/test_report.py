import json

from sitrep.report import run_report, to_markdown
from warehouse import db


def test_report_lists_checks_in_stage_order_failures_and_quarantine():
    con = db.connect(":memory:")
    con.execute(
        "insert into ops.pipeline_runs (run_id, flow_name, parameters, started_at, finished_at, status, counts) "
        "values ('r1', 'sitrep-pipeline', '{}', now(), now(), 'completed', ?)",
        [json.dumps({"articles": 3, "stages": {"ingest": {}}})],
    )
    con.execute(
        "insert into quality.check_results values "
        "('r1', 'extract', 'events', 'expect_column_values_to_be_in_set:event_type', false, 2, '{}', now()), "
        "('r1', 'ingest', 'articles', 'expect_column_values_to_not_be_null:title', true, 0, '{}', now()), "
        "('r0', 'ingest', 'articles', 'old_check', false, 1, '{}', now())"
    )
    con.execute(
        "insert into quality.quarantine values "
        "('r1', 'ingest', '/in/x.bin', '/in/x.bin: binary | not text', '{}', now())"
    )
    report = run_report(con)
    assert report["run"]["run_id"] == "r1"
    assert [c["stage"] for c in report["checks"]] == ["ingest", "extract"]
    md = to_markdown(report)
    assert "**1 failed**" in md and "quarantined records: **1**" in md
    assert "`expect_column_values_to_be_in_set:event_type`" in md and "old_check" not in md
    assert "binary \\| not text" in md  # table-safe
    assert "articles=3" in md and "stages=" not in md
