-- 0001: every schema and table of the public contract (../shared/CONTRACT.md).
-- raw = append-only input, curated = what analysts query, quality/ops = why a run did what it did,
-- staging = per-run working tables between "stage" and "validate -> write" (never queried by users).
create schema if not exists raw;
create schema if not exists curated;
create schema if not exists quality;
create schema if not exists ops;
create schema if not exists staging;

-- one row per distinct input document version (document_id = sha256 of the raw bytes)
create table raw.documents (
    document_id   varchar not null,
    source_uri    varchar not null,
    media_type    varchar,
    raw_text      varchar,
    size_bytes    bigint,
    mtime_ns      bigint,
    encoding      varchar,
    first_seen_at timestamptz,
    run_id        varchar
);
comment on table raw.documents is 'one row per distinct input document version (document_id = sha256 of raw bytes)';

-- one row per ingested article (one per text/html file, one per jsonl/json record)
create table curated.articles (
    article_id     varchar not null,
    document_id    varchar not null,
    source_uri     varchar,
    title          varchar,
    outlet         varchar,
    author         varchar,
    published_at   date,
    language       varchar,
    body           varchar,
    word_count     integer,
    content_hash   varchar,
    duplicate_of   varchar,
    duplicate_kind varchar,
    story_id       varchar,
    ingested_at    timestamptz,
    run_id         varchar
);
comment on table curated.articles is 'one row per ingested article';

-- one row per story (articles about the same real-world happening); story_id = earliest member article_id
create table curated.stories (
    story_id           varchar not null,
    title              varchar,
    first_published_at date,
    last_published_at  date,
    num_articles       integer,
    num_outlets        integer
);
comment on table curated.stories is 'one row per story (articles about the same real-world happening)';

-- one row per real-world entity
create table curated.entities (
    entity_id      varchar not null,
    canonical_name varchar not null,
    entity_type    varchar not null,
    country_iso3   varchar,
    role           varchar,
    aliases        varchar[],
    num_articles   integer
);
comment on table curated.entities is 'one row per real-world entity (person, organisation, place, group)';

-- one row per entity mention (offsets into curated.articles.body)
create table curated.mentions (
    article_id varchar not null,
    entity_id  varchar not null,
    surface    varchar not null,
    start_char integer not null,
    end_char   integer not null
);
comment on table curated.mentions is 'one row per entity mention, offsets into curated.articles.body';

-- one row per real-world event, merged across articles and outlets
create table curated.events (
    event_id              varchar not null,
    event_type            varchar not null,
    event_mode            varchar,
    event_status          varchar,
    event_date            date,
    date_precision        varchar,
    location_name         varchar,
    location_country_iso3 varchar,
    latitude              double,
    longitude             double,
    summary               varchar,
    story_id              varchar,
    num_articles          integer,
    num_sources           integer,
    confidence            double
);
comment on table curated.events is 'one row per real-world event, merged across articles and outlets';

-- one row per (event, participating entity, role)
create table curated.event_participants (
    event_id  varchar not null,
    entity_id varchar not null,
    role      varchar not null
);
comment on table curated.event_participants is 'one row per event participant (event, entity, role)';

-- one row per evidence sentence of an event in an article
create table curated.event_mentions (
    event_id   varchar not null,
    article_id varchar not null,
    start_char integer,
    end_char   integer,
    sentence   varchar
);
comment on table curated.event_mentions is 'one row per evidence span of an event in an article';

-- one row per direct quotation
create table curated.quotes (
    quote_id          varchar not null,
    article_id        varchar not null,
    speaker_entity_id varchar,
    text              varchar not null,
    start_char        integer,
    end_char          integer
);
comment on table curated.quotes is 'one row per direct quotation, offsets into curated.articles.body';

-- one row per check per run
create table quality.check_results (
    run_id           varchar not null,
    stage            varchar not null,
    table_name       varchar not null,
    check_name       varchar not null,
    success          boolean not null,
    unexpected_count bigint,
    details          json,
    checked_at       timestamptz
);
comment on table quality.check_results is 'one row per data-quality check per run';

-- one row per rejected record (re-running the same bad input replaces its row, keyed by stage + record_key)
create table quality.quarantine (
    run_id         varchar not null,
    stage          varchar not null,
    record_key     varchar not null,
    reason         varchar not null,
    payload        json,
    quarantined_at timestamptz
);
comment on table quality.quarantine is 'one row per rejected record (stage, record_key)';

-- one row per pipeline run
create table ops.pipeline_runs (
    run_id      varchar not null,
    flow_name   varchar not null,
    parameters  json,
    started_at  timestamptz,
    finished_at timestamptz,
    status      varchar,
    counts      json
);
comment on table ops.pipeline_runs is 'one row per pipeline run';

-- one row per (article, spaCy model): the plain-record NLP analysis, so re-runs parse only new articles
create table ops.article_analyses (
    article_id  varchar not null,
    model       varchar not null,
    analysis    json not null,
    analyzed_at timestamptz
);
comment on table ops.article_analyses is 'one row per article and spaCy model: cached NLP analysis (plain JSON)';
