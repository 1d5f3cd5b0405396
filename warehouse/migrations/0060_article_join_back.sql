-- 0060 (analyst): ids that join an article back to the user's own system, and where its title came from.
-- curated.articles keeps its grain (one row per ingested article); `url` (0011) already holds the record's or
-- page's address.
alter table curated.articles add column if not exists source_record_id varchar; -- a JSON/JSONL record's own id (`id`, `_id`, `article_id`, `uid`, `guid`, `doc_id`), as text
alter table curated.articles add column if not exists title_source varchar;     -- record_field | first_line | html_metadata | first_sentence (a record with a body and no title)
