"""Ingest tasks: stream sources into staging (bad input straight to quarantine), then publish validated rows."""

from __future__ import annotations

import json
import os
from itertools import islice

import polars as pl
from prefect import task

from sitrep.dedup import content_hash
from sitrep.ingest import iter_sources
from sitrep.sources import known_files as _known_files
from sitrep.sources import take_prefetched
from warehouse import db

DOCUMENT_COLUMNS = [
    "document_id",
    "source_uri",
    "media_type",
    "raw_text",
    "size_bytes",
    "mtime_ns",
    "encoding",
]
ARTICLE_COLUMNS = [
    "article_id", "document_id", "source_uri", "title", "outlet", "author", "published_at", "language", "body",
    "word_count", "url", "published_source", "source_record_id", "title_source",
]  # fmt: skip


def _batches(iterable, size: int):
    it = iter(iterable)
    while batch := list(islice(it, size)):
        yield batch


@task(retries=2, retry_delay_seconds=2)
def stage_sources(warehouse: str, run_id: str, sources: list[str], max_bytes: int, batch_size: int) -> dict:
    """Read every source into staging.documents / staging.articles in batches; rejected input to quarantine."""
    counts = {"documents": 0, "articles": 0, "unchanged": 0, "rejected": 0}
    with db.connect(warehouse) as con:
        known = _known_files(con)
        con.execute("create or replace table staging.documents as select * from raw.documents limit 0")
        con.execute("create or replace table staging.articles as select * from curated.articles limit 0")
        con.execute("alter table staging.articles add column boilerplate json")
        at = db.now()
        lookup = lambda uri, size, mtime: known.get((uri, size, mtime))  # noqa: E731
        # the files `sitrep run` read ahead (to hand their articles to its NLP workers) are staged from memory
        items = take_prefetched(sources, max_bytes) or iter_sources(sources, max_bytes=max_bytes, known=lookup)
        for batch in _batches(items, batch_size):
            docs, arts, rejected = [], [], []
            for item in batch:
                kind = item["kind"]
                if kind == "document":
                    docs.append({k: item["document"].get(k) for k in DOCUMENT_COLUMNS})
                    for a in item["articles"]:
                        row = {k: a.get(k) for k in ARTICLE_COLUMNS}
                        row["content_hash"] = content_hash(a["body"] or "")
                        row["dateline"] = (a.get("dateline") or {}).get("text")
                        row["boilerplate"] = json.dumps(a.get("removed") or [], ensure_ascii=False)
                        arts.append(row)
                elif kind == "unchanged":
                    counts["unchanged"] += 1
                else:
                    rejected.append({"stage": "ingest", **{k: item[k] for k in ("record_key", "reason", "payload")}})
            with db.transaction(con):
                if docs:
                    doc_df = pl.DataFrame(docs, infer_schema_length=None).with_columns(
                        pl.lit(at).alias("first_seen_at"), pl.lit(run_id).alias("run_id")
                    )
                    db.insert_frame(con, "staging.documents", doc_df)
                if arts:
                    art_df = pl.DataFrame(arts, infer_schema_length=None).with_columns(
                        pl.col("published_at").cast(pl.Date),
                        pl.lit(at).alias("ingested_at"),
                        pl.lit(run_id).alias("run_id"),
                    )
                    db.insert_frame(con, "staging.articles", art_df)
                db.quarantine(con, run_id, rejected)
            counts["documents"] += len(docs)
            counts["articles"] += len(arts)
            counts["rejected"] += len(rejected)
        # the same bytes at two paths are one document and one article: keep the first path seen
        con.execute(
            "create or replace table staging.articles as select * from staging.articles "
            "qualify row_number() over (partition by article_id order by source_uri) = 1"
        )
    return counts


@task(retries=2, retry_delay_seconds=2)
def publish_articles(warehouse: str) -> int:
    """One transaction: new raw documents appended; validated articles replace earlier versions of their file."""
    with db.connect(warehouse) as con, db.transaction(con):
        con.execute(
            "insert into raw.documents select d.* from staging.documents d "
            "where not exists (select 1 from raw.documents r where r.document_id = d.document_id) "
            "qualify row_number() over (partition by d.document_id order by d.source_uri) = 1"
        )
        # an article read again (a touched file, a second path) keeps its duplicate and story assignment
        con.execute(
            "update staging.articles s set duplicate_of = a.duplicate_of, duplicate_kind = a.duplicate_kind, "
            "story_id = a.story_id from curated.articles a where a.article_id = s.article_id"
        )
        # a changed file at the same path supersedes the article(s) of its earlier version
        con.execute(
            "delete from curated.articles a where exists (select 1 from staging.articles s "
            "where s.source_uri = a.source_uri and s.document_id <> a.document_id)"
        )
        con.execute("delete from curated.articles a using staging.articles s where a.article_id = s.article_id")
        db.publish_staged(con, "articles")
        # input that now loads cleanly is no longer quarantined (nor bad records of an older file version)
        con.execute(
            "delete from quality.quarantine q using staging.articles s "
            "where q.stage = 'ingest' and (q.record_key = s.source_uri "
            "or (starts_with(q.record_key, 'articles:') and ends_with(q.record_key, '|' || s.source_uri)) "
            "or (starts_with(q.record_key, s.source_uri || '#') and q.run_id is distinct from s.run_id))"
        )
        _publish_ingest_audit(con)
        drop_dangling(con)
        (n,) = con.execute("select count(*) from staging.articles").fetchall()[0]
    return n


def drop_dangling(con) -> None:
    """After articles left (replaced or pruned): no article names a missing one as its original.

    A copy whose original left is an original until dedup (same run) finds its new original; its story is
    renamed there too (sitrep.dedup.stories). The boilerplate audit of a replaced version stays: it records
    what that version's run removed.
    """
    con.execute(
        "update curated.articles a set duplicate_of = null, duplicate_kind = null where a.duplicate_of is not null "
        "and not exists (select 1 from curated.articles o where o.article_id = a.duplicate_of)"
    )


@task(retries=2, retry_delay_seconds=2)
def prune_missing_sources(warehouse: str, sources: list[str]) -> dict:
    """``sitrep run --prune``: articles of files under ``sources`` that no longer exist leave the warehouse.

    Their file index and ingest quarantine rows go with them; dedup and extraction, recomputed over the remaining
    articles in the same run, drop everything else that pointed at them.
    """
    with db.connect(warehouse) as con:
        uris = [u for (u,) in con.execute("select distinct source_uri from curated.articles").fetchall()]
        gone = missing_sources(uris, sources)
        with db.transaction(con):
            con.execute("create or replace temp table _gone as select unnest(?::varchar[]) as source_uri", [gone])
            (n,) = con.execute(
                "select count(*) from curated.articles where source_uri in (select source_uri from _gone)"
            ).fetchall()[0]
            con.execute("delete from curated.articles where source_uri in (select source_uri from _gone)")
            con.execute("delete from raw.file_index where source_uri in (select source_uri from _gone)")
            con.execute(
                "delete from quality.boilerplate_removed b where not exists "
                "(select 1 from curated.articles a where a.article_id = b.article_id)"
            )
            con.execute(
                "delete from quality.quarantine q using _gone g where q.stage = 'ingest' and (q.record_key = "
                "g.source_uri or starts_with(q.record_key, g.source_uri || '#') "
                "or (starts_with(q.record_key, 'articles:') and ends_with(q.record_key, '|' || g.source_uri)))"
            )
            drop_dangling(con)
            con.execute("drop table _gone")
    return {"files": len(gone), "articles": n}


def missing_sources(uris: list[str], sources: list[str]) -> list[str]:
    """The stored source paths under one of ``sources`` (a file or a folder) that are no longer on disk."""
    roots = [os.path.abspath(s) for s in sources]
    under = lambda u: any(u == r or u.startswith(r.rstrip(os.sep) + os.sep) for r in roots)  # noqa: E731
    return sorted(u for u in uris if u and under(u) and not os.path.lexists(u))


_BOILERPLATE_JSON = '[{"text": "VARCHAR", "reason": "VARCHAR", "line": "INTEGER"}]'


def _publish_ingest_audit(con) -> None:
    """Boilerplate audit rows of the published articles, and the file index for cheap unchanged re-runs."""
    con.execute("delete from quality.boilerplate_removed b using staging.articles s where b.article_id = s.article_id")
    con.execute(
        "insert into quality.boilerplate_removed (article_id, line_no, reason, text, run_id) "
        "select s.article_id, r.line, r.reason, r.text, s.run_id from staging.articles s, "
        f"unnest(from_json(s.boilerplate, '{_BOILERPLATE_JSON}')) t(r)"
    )
    con.execute("delete from raw.file_index f using staging.documents d where f.source_uri = d.source_uri")
    con.execute(
        "insert into raw.file_index (source_uri, size_bytes, mtime_ns, document_id, seen_at, run_id) "
        "select d.source_uri, d.size_bytes, d.mtime_ns, d.document_id, d.first_seen_at, d.run_id "
        "from staging.documents d where exists (select 1 from staging.articles s where s.document_id = d.document_id) "
        "qualify row_number() over (partition by d.source_uri order by d.document_id) = 1"
    )
