"""What a run will read: the source files not stored in the warehouse in their current state (a stat walk only).

Plain functions with no Prefect, spaCy or GX import, so ``sitrep run`` can ask before it loads any of them (to
start its NLP workers at once when there is new text).
"""

from __future__ import annotations

from warehouse import db

#: new source text from which NLP workers are started before ingest (about two batches of news articles)
EARLY_START_BYTES = 200_000


def known_files(con) -> dict[tuple[str, int, int], str]:
    """(path, size, mtime_ns) -> document_id for documents whose article made it into curated.articles.

    raw.file_index (migration 0010) adds the last state of every path, so a file that was only touched (same
    bytes, new mtime) is re-read once and then skipped again.
    """
    rows = con.execute(
        "select d.source_uri, d.size_bytes, d.mtime_ns, d.document_id from raw.documents d "
        "where d.mtime_ns is not null "
        "and exists (select 1 from curated.articles a where a.document_id = d.document_id) "
        "union all select f.source_uri, f.size_bytes, f.mtime_ns, f.document_id from raw.file_index f "
        "where exists (select 1 from curated.articles a where a.document_id = f.document_id)"
    ).fetchall()
    return {(uri, size, mtime): doc for uri, size, mtime, doc in rows}


def new_source_bytes(warehouse: str, sources: list[str]) -> int:
    """Bytes of the source files ingest will read (not stored in this state yet), found by a stat walk only."""
    from sitrep.ingest.walk import iter_files

    with db.connect(warehouse) as con:
        known = known_files(con)
    return sum(
        f.st.st_size
        for f in iter_files(sources)
        if f.st is not None and (f.path, f.st.st_size, f.st.st_mtime_ns) not in known
    )


#: source records read ahead of the flow by ``prefetch`` (the run's own process only), taken by ingest
_prefetched: dict | None = None

_CAPTION = "image caption/credit"


def caption_text(removed: list[dict] | None) -> str | None:
    """The caption text quality.article_captions will gather from an article's ``removed`` boilerplate lines
    (its caption lines in line order), for the NLP records handed over before the article is published."""
    lines = [r for r in removed or [] if r.get("reason") == _CAPTION]
    lines.sort(key=lambda r: (r.get("line") is None, r.get("line") or 0))
    return "\n".join(r.get("text") or "" for r in lines) if lines else None


def prefetch(warehouse: str, sources: list[str], max_bytes: int, min_articles: int) -> list[dict]:
    """Read the first source files (whole files, ``min_articles`` articles or more) before the flow starts, for
    its ingest to stage (``take_prefetched``: each file is still read once); returns the NLP records (``article_id,
    body, published_at, title, title_source, caption_text``) of those articles likely to need an analysis: no
    analysis cached under any key, a body no other article read or stored shares. Their analyses are used only for
    the articles that reach curated.articles with the same record (``sitrep.extract.parallel``)."""
    global _prefetched
    from sitrep.dedup.normalize import content_hash
    from sitrep.ingest import iter_sources

    with db.connect(warehouse) as con:
        known = known_files(con)
        analysed = {r for (r,) in con.execute("select distinct article_id from ops.article_analyses").fetchall()}
        stored = {h for (h,) in con.execute("select distinct content_hash from curated.articles").fetchall()}
    rest = iter_sources(sources, max_bytes=max_bytes, known=lambda uri, size, mtime: known.get((uri, size, mtime)))
    items, articles = [], []
    for item in rest:
        items.append(item)
        if item["kind"] == "document":
            articles += item["articles"]
        if len(articles) >= min_articles:
            break
    _prefetched = {"key": (tuple(sources), max_bytes), "items": items, "rest": rest}
    hashes = [content_hash(a["body"] or "") for a in articles]
    seen: dict[str, int] = {}
    for h in hashes:
        seen[h] = seen.get(h, 0) + 1
    empty = content_hash("")
    return [
        {"article_id": a["article_id"], "body": a["body"], "published_at": a.get("published_at"),
         "title": a.get("title"), "title_source": a.get("title_source"), "caption_text": caption_text(a.get("removed"))}
        for a, h in zip(articles, hashes, strict=True)
        if a["article_id"] not in analysed and (h == empty or (seen[h] == 1 and h not in stored))
    ]  # fmt: skip


def take_prefetched(sources: list[str], max_bytes: int):
    """The source records ``prefetch`` read for these sources, followed by the rest of them, once (None when
    nothing was read ahead, or for other sources)."""
    global _prefetched
    got, _prefetched = _prefetched, None
    if got is None or got["key"] != (tuple(sources), max_bytes):
        return None
    from itertools import chain

    return chain(got["items"], got["rest"])


def drop_prefetched() -> None:
    global _prefetched
    _prefetched = None
