"""The frame a suite validates: the staged table plus the context columns some checks compare against.

Context columns start with ``_`` and are dropped before passing rows are written back:
- spans (mentions, event mentions, quotes): ``_body_length`` (characters in the article body; null when the
  article is unknown) and ``_body_span`` (the body text between the row's offsets);
- events: ``_participants`` and ``_evidence``, the number of staged participant rows and evidence spans.

Offsets are Python string indices (code points), as DuckDB's ``length``/``substring`` count them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import polars as pl

CONTEXT_PREFIX = "_"

_SPAN_SQL = (
    "select s.*, length(a.body) as _body_length, "
    "substring(a.body, s.start_char + 1, s.end_char - s.start_char) as _body_span "
    "from staging.{table} s left join curated.articles a using (article_id)"
)

#: table -> SQL producing the frame to validate (tables not listed: ``select * from staging.<table>``)
FRAME_SQL: dict[str, str] = {
    "mentions": _SPAN_SQL.format(table="mentions"),
    "event_mentions": _SPAN_SQL.format(table="event_mentions"),
    "quotes": _SPAN_SQL.format(table="quotes"),
    "events": (
        "select e.*, "
        "(select count(*) from staging.event_participants p where p.event_id = e.event_id) as _participants, "
        "(select count(*) from staging.event_mentions m where m.event_id = e.event_id) as _evidence "
        "from staging.events e"
    ),
}


def frame_sql(table: str) -> str:
    """The SQL of the frame to validate; row order is kept stable so row indices stay meaningful."""
    return FRAME_SQL.get(table, f"select * from staging.{table}")


def without_context(df: pl.DataFrame) -> pl.DataFrame:
    """The staged table's own columns (context columns removed)."""
    return df.drop([c for c in df.columns if c.startswith(CONTEXT_PREFIX)])
