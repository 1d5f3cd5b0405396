"""Great Expectations Data Docs as static pages that open offline and cannot run article text.

GX renders one validation page per staged table (its own renderer and templates). Two things are fixed here:
- GX's page templates do not escape values, and failing values are article text (titles, names, sentences):
  every string in the results is HTML-escaped before rendering, so ``<script>`` shows as text;
- GX pages load Bootstrap, jQuery, Vega and Font Awesome from public CDNs and a logo from a remote bucket:
  every script and every remote stylesheet, image or link is removed after rendering, and GX's own stylesheet
  (shipped in the package) is inlined, so a page needs nothing but the file itself.

``index.html`` (our template, Jinja2 with autoescaping) lists the run's tables and checks.
"""

from __future__ import annotations

import copy
import html
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

DOCS_DIRNAME = "data_docs"

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL)
_REMOTE_TAG = re.compile(
    r"<(?:link|img|iframe|source|embed|object|video|audio)\b[^>]*\b(?:src|href|data)\s*=\s*[\"']?\s*(?:https?:)?//"
    r"[^>]*>",
    re.IGNORECASE,
)
_REMOTE_HREF = re.compile(r"""\bhref\s*=\s*(["'])\s*(?:https?:)?//[^"']*\1""", re.IGNORECASE)
_REMOTE_CSS = re.compile(r"""(?:@import\s+)?url\(\s*["']?\s*(?:https?:)?//[^)]*\)\s*;?""", re.IGNORECASE)
_UP_TO_INDEX = re.compile(r"""href=(["'])(?:\.\./)+index\.html\1""")  # GX's site layout -> our flat folder
_FOOTER = re.compile(r"<footer\b.*?</footer\s*>", re.IGNORECASE | re.DOTALL)  # GX's newsletter prompt
_ICON = re.compile(r"<link\b[^>]*\bicon\b[^>]*>", re.IGNORECASE)


def docs_dir_for(warehouse: str | Path, configured: str | None = None) -> Path:
    """Where Data Docs go: the configured folder, else ``data_docs/<warehouse name>/`` next to the warehouse file
    (two warehouses in one folder keep separate docs)."""
    if configured:
        return Path(configured)
    path = Path(warehouse).resolve()
    return path.parent / DOCS_DIRNAME / path.stem


def _escape_values(value: Any) -> Any:
    if isinstance(value, str):
        return html.escape(value, quote=True)
    if isinstance(value, list):
        return [_escape_values(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_escape_values(v) for v in value)
    if isinstance(value, dict):
        return {k: _escape_values(v) for k, v in value.items()}
    return value


def make_offline(page: str) -> str:
    """Strip every script and every remote resource or link from a rendered page; inline GX's stylesheet."""
    page = _SCRIPT.sub("", page)
    page = _REMOTE_TAG.sub("", page)
    page = _REMOTE_HREF.sub("", page)
    page = _REMOTE_CSS.sub("", page)
    page = _UP_TO_INDEX.sub('href="index.html"', page)
    page = _ICON.sub("", page)
    page = _FOOTER.sub("", page)
    style = f"<style>{_gx_stylesheet()}\n{_OWN_CSS}</style>"
    return page.replace("</head>", style + "</head>", 1) if "</head>" in page else style + page


_OWN_CSS = """
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; }
.hide-succeeded-validations-column-section-target-child, .sticky, nav { position: static !important; }
"""


@lru_cache(maxsize=1)
def _gx_stylesheet() -> str:
    import great_expectations.render.view as view

    css = Path(view.__file__).parent / "static" / "styles" / "data_docs_default_styles.css"
    text = css.read_text(encoding="utf-8") if css.exists() else ""
    return _REMOTE_CSS.sub("", text).replace("</style", "")


@lru_cache(maxsize=1)
def _page_view() -> Any:
    """One GX page view per process: its Jinja environment keeps the compiled templates (compiling them again
    for every page took about half a second each)."""
    from great_expectations.render.view import DefaultJinjaPageView

    return DefaultJinjaPageView()


def render_validation_page(results: Any) -> str:
    """One GX validation results page, values escaped and made offline."""
    from great_expectations.render.renderer import ValidationResultsPageRenderer

    safe = copy.deepcopy(results)
    for res in safe.results:
        res.result = _escape_values(res.result or {})
    document = ValidationResultsPageRenderer().render(safe)
    return make_offline(_page_view().render(document))


def page_name(stage: str, table: str) -> str:
    return f"{stage}.{table}.html"


def write_validation_page(docs_dir: Path, stage: str, table: str, results: Any) -> Path:
    docs_dir.mkdir(parents=True, exist_ok=True)
    path = docs_dir / page_name(stage, table)
    path.write_text(render_validation_page(results), encoding="utf-8")
    return path


@lru_cache(maxsize=1)
def templates() -> Environment:
    """The report templates; autoescaping on for every template (article text is untrusted)."""
    return Environment(
        loader=PackageLoader("sitrep.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def write_index(docs_dir: Path, report: dict) -> Path:
    """``index.html``: the run, and per table its checks with a link to the GX page (when it exists)."""
    docs_dir.mkdir(parents=True, exist_ok=True)
    tables: dict[tuple[str, str], list[dict]] = {}
    for c in report["checks"]:
        if c["stage"] != "drift":
            tables.setdefault((c["stage"], c["table"]), []).append(c)
    rows = [
        {
            "stage": stage,
            "table": table,
            "checks": len(group),
            "errors": sum(not c["success"] and c.get("severity") != "warn" for c in group),
            "warnings": sum(not c["success"] and c.get("severity") == "warn" for c in group),
            "page": page_name(stage, table) if (docs_dir / page_name(stage, table)).exists() else None,
        }
        for (stage, table), group in tables.items()
    ]
    page = templates().get_template("data_docs_index.html.j2").render(run=report["run"], tables=rows)
    path = docs_dir / "index.html"
    path.write_text(make_offline(page), encoding="utf-8")
    return path
