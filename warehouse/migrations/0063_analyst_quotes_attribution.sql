-- analyst.quotes gains the quote columns of 0040 (how the speaker was resolved, the attribution, the group of
-- republications); the earlier columns keep their names and order.
-- one row per quote (curated.quotes), with the speaker name and the article (title, outlet, date, ids)
create or replace view analyst.quotes as
select
    q.quote_id,
    q.speaker_entity_id,
    n.canonical_name as speaker,
    n.country_iso3   as speaker_country,
    n.role           as speaker_title,
    q.text,
    q.article_id,
    a.title          as article_title,
    a.outlet,
    a.published_at,
    a.url,
    a.source_record_id,
    a.story_id,
    q.start_char,
    q.end_char,
    q.speaker_method,
    q.attribution,
    q.quote_group_id,
    count(*) over (partition by q.quote_group_id) as group_articles
from curated.quotes q
join curated.articles a using (article_id)
left join curated.entities n on n.entity_id = q.speaker_entity_id;
comment on view analyst.quotes is 'one row per quote, with the speaker name, how it was resolved, its group of republications and the article (title, outlet, date, ids)';
