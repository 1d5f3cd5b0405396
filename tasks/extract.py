"""Extraction tasks: NLP per new article (cached as plain JSON), corpus-wide assembly, publish."""

from __future__ import annotations

import json
import threading
from datetime import date

import polars as pl
from prefect import task
from prefect.artifacts import create_progress_artifact, update_progress_artifact

from sitrep import testhooks
from sitrep.dedup.duplicates import EMPTY_HASH
from sitrep.extract.parallel import (
    analyze_all,
    analyze_unit,
    begin_analysis,
    start_workers,
    stop_workers,
    units,
    workers_running,
)
from sitrep.sources import EARLY_START_BYTES, caption_text, new_source_bytes
from tasks import analysis_memo
from warehouse import db

EXTRACT_TABLES = ("entities", "mentions", "events", "event_participants", "event_mentions", "quotes")


def _coerce(value: object, dtype: pl.DataType) -> object:
    """ISO text to dates ("2025", "2025-05" and "2025-05-29" are year/month/day precision: first day)."""
    if dtype == pl.Date and isinstance(value, str):
        parts = [int(p) for p in value[:10].split("-")]
        return date(*(parts + [1, 1])[:3])
    return value


def _table_frame(rows: list[dict], schema: pl.Schema) -> pl.DataFrame:
    """Assembled rows as a frame of the curated table's ``schema``, built column by column (half the CPU of a
    frame built from per-row dicts; the same frame)."""
    columns = {}
    for name, dtype in schema.items():
        values = [r.get(name) for r in rows]
        if dtype == pl.Date:
            values = [_coerce(v, dtype) for v in values]
        columns[name] = pl.Series(name, values, dtype=dtype)
    return pl.DataFrame(columns, schema=schema)


def _cache_key(model: str) -> str:
    # imported here: the extraction modules (and spaCy) load in the run's process only once its workers parse
    from sitrep.extract.pipeline import ANALYSIS_VERSION

    return f"{model}@{ANALYSIS_VERSION}"


_TODO_WHERE = (
    "where a.duplicate_kind is distinct from 'exact' "
    "and not exists (select 1 from ops.article_analyses x where x.article_id = a.article_id and x.model = ?) "
)


_TODO_FROM = (
    "select a.article_id, a.body, a.published_at, a.title, a.title_source, c.caption_text from curated.articles a "
    "left join quality.article_captions c using (article_id) "
)


def _todo(warehouse: str, key: str) -> list[dict]:
    """Articles (all but exact duplicates) without a cached analysis for this model and code version."""
    with db.connect(warehouse) as con:
        return db.frame(con, _TODO_FROM + _TODO_WHERE + "order by a.article_id", [key]).to_dicts()


def _todo_before_dedup(warehouse: str, key: str) -> list[dict]:
    """The articles ``_todo`` will list whatever dedup finds: those without a cached analysis whose body no
    other article shares (an exact duplicate has its original's content hash; empty bodies are never
    duplicates), as the same records."""
    with db.connect(warehouse) as con:
        return db.frame(
            con,
            _TODO_FROM + "where not exists (select 1 from ops.article_analyses x where x.article_id = a.article_id "
            "and x.model = ?) and (a.content_hash = ? or a.content_hash in (select content_hash "
            "from curated.articles group by content_hash having count(*) = 1)) order by a.article_id",
            [key, EMPTY_HASH],
        ).to_dicts()


def start_nlp_workers(
    warehouse: str, model: str, nlp_batch_size: int, workers: int, sources: list[str] | None = None
) -> int:
    """Start the NLP worker processes ahead of the NLP stage, so spaCy loads in them meanwhile
    (``analyze_new_articles`` uses and stops them); returns how many run. A plain call, not a task: it only
    starts processes (the work they do shows as ``analyze_new_articles``), and each task run costs Prefect's
    temporary server ≈ 24 ms of CPU while the workers parse (``bench/api_calls35.py``).

    With ``sources`` (before ingest): when the files not read yet hold ``EARLY_START_BYTES`` or more, all
    ``workers`` start, loading while the run ingests. Without (after ingest): from the articles waiting for
    analysis; none waiting stops workers started early for nothing. The articles that cannot turn out exact
    duplicates are handed to the workers at once, so they parse while this process deduplicates.
    """
    if sources is not None:
        if new_source_bytes(warehouse, sources) < EARLY_START_BYTES:
            return 0
        # as if each worker had two units of work (one unit alone, with one worker, would stay in this process)
        return start_workers(model, workers, 2 * workers * max(1, nlp_batch_size), nlp_batch_size)
    with db.connect(warehouse) as con:
        (n,) = con.execute("select count(*) from curated.articles a " + _TODO_WHERE, [_cache_key(model)]).fetchall()[0]
    started = start_workers(model, workers, n, nlp_batch_size)
    if started:
        begin_analysis(_todo_before_dedup(warehouse, _cache_key(model)), model, nlp_batch_size)
    return started


def _staged_todo(warehouse: str) -> list[dict]:
    """The staged articles (ingest's output, not yet validated) that ``_todo`` will most likely list: no analysis
    cached under any key, a body no other staged or curated article shares; as the records ``_todo`` gives
    (captions as quality.article_captions will gather them once the ingest audit is published)."""
    with db.connect(warehouse) as con:
        if "boilerplate" not in db.columns(con, "staging", "articles"):
            return []
        rows = db.frame(
            con,
            "select s.article_id, s.body, s.published_at, s.title, s.title_source, s.boilerplate "
            "from staging.articles s "
            "where not exists (select 1 from ops.article_analyses x where x.article_id = s.article_id) "
            "and (s.content_hash = ? or (s.content_hash in (select content_hash from staging.articles "
            "group by content_hash having count(*) = 1) and not exists (select 1 from curated.articles a "
            "where a.content_hash = s.content_hash and a.article_id <> s.article_id))) order by s.article_id",
            [EMPTY_HASH],
        ).to_dicts()
    for row in rows:  # captions as quality.article_captions will gather them (sitrep.sources.caption_text)
        row["caption_text"] = caption_text(json.loads(row.pop("boilerplate") or "[]"))
    return rows


def begin_nlp_on_staged(warehouse: str, model: str, nlp_batch_size: int) -> int:
    """Hand the freshly staged articles to NLP workers started before ingest, before their checks and publish:
    they parse while this process validates, publishes and deduplicates. Any article whose published record
    turns out different (or that is quarantined, or an exact duplicate) is analysed again, or not used;
    returns how many were handed over (0 when no worker runs). A plain call, as ``start_nlp_workers``."""
    if not workers_running():
        return 0
    return begin_analysis(_staged_todo(warehouse), model, nlp_batch_size)


def _save(warehouse: str, run_id: str, key: str, analyses: list[dict]) -> int:
    """One transaction: the analyses cached (an article's analysis by an older code version of the same spaCy
    model goes: it would never be read again, and the cache would grow with every upgrade), their articles'
    extract quarantine rows replaced."""
    if not analyses:
        return 0
    texts = [json.dumps(a, ensure_ascii=False, default=str) for a in analyses]
    rows = pl.DataFrame(
        {"article_id": [a["article_id"] for a in analyses], "model": key, "analysis": texts, "analyzed_at": db.now()}
    )
    failed = [
        {"stage": "extract", "record_key": f"article:{a['article_id']}", "reason": a["error"],
         "payload": {"article_id": a["article_id"]}}
        for a in analyses
        if a.get("error")
    ]  # fmt: skip
    # the write connection is held only for this transaction: readers get in between batches
    with db.connect(warehouse) as con, db.transaction(con):
        db.replace_by_key(con, "ops.article_analyses", rows, ("article_id", "model"))
        con.execute(
            "delete from ops.article_analyses where model <> ? and split_part(model, '@', 1) = split_part(?, '@', 1) "
            "and article_id in (select unnest(?::varchar[]))",
            [key, key, [a["article_id"] for a in analyses]],
        )
        con.execute(
            "delete from quality.quarantine where stage = 'extract' and record_key in "
            "(select 'article:' || unnest(?::varchar[]))",
            [[a["article_id"] for a in analyses if not a.get("error")]],
        )
        db.quarantine(con, run_id, failed)
    # decoded now, while workers still parse: the run's assembly takes them from here (analysis_memo)
    analysis_memo.remember(warehouse, key, zip(rows["article_id"], texts, strict=True))
    return len(analyses)


#: the ``nlp-progress`` artifact moves in steps of this many percent (and at 100): each update is an API call
#: (≈ 9 ms of the temporary server's CPU and 4 of this process's, while the workers parse), one per work unit before
PROGRESS_STEP = 10.0


def _progress_bar(total: int):
    """The UI's ``nlp-progress`` artifact (percent of new articles parsed); none when there is nothing to do."""
    if not total:
        return None
    return create_progress_artifact(
        progress=0.0, key="nlp-progress", description=f"spaCy analysis of {total} new articles (%)"
    )


@task
def analyze_new_articles(
    warehouse: str, run_id: str, model: str, nlp_batch_size: int, write_batch: int, workers: int = 1
) -> dict:
    """Run spaCy over articles without a cached analysis for this model and code version, on ``workers`` processes.

    Exact duplicates are skipped (same text as their original); near duplicates are analysed, since a
    republication can carry paragraphs its original lacks. Analyses are saved every ``write_batch`` articles,
    so a crash loses at most one batch of work.
    """
    key = _cache_key(model)
    analysis_memo.forget(warehouse)
    todo = _todo(warehouse, key)
    done, pending, parsed, saved_early, shown = 0, [], 0, False, 0.0
    bar = _progress_bar(len(todo))
    from sitrep.extract.pipeline import warm_assembly

    # while worker processes parse, this process would only wait: build what corpus-wide assembly reads
    warm = threading.Thread(target=warm_assembly, name="sitrep-warm-assembly", daemon=True)
    apart = workers_running()  # worker processes parse: this process only waits on them meanwhile
    if apart:
        warm.start()
    try:
        for _unit, analyses in analyze_all(todo, model, nlp_batch_size, workers):
            pending.extend(analyses)
            parsed += len(analyses)
            percent = round(100 * parsed / len(todo), 1)
            if bar is not None and (percent >= 100 or percent - shown >= PROGRESS_STEP):
                update_progress_artifact(bar, progress=percent)
                shown = percent
            if len(pending) >= write_batch:
                done += _save(warehouse, run_id, key, pending)
                pending = []
                testhooks.pause_at("nlp")
            elif apart and not saved_early and pending and 0 < len(todo) - parsed <= nlp_batch_size:
                # at most one batch still parsing: what is at hand is saved now, while the workers parse it, not
                # after the last unit (then every analysis of a run under ``write_batch`` articles was saved in
                # the serial tail, with a core idle); the last units' analyses are saved after them, as before
                done += _save(warehouse, run_id, key, pending)
                pending, saved_early = [], True
    finally:
        stop_workers(wait=False)  # their exit is not waited for: corpus-wide assembly needs only their analyses
        if warm.is_alive():
            warm.join()
    done += _save(warehouse, run_id, key, pending)
    return {"analyzed": done}


@task
def plan_analysis(warehouse: str, model: str, nlp_batch_size: int) -> list[list[dict]]:
    """The articles still to analyse, as work units of one spaCy batch each (for a mapped runner)."""
    return units(_todo(warehouse, _cache_key(model)), nlp_batch_size)


@task
def analyze_batch(articles: list[dict], model: str, nlp_batch_size: int) -> list[dict]:
    """Analyse one work unit wherever the task runner puts it; returns plain records (no warehouse access)."""
    return analyze_unit(articles, model, nlp_batch_size)


@task
def save_analyses(warehouse: str, run_id: str, model: str, batches: list[list[dict]], write_batch: int) -> dict:
    """Cache the analyses of mapped work units (in the flow process: the only warehouse writer)."""
    key = _cache_key(model)
    analysis_memo.forget(warehouse)
    done, pending = 0, []
    for analyses in batches:
        pending.extend(analyses)
        if len(pending) >= write_batch:
            done += _save(warehouse, run_id, key, pending)
            pending = []
    done += _save(warehouse, run_id, key, pending)
    return {"analyzed": done}


@task
def stage_extraction(warehouse: str, model: str) -> dict:
    """Resolve entities and merge events over every analysed article (all but exact duplicates); stage the tables."""
    from sitrep.extract.pipeline import assemble

    key = _cache_key(model)
    with db.connect(warehouse) as con:
        articles = db.frame(
            con,
            "select a.article_id, a.published_at, a.url, a.outlet, a.story_id, a.title, a.duplicate_of, a.dateline, "
            "c.caption_text, md5(x.analysis) as analysis_md5 "
            "from curated.articles a left join quality.article_captions c using (article_id) "
            "join ops.article_analyses x on x.article_id = a.article_id and x.model = ? "
            "where a.duplicate_kind is distinct from 'exact' order by a.article_id",
            [key],
        )
        # the analyses this process saved in the run are at hand, decoded; the others are read
        ids = articles["article_id"].to_list()
        known = analysis_memo.recall(warehouse, key, zip(ids, articles["analysis_md5"], strict=True))
        rest = [i for i in ids if i not in known]
        if rest:
            read = con.execute(
                "select article_id, analysis from ops.article_analyses where model = ? "
                "and article_id in (select unnest(?::varchar[]))",
                [key, rest],
            ).fetchall()
            known.update((aid, json.loads(text)) for aid, text in read)
        schemas = {name: db.frame(con, f"select * from curated.{name} limit 0").schema for name in EXTRACT_TABLES}
    # corpus-wide assembly runs with the warehouse closed, so readers are not locked out meanwhile
    analyses = [known[i] for i in ids]
    meta = {r["article_id"]: r for r in articles.drop("analysis_md5").to_dicts()}
    tables = assemble(analyses, meta)
    counts = {}
    with db.connect(warehouse) as con:
        for name, schema in schemas.items():
            df = _table_frame(tables.get(name) or [], schema)
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
            testhooks.pause_at("publish")
            counts[name] = con.execute(f"select count(*) from curated.{name}").fetchall()[0][0]
    return counts


def stop_nlp_workers() -> None:
    """Stop NLP worker processes a failed run started and never used (no-op otherwise)."""
    stop_workers()
