"""The HTML report on a hand-built warehouse with hostile article text: parsed, plots and tables present, inert."""

import json
from datetime import date
from html.parser import HTMLParser

import polars as pl
import pytest

from warehouse import db

EVIL_TITLE = "<script>alert('title')</script>"
EVIL_NAME = '<img src=x onerror="alert(1)">'
EVIL_SUMMARY = "</script><script>alert('summary')</script>"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def hostile_warehouse(tmp_path_factory):
    wh = tmp_path_factory.mktemp("html") / "w.duckdb"
    con = db.connect(wh)
    con.execute(
        "insert into ops.pipeline_runs (run_id, flow_name, parameters, started_at, finished_at, status, counts) "
        "values ('r1', 'sitrep-pipeline', '{}', now(), now(), 'completed', ?)",
        [json.dumps({"articles": 2, "events": 3})],
    )
    details = {
        "severity": "error",
        "kwargs": {"column": "title"},
        "examples": [{"article_id": "a1", "title": EVIL_TITLE}],
    }
    con.execute(
        "insert into quality.check_results values "
        "('r1', 'ingest', 'articles', 'expect_column_values_to_be_in_set:title', false, 1, ?, now())",
        [json.dumps(details)],
    )
    con.execute(
        "insert into quality.quarantine values ('r1', 'ingest', ?, 'failed expect_column_values_to_be_in_set:title', "
        "'{}', now())",
        [f"articles:{EVIL_TITLE}"],
    )
    db.insert_frame(
        con,
        "quality.stage_volumes",
        pl.DataFrame({"run_id": ["r1"], "stage": ["ingest"], "table_name": ["articles"], "rows_in": [2],
                      "rows_out": [1], "rows_quarantined": [1], "error_share": [0.5]}),
    )  # fmt: skip
    db.insert_frame(
        con,
        "curated.entities",
        pl.DataFrame({"entity_id": ["e1", "e2", "e3"], "canonical_name": [EVIL_NAME, "Ruritania", "Freedonia"],
                      "entity_type": ["PERSON", "GPE", "GPE"]}),
    )  # fmt: skip
    db.insert_frame(
        con,
        "curated.events",
        pl.DataFrame({"event_id": ["v1", "v2", "v3"], "event_type": ["CONSULT", "CONSULT", "THREATEN"],
                      "event_date": [date(2025, 5, 1), date(2025, 5, 3), date(2025, 6, 1)],
                      "location_country_iso3": ["RUR", "FRE", None], "summary": [EVIL_SUMMARY, "talks", "threat"]}),
    )  # fmt: skip
    db.insert_frame(
        con,
        "curated.event_participants",
        pl.DataFrame({"event_id": ["v1", "v1", "v2", "v2", "v3", "v3"],
                      "entity_id": ["e1", "e2", "e1", "e2", "e2", "e3"],
                      "role": ["source", "target"] * 3}),
    )  # fmt: skip
    con.close()
    return wh


def test_html_report_holds_both_plots_and_the_quality_tables_and_no_hostile_markup(hostile_warehouse, tmp_path):
    from sitrep.report.html import write_html

    con = db.connect(hostile_warehouse, read_only=True)
    path = write_html(con, tmp_path / "r.html", runs=5)
    con.close()
    text = path.read_text(encoding="utf-8")
    page = _Page()
    page.feed(text)
    ids = {attrs.get("id") for _, attrs in page.tags}
    assert {"actor-network", "events-timeline", "stage-volumes", "failed-checks", "quarantine", "history"} <= ids
    assert "Plotly.newPlot" in text and text.count('"type":"scatter"') >= 3  # network edges/nodes and timeline
    # plotly.js is inlined (no script loaded from anywhere)
    assert all("src" not in attrs for tag, attrs in page.tags if tag == "script")
    assert not [a for _, a in page.tags for k, v in a.items() if k in ("src", "href") and v and "//" in v]
    # hostile strings: never an element, always text
    assert not any(tag == "img" for tag, _ in page.tags)
    assert not any(k.startswith("on") for _, attrs in page.tags for k in attrs)
    body_text = "".join(page.text)
    assert EVIL_TITLE in body_text  # shown literally in the failed check's example and the quarantine table
    assert "&lt;script&gt;alert(&#x27;summary&#x27;)" in text  # the hover text of the timeline
    assert "<script>alert(" not in text and "</script><script>alert" not in text
    # the network carries the pair's two shared events, with the escaped name
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; — Ruritania: 2 events (CONSULT 2)" in text.replace(
        "\\u0026", "&"
    )


def test_actor_edges_weight_pairs_by_shared_events_and_keep_their_categories():
    from sitrep.report.plots import actor_edges, spring_layout

    rows = [("v1", "CONSULT", "a", "A"), ("v1", "CONSULT", "b", "B"), ("v2", "ASSAULT", "a", "A"),
            ("v2", "ASSAULT", "b", "B"), ("v2", "ASSAULT", "c", "C"), ("v3", "AID", "c", "C")]  # fmt: skip
    names, edges = actor_edges(rows)
    weights = {(e["a"], e["b"]): (e["events"], dict(e["types"])) for e in edges}
    assert weights == {("a", "b"): (2, {"CONSULT": 1, "ASSAULT": 1}), ("a", "c"): (1, {"ASSAULT": 1}),
                       ("b", "c"): (1, {"ASSAULT": 1})}  # fmt: skip
    pos = spring_layout(sorted(names), edges)
    assert pos == spring_layout(sorted(names), edges)  # deterministic
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
