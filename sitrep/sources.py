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
