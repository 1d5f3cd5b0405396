-- 0062 (analyst): analyst.events again, its `actors` an empty list rather than null for an event without
-- resolved participants (every list column of the analyst views is empty, never null). Grain unchanged.
-- one row per event (curated.events): names, countries and titles of its actors by role, place, date and precision,
-- status, how many articles/outlets reported it, and one evidence sentence (all of them: analyst.event_reports)
create or replace view analyst.events as
with actors as (
    select p.event_id, p.role as event_role, n.entity_id, n.canonical_name, n.entity_type, n.country_iso3,
           n.role as title
    from curated.event_participants p
    join curated.entities n using (entity_id)
),
by_event as (
    select
        event_id,
        list(distinct canonical_name) filter (where event_role = 'source')                                as source_names,
        list(distinct country_iso3) filter (where event_role = 'source' and country_iso3 is not null)      as source_countries,
        list(distinct canonical_name) filter (where event_role = 'target')                                as target_names,
        list(distinct country_iso3) filter (where event_role = 'target' and country_iso3 is not null)      as target_countries,
        list(distinct canonical_name) filter (where event_role = 'participant')                           as participant_names,
        list(distinct country_iso3) filter (where event_role = 'participant' and country_iso3 is not null) as participant_countries,
        list({'entity_id': entity_id, 'name': canonical_name, 'event_role': event_role, 'entity_type': entity_type,
              'country_iso3': country_iso3, 'title': title} order by event_role, canonical_name, entity_id)  as actors
    from actors
    group by event_id
),
reports as (
    select
        m.event_id,
        count(distinct m.article_id)                                          as num_reports,
        list(distinct a.outlet) filter (where a.outlet is not null)           as outlets,
        min(a.published_at)                                                   as first_reported_at,
        max(a.published_at)                                                   as last_reported_at,
        arg_min(m.sentence, coalesce(a.published_at::varchar, '9999') || '|' || m.article_id || '|' || lpad(m.start_char::varchar, 9, '0'))
                                                                              as evidence
    from curated.event_mentions m
    join curated.articles a using (article_id)
    group by m.event_id
)
select
    e.event_id,
    e.event_type,
    e.event_mode,
    e.event_status,
    e.event_date,
    e.date_precision,
    e.location_name,
    e.location_country_iso3,
    e.latitude,
    e.longitude,
    list_sort(coalesce(b.source_names, []::varchar[]))          as source_names,
    list_sort(coalesce(b.source_countries, []::varchar[]))      as source_countries,
    list_sort(coalesce(b.target_names, []::varchar[]))          as target_names,
    list_sort(coalesce(b.target_countries, []::varchar[]))      as target_countries,
    list_sort(coalesce(b.participant_names, []::varchar[]))     as participant_names,
    list_sort(coalesce(b.participant_countries, []::varchar[])) as participant_countries,
    coalesce(b.actors, [])                                      as actors,
    e.num_articles,
    e.num_sources,
    list_sort(coalesce(r.outlets, []::varchar[]))               as outlets,
    r.first_reported_at,
    r.last_reported_at,
    e.confidence,
    e.summary,
    r.evidence,
    e.story_id,
    s.title                                                     as story_title
from curated.events e
left join by_event b using (event_id)
left join reports r using (event_id)
left join curated.stories s using (story_id);
comment on view analyst.events is 'one row per event, with its actors by role, place, date, status, outlets and one evidence sentence';
