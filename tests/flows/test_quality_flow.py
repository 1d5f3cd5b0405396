"""Quality on the real flow: a corrupted intermediate is quarantined and reported, artifacts, Data Docs, the gate.

One module fixture runs the pipeline twice on the seeds plus a hostile article: a clean run, then a run over
a deliberately corrupted NLP cache (ops.article_analyses: one article's mention offsets shifted).
"""

from __future__ import annotations

import json
import shutil
from html.parser import HTMLParser
from uuid import UUID

import duckdb
import pytest

from flows.pipeline import pipeline
from tests.conftest import SEEDS

HOSTILE_TITLE = "<img src=x onerror=alert(1)> <script>alert(2)</script> talks"
HOSTILE_BODY = (
    "The envoys of two neighbouring states held talks in Geneva on Monday about a border crossing.\n\n"
    "Please enable JavaScript <script>alert(3)</script>\n\n"
    "Both delegations said the meeting had been useful and agreed to meet again next month."
)
SHIFT = 3


def _artifacts(key: str, run_id: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey, FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        return client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])),
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[UUID(run_id)])),
        )


def _corrupt_one_article(wh) -> tuple[str, int]:
    """Shift every mention offset of one cached analysis by SHIFT characters; return (article_id, mentions)."""
    con = duckdb.connect(str(wh))
    try:
        rows = con.execute(
            "select article_id, model, analysis from ops.article_analyses order by article_id"
        ).fetchall()
        for article_id, model, raw in rows:
            analysis = json.loads(raw)
            if len(analysis["mentions"]) >= 3:
                for m in analysis["mentions"]:
                    m["start_char"] += SHIFT
                    m["end_char"] += SHIFT
                con.execute(  # a rewritten cache entry (new analyzed_at): the extract stage sees changed inputs
                    "update ops.article_analyses set analysis = ?, analyzed_at = now() where article_id = ? "
                    "and model = ?",
                    [json.dumps(analysis), article_id, model],
                )
                return article_id, len(analysis["mentions"])
    finally:
        con.close()
    raise AssertionError("no cached analysis with mentions to corrupt")


@pytest.fixture(scope="module")
def corrupted(tmp_path_factory, prefect_harness):
    src = tmp_path_factory.mktemp("src")
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, src / path.name)
    (src / "hostile.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}\n", encoding="utf-8")
    wh = tmp_path_factory.mktemp("wh") / "sitrep.duckdb"
    first = pipeline(sources=[str(src)], warehouse=str(wh))
    article_id, shifted = _corrupt_one_article(wh)
    second = pipeline(sources=[str(src)], warehouse=str(wh))
    return {"src": src, "wh": wh, "first": first, "second": second, "article_id": article_id, "shifted": shifted}


def test_corrupted_intermediate_is_quarantined_with_the_failing_checks_name(corrupted):
    wh, second = corrupted["wh"], corrupted["second"]
    assert corrupted["first"]["quarantined"] == 0
    con = duckdb.connect(str(wh), read_only=True)
    rows = con.execute(
        "select record_key, reason, payload from quality.quarantine where run_id = ? and stage = 'extract'",
        [second["run_id"]],
    ).fetchall()
    mention_rows = [r for r in rows if r[0].startswith("mentions:")]
    assert mention_rows and all(corrupted["article_id"] in r[0] for r in mention_rows)
    assert all("expect_column_pair_values_to_be_equal:surface+_body_span" in r[1] for r in mention_rows)
    assert "_body_span" not in json.loads(mention_rows[0][2])  # the payload is the staged row itself
    # the rest was written: no curated mention points away from its surface
    assert con.execute(
        "select count(*) from curated.mentions m join curated.articles a using (article_id) "
        "where substring(a.body, m.start_char + 1, m.end_char - m.start_char) <> m.surface"
    ).fetchall() == [(0,)]
    (status,) = con.execute("select status from ops.pipeline_runs where run_id = ?", [second["run_id"]]).fetchall()
    assert status == ("completed",)


def test_markdown_artifact_is_final_lists_failures_with_examples_and_escapes_article_text(corrupted, capsys):
    from sitrep import cli

    second = corrupted["second"]
    (report,) = _artifacts("dq-report", second["run_id"])
    md = report.data
    assert "status: **completed**" in md and "finished None" not in md
    assert "`expect_column_pair_values_to_be_equal:surface+_body_span` on extract.mentions" in md
    section = md.split("`expect_column_pair_values_to_be_equal:surface+_body_span` on extract.mentions")[1]
    examples = [line for line in section.split("\n- ")[0].splitlines() if line.startswith("  - ")]
    assert all(corrupted["article_id"] in line for line in examples)
    assert 1 <= len(examples) <= 3 and "\\_body_span = " in examples[0]
    con = duckdb.connect(str(corrupted["wh"]), read_only=True)
    rows_in, rows_out, bad = con.execute(
        "select rows_in, rows_out, rows_quarantined from quality.stage_volumes where run_id = ? "
        "and table_name = 'mentions'",
        [second["run_id"]],
    ).fetchall()[0]
    con.close()
    assert bad > 0 and f"| extract | mentions | {rows_in} | {rows_out} | {bad} |" in md
    # the hostile article (ingested by the first run): its body marker is a warning, shown as text, never markup
    (first,) = _artifacts("dq-report", corrupted["first"]["run_id"])
    assert "`expect_column_values_to_not_match_regex:body` on ingest.articles: **1** rows" in first.data
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in first.data
    for text in (md, first.data):
        assert "<script" not in text and "<img" not in text
    # the CLI prints the very same report
    assert cli.main(["report", "--warehouse", str(corrupted["wh"]), "--run-id", second["run_id"]]) == 0
    assert capsys.readouterr().out == md
    (stages,) = _artifacts("dq-stages", second["run_id"])
    table = json.loads(stages.data) if isinstance(stages.data, str) else stages.data
    assert {"stage": "extract", "table": "mentions"}.items() <= next(
        r for r in table if r["table"] == "mentions"
    ).items()
    assert _artifacts("dq-checks", second["run_id"])


def test_nlp_progress_artifact_reaches_100(corrupted):
    (progress,) = _artifacts("nlp-progress", corrupted["first"]["run_id"])
    assert progress.type == "progress" and float(progress.data) == 100.0
    assert _artifacts("nlp-progress", corrupted["second"]["run_id"]) == []  # nothing new to analyse


class _Resources(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts = 0
        self.remote: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.scripts += tag == "script"
        for name, value in attrs:
            if (
                name in ("src", "href", "data")
                and value
                and value.strip().lower().startswith(("http:", "https:", "//"))
            ):
                self.remote.append(f"{tag} {name}={value}")


def test_data_docs_are_offline_and_show_article_text_as_text(corrupted):
    docs = corrupted["wh"].parent / "data_docs" / "sitrep"
    pages = sorted(p.name for p in docs.glob("*.html"))
    assert "index.html" in pages and "extract.mentions.html" in pages and "ingest.articles.html" in pages
    for page in docs.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        parsed = _Resources()
        parsed.feed(text)
        assert parsed.scripts == 0 and parsed.remote == [], page.name
        assert "http://" not in text and "https://" not in text, page.name
    articles = (docs / "ingest.articles.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in articles


def test_history_and_html_report(corrupted, capsys, tmp_path):
    from sitrep import cli

    wh = str(corrupted["wh"])
    assert cli.main(["report", "--warehouse", wh, "--runs", "2"]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "`expect_column_pair_values_to_be_equal:surface+_body_span`" in x)
    assert "extract | mentions" in line and line.rstrip().endswith("| ok | FAIL | 1 |")
    page = tmp_path / "report.html"
    assert cli.main(["report", "--warehouse", wh, "--html", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    for anchor in ('id="actor-network"', 'id="events-timeline"', 'id="stage-volumes"', 'id="failed-checks"',
                   'id="history"'):  # fmt: skip
        assert anchor in text, anchor
    parsed = _Resources()
    parsed.feed(text)
    assert parsed.remote == []


def test_error_share_above_the_limit_fails_the_run_and_keeps_the_last_good_state(corrupted):
    wh = corrupted["wh"]
    sql = "select article_id, entity_id, start_char from curated.mentions order by all"
    con = duckdb.connect(str(wh))
    before = con.execute(sql).fetchall()
    # the corrupted entry is written again (so the extract stage runs again rather than being skipped as fresh)
    con.execute("update ops.article_analyses set analyzed_at = now() where article_id = ?", [corrupted["article_id"]])
    con.close()
    with pytest.raises(Exception, match="stage 'extract', table 'mentions'") as err:
        pipeline(sources=[str(corrupted["src"])], warehouse=str(wh), max_error_share=0.01)
    assert "surface+_body_span" in str(err.value)
    con = duckdb.connect(str(wh), read_only=True)
    assert con.execute(sql).fetchall() == before
    (status, counts) = con.execute(
        "select status, counts from ops.pipeline_runs order by started_at desc limit 1"
    ).fetchall()[0]
    assert status == "failed" and "QualityGateError" in json.loads(counts)["error"]
