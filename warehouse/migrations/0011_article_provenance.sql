-- 0011 (ingest): where an article's metadata came from, for audit.
alter table curated.articles add column if not exists url varchar;               -- page/record URL when known
alter table curated.articles add column if not exists published_source varchar;  -- byline | date line | dateline | url | html metadata | record field
alter table curated.articles add column if not exists dateline varchar;          -- e.g. 'MOSCOW, May 29. /TASS/.' (never turned into a year)
