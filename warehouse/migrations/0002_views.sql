-- 0002: analyst views over the curated tables (read-only conveniences; the tables stay the source of truth).

-- one row per event: who (source/target/participant names), where, when, how many sources, one evidence sentence
create or replace view curated.event_facts as
select
    e.event_id,
    e.event_type,
    e.event_mode,
    e.event_status,
    e.event_date,
    e.date_precision,
    e.location_name,
    e.location_country_iso3,
    list(n.canonical_name order by n.canonical_name) filter (where p.role = 'source')      as sources,
    list(n.canonical_name order by n.canonical_name) filter (where p.role = 'target')      as targets,
    list(n.canonical_name order by n.canonical_name) filter (where p.role = 'participant') as participants,
    e.num_articles,
    e.num_sources,
    e.confidence,
    e.summary,
    (select m.sentence from curated.event_mentions m where m.event_id = e.event_id
     order by m.article_id, m.start_char limit 1) as evidence
from curated.events e
left join curated.event_participants p using (event_id)
left join curated.entities n using (entity_id)
group by all;

-- one row per quote: speaker name and the article it came from
create or replace view curated.quote_facts as
select q.quote_id, n.canonical_name as speaker, q.text, a.title as article_title, a.outlet, a.published_at,
       q.article_id, q.start_char, q.end_char
from curated.quotes q
left join curated.entities n on n.entity_id = q.speaker_entity_id
join curated.articles a using (article_id);

-- one row per check of the latest run
create or replace view quality.latest_checks as
select c.*
from quality.check_results c
where c.run_id = (select run_id from ops.pipeline_runs order by started_at desc limit 1);
