-- 0010 (ingest): boilerplate audit, file index for cheap unchanged re-runs, document version lineage.

-- one row per line removed from an article as boilerplate (why it was removed), replaced when the article reloads
create table if not exists quality.boilerplate_removed (
    article_id varchar not null,
    line_no    integer,          -- line in the source text after the title (null for HTML page chrome)
    reason     varchar not null, -- e.g. 'summary widget', 'reader comments', 'image caption/credit', 'byline'
    text       varchar,
    run_id     varchar
);
comment on table quality.boilerplate_removed is 'one row per boilerplate line removed from an article, with the reason';

-- one row per input file path: the last state seen (size, mtime) and the document it held; lets a re-run skip
-- unchanged files (and files only touched, whose bytes did not change) without reading them
create table if not exists raw.file_index (
    source_uri  varchar not null,
    size_bytes  bigint,
    mtime_ns    bigint,
    document_id varchar not null,
    seen_at     timestamptz,
    run_id      varchar
);
comment on table raw.file_index is 'one row per input path: last (size, mtime_ns) seen and its document_id';

-- one row per document version of a path: a changed file at the same path is a new version linked to the old one
create or replace view raw.document_versions as
select
    source_uri,
    document_id,
    row_number() over w                as version,
    lag(document_id) over w            as previous_document_id,
    first_seen_at,
    run_id
from raw.documents
window w as (partition by source_uri order by first_seen_at, document_id);
