"""GX Data Docs pages: hostile values render as text, and a page loads nothing from the network."""

from html.parser import HTMLParser

import great_expectations.expectations as gxe
import polars as pl

from expectations.runner import validate_frame
from sitrep.report.data_docs import make_offline, write_index, write_validation_page


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _remote(tags) -> list:
    return [(t, k, v) for t, a in tags for k, v in a.items() if k in ("src", "href") and v and "//" in v]


def test_validation_page_escapes_titles_and_loads_nothing_remote(tmp_path):
    df = pl.DataFrame({"title": ["fine", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>"]})
    outcome = validate_frame(
        "ingest", "articles", df, [gxe.ExpectColumnValuesToBeInSet(column="title", value_set=["fine"])]
    )
    path = write_validation_page(tmp_path, "ingest", "articles", outcome.results)
    text = path.read_text(encoding="utf-8")
    parser = _Tags()
    parser.feed(text)
    assert not [t for t, _ in parser.tags if t in ("script", "img", "iframe")]
    assert _remote(parser.tags) == [] and "https://" not in text and "http://" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "onerror=alert(2)&gt;" in text
    index = write_index(tmp_path, {"run": {"run_id": "<b>r</b>", "status": "completed", "started_at": None,
                                           "finished_at": None},
                                   "checks": [{"stage": "ingest", "table": "articles", "success": False,
                                               "severity": "error"}]})  # fmt: skip
    index_text = index.read_text(encoding="utf-8")
    assert 'href="ingest.articles.html"' in index_text and "&lt;b&gt;r&lt;/b&gt;" in index_text


def test_make_offline_strips_cdn_scripts_styles_fonts_and_tracking_images():
    page = (
        '<html><head><script src="https://cdn.example.org/jquery.js"></script>'
        '<link rel="stylesheet" href="https://cdn.example.org/bootstrap.css">'
        "<style>@import url('https://fonts.example.org/font.css'); body{background:url(//x.example.org/a.png)}</style>"
        "</head><body><img src='https://bucket.example.org/logo.png?ctx=123'><a href=\"https://example.org\">GX</a>"
        '<a href="../../../../index.html">home</a><script>inline()</script></body></html>'
    )
    out = make_offline(page)
    assert "example.org" not in out and "<script" not in out
    assert 'href="index.html"' in out and ">GX</a>" in out


def test_docs_folder_sits_next_to_the_warehouse_one_per_warehouse(tmp_path):
    from sitrep.report.data_docs import docs_dir_for

    assert docs_dir_for(tmp_path / "a.duckdb") == tmp_path.resolve() / "data_docs" / "a"
    assert docs_dir_for(tmp_path / "a.duckdb") != docs_dir_for(tmp_path / "b.duckdb")
    assert docs_dir_for(tmp_path / "a.duckdb", str(tmp_path / "docs")) == tmp_path / "docs"
