-- 0040 (extract): how each quotation was attributed, and quotations repeated across articles linked.
-- curated.quotes keeps its grain (one row per direct quotation, one per paragraph of a quotation that runs
-- over several paragraphs); the contract's columns are unchanged.

alter table curated.quotes add column speaker_method varchar;
alter table curated.quotes add column attribution varchar;
alter table curated.quotes add column attribution_start_char integer;
alter table curated.quotes add column attribution_end_char integer;
alter table curated.quotes add column quote_group_id varchar;

comment on column curated.quotes.speaker_method is
    'how the speaker was found: direct | pronoun | title | office | continuation | preceding | unresolved (someone the article does not name); null when no speaker';
comment on column curated.quotes.attribution is 'the sentence whose verb of saying gives the speaker (null when none)';
comment on column curated.quotes.attribution_start_char is 'offset of that sentence in curated.articles.body';
comment on column curated.quotes.attribution_end_char is 'end offset of that sentence in curated.articles.body';
comment on column curated.quotes.quote_group_id is
    'the same words by a compatible speaker in several articles share one id (the quote_id of the earliest)';

-- one row per quote: speaker, how it was found, outlet and date, and how many articles carry the same quote
create or replace view curated.quote_facts as
select
    q.quote_id,
    q.quote_group_id,
    n.canonical_name as speaker,
    n.entity_type    as speaker_type,
    q.speaker_entity_id,
    q.speaker_method,
    q.text,
    q.attribution,
    a.title          as article_title,
    a.outlet,
    a.published_at,
    count(*) over (partition by q.quote_group_id) as group_articles,
    q.article_id,
    q.start_char,
    q.end_char
from curated.quotes q
left join curated.entities n on n.entity_id = q.speaker_entity_id
join curated.articles a using (article_id);
