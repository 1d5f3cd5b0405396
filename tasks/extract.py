"""Extraction tasks: NLP per new article (cached as plain JSON), corpus-wide assembly, publish."""

from __future__ import annotations

import json
from datetime import date

import polars as pl
from prefect import task
from prefect.artifacts import create_progress_artifact, update_progress_artifact

from sitrep.extract.nlp import load_nlp
from sitrep.extract.pipeline import ANALYSIS_VERSION, analyze_articles, assemble
from warehouse import db

EXTRACT_TABLES = ("entities", "mentions", "events", "event_participants", "event_mentions", "quotes")


def _coerce(value: object, dtype: pl.DataType) -> object:
    """ISO text to dates ("2025", "2025-05" and "2025-05-29" are year/month/day precision: first day)."""
    if dtype == pl.Date and isinstance(value, str):
        parts = [int(p) for p in value[:10].split("-")]
        return date(*(parts + [1, 1])[:3])
    return value


def _cache_key(model: str) -> str:
    return f"{model}@{ANALYSIS_VERSION}"


@task
def analyze_new_articles(warehouse: str, run_id: str, model: str, nlp_batch_size: int, write_batch: int) -> dict:
    """Run spaCy over articles without a cached analysis for this model and code version.

    Exact duplicates are skipped (same text as their original); near duplicates are analysed, since a
    republication can carry paragraphs its original lacks.
    """
    key = _cache_key(model)
    with db.connect(warehouse) as con:
        todo = db.frame(
            con,
            "select a.article_id, a.body, a.published_at, c.caption_text from curated.articles a "
            "left join quality.article_captions c using (article_id) "
            "where a.duplicate_kind is distinct from 'exact' "
            "and not exists (select 1 from ops.article_analyses x where x.article_id = a.article_id and x.model = ?) "
            "order by a.article_id",
            [key],
        )
        done = 0
        if todo.height:
            nlp = load_nlp(model)
            bar = create_progress_artifact(
                progress=0.0, key="nlp-progress", description=f"spaCy analysis of {todo.height} new articles (%)"
            )

            def report(n: int, before: int = 0) -> None:
                update_progress_artifact(bar, progress=round(100 * (before + n) / todo.height, 1))

            for chunk in todo.iter_slices(write_batch):
                analyses = analyze_articles(
                    chunk.to_dicts(), nlp, batch_size=nlp_batch_size, progress=lambda n, b=done: report(n, b)
                )
                rows = pl.DataFrame(
                    {
                        "article_id": [a["article_id"] for a in analyses],
                        "model": key,
                        "analysis": [json.dumps(a, ensure_ascii=False, default=str) for a in analyses],
                        "analyzed_at": db.now(),
                    }
                )
                failed = [
                    {"stage": "extract", "record_key": f"article:{a['article_id']}", "reason": a["error"],
                     "payload": {"article_id": a["article_id"]}}
                    for a in analyses
                    if a.get("error")
                ]  # fmt: skip
                with db.transaction(con):
                    db.replace_by_key(con, "ops.article_analyses", rows, ("article_id", "model"))
                    con.execute(
                        "delete from quality.quarantine where stage = 'extract' and record_key in "
                        "(select 'article:' || unnest(?::varchar[]))",
                        [[a["article_id"] for a in analyses if not a.get("error")]],
                    )
                    db.quarantine(con, run_id, failed)
                done += len(analyses)
    return {"analyzed": done}


@task
def stage_extraction(warehouse: str, model: str) -> dict:
    """Resolve entities and merge events over every analysed article (all but exact duplicates); stage the tables."""
    with db.connect(warehouse) as con:
        articles = db.frame(
            con,
            "select a.article_id, a.published_at, a.outlet, a.story_id, a.title, a.duplicate_of, a.dateline, "
            "c.caption_text, x.analysis "
            "from curated.articles a left join quality.article_captions c using (article_id) "
            "join ops.article_analyses x on x.article_id = a.article_id and x.model = ? "
            "where a.duplicate_kind is distinct from 'exact' order by a.article_id",
            [_cache_key(model)],
        )
        analyses = [json.loads(s) for s in articles["analysis"]]
        meta = {r["article_id"]: r for r in articles.drop("analysis").to_dicts()}
        tables = assemble(analyses, meta)
        counts = {}
        for name in EXTRACT_TABLES:
            empty = db.frame(con, f"select * from curated.{name} limit 0")
            rows = tables.get(name) or []
            df = pl.DataFrame(
                [{c: _coerce(r.get(c), empty.schema[c]) for c in empty.columns} for r in rows],
                schema=empty.schema,
            )
            db.stage_frame(con, name, df)
            counts[name] = df.height
    return counts


@task(retries=2, retry_delay_seconds=2)
def publish_extraction(warehouse: str) -> dict:
    """One transaction: the six extraction tables replaced by their validated staged versions."""
    counts = {}
    with db.connect(warehouse) as con, db.transaction(con):
        for name in EXTRACT_TABLES:
            con.execute(f"delete from curated.{name}")
            db.publish_staged(con, name)
            counts[name] = con.execute(f"select count(*) from curated.{name}").fetchall()[0][0]
    return counts
