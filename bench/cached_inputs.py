"""The inputs the extraction's assembly reads from a warehouse, as ``tasks.extract.stage_extraction`` selects them:
each analysed article's cached analysis (all but exact duplicates) and its metadata. Benches that replay the
assembly over a warehouse without spaCy (profile_tail, place_sources, actor_country_sources) load them here."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

#: article metadata the assembly reads (``stage_extraction``'s columns)
COLUMNS = (
    "article_id",
    "published_at",
    "url",
    "outlet",
    "story_id",
    "title",
    "duplicate_of",
    "dateline",
    "caption_text",
)


def load_inputs(con: duckdb.DuckDBPyConnection) -> tuple[list[dict], dict[str, dict]]:
    """(cached analyses, article_id -> metadata) of the warehouse ``con`` is open on."""
    rows = con.execute(
        f"select {', '.join('a.' + c if c != 'caption_text' else 'c.' + c for c in COLUMNS)}, x.analysis "
        "from curated.articles a left join quality.article_captions c using (article_id) "
        "join ops.article_analyses x on x.article_id = a.article_id "
        "where a.duplicate_kind is distinct from 'exact' order by a.article_id"
    ).fetchall()
    analyses = [json.loads(r[-1]) for r in rows]
    meta = {r[0]: dict(zip(COLUMNS, r[:-1], strict=True)) for r in rows}
    return analyses, meta
