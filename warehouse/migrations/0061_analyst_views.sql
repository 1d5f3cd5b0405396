-- 0061 (analyst): the `analyst` schema, views for the questions analysts ask first, so nobody needs the join
-- graph by heart. Read-only conveniences over the curated tables (which stay the source of truth); built only
-- on the contract's columns plus 0060's join-back ids, with plain DuckDB SQL (no macros, no extension types), so
-- the warehouse opens the same in the `duckdb` CLI or Python without sitrep installed.
-- Lists are DuckDB lists (empty, never null); dates are DATEs (null when unknown).
create schema if not exists analyst;

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

-- one row per evidence span of an event in an article (curated.event_mentions) with the article's title, outlet,
-- date and join-back ids: which outlets reported an event, and in which words
create or replace view analyst.event_reports as
select
    m.event_id,
    e.event_type,
    e.event_status,
    e.event_date,
    m.article_id,
    a.title         as article_title,
    a.outlet,
    a.published_at,
    a.url,
    a.source_record_id,
    m.sentence,
    m.start_char,
    m.end_char
from curated.event_mentions m
join curated.events e using (event_id)
join curated.articles a using (article_id);
comment on view analyst.event_reports is 'one row per evidence span of an event in an article, with the article title, outlet and date';

-- one row per unordered pair of entities that took part in at least one same event (any roles): entity_a is the
-- one whose canonical name sorts first. Counts per PLOVER category, how often one acted on the other (source ->
-- target), and the first and last known event dates
create or replace view analyst.actor_pairs as
with p as (
    select distinct ep.event_id, ep.entity_id, ep.role, n.canonical_name, n.entity_type, n.country_iso3
    from curated.event_participants ep
    join curated.entities n using (entity_id)
),
pairs as (
    select
        x.event_id,
        x.entity_id as a_id, x.canonical_name as a_name, x.entity_type as a_type, x.country_iso3 as a_country,
        y.entity_id as b_id, y.canonical_name as b_name, y.entity_type as b_type, y.country_iso3 as b_country,
        x.role = 'source' and y.role = 'target' as a_on_b,
        y.role = 'source' and x.role = 'target' as b_on_a
    from p x
    join p y
      on x.event_id = y.event_id
     and (x.canonical_name < y.canonical_name or (x.canonical_name = y.canonical_name and x.entity_id < y.entity_id))
)
select
    a_id      as entity_a_id,
    a_name    as entity_a,
    a_type    as entity_a_type,
    a_country as entity_a_country,
    b_id      as entity_b_id,
    b_name    as entity_b,
    b_type    as entity_b_type,
    b_country as entity_b_country,
    count(distinct event_id)                                               as num_events,
    count(distinct event_id) filter (where e.event_status = 'occurred')    as num_occurred,
    count(distinct event_id) filter (where e.event_status = 'planned')     as num_planned,
    count(distinct event_id) filter (where a_on_b)                         as num_a_on_b,
    count(distinct event_id) filter (where b_on_a)                         as num_b_on_a,
    count(distinct event_id) filter (where e.event_type = 'AGREE')         as num_agree,
    count(distinct event_id) filter (where e.event_type = 'CONSULT')       as num_consult,
    count(distinct event_id) filter (where e.event_type = 'SUPPORT')       as num_support,
    count(distinct event_id) filter (where e.event_type = 'CONCEDE')       as num_concede,
    count(distinct event_id) filter (where e.event_type = 'COOPERATE')     as num_cooperate,
    count(distinct event_id) filter (where e.event_type = 'AID')           as num_aid,
    count(distinct event_id) filter (where e.event_type = 'RETREAT')       as num_retreat,
    count(distinct event_id) filter (where e.event_type = 'REQUEST')       as num_request,
    count(distinct event_id) filter (where e.event_type = 'ACCUSE')        as num_accuse,
    count(distinct event_id) filter (where e.event_type = 'REJECT')        as num_reject,
    count(distinct event_id) filter (where e.event_type = 'THREATEN')      as num_threaten,
    count(distinct event_id) filter (where e.event_type = 'PROTEST')       as num_protest,
    count(distinct event_id) filter (where e.event_type = 'SANCTION')      as num_sanction,
    count(distinct event_id) filter (where e.event_type = 'MOBILIZE')      as num_mobilize,
    count(distinct event_id) filter (where e.event_type = 'COERCE')        as num_coerce,
    count(distinct event_id) filter (where e.event_type = 'ASSAULT')       as num_assault,
    min(e.event_date)                                                      as first_date,
    max(e.event_date)                                                      as last_date,
    list_sort(list(distinct event_id))                                     as event_ids
from pairs
join curated.events e using (event_id)
group by all;
comment on view analyst.actor_pairs is 'one row per unordered pair of entities sharing at least one event, with counts by PLOVER category and first/last dates';

-- one row per (source entity, target entity, PLOVER category): who acted on whom, how often, first and last dates
create or replace view analyst.actor_interactions as
with p as (
    select distinct ep.event_id, ep.entity_id, ep.role, n.canonical_name, n.entity_type, n.country_iso3
    from curated.event_participants ep
    join curated.entities n using (entity_id)
)
select
    s.entity_id      as source_id,
    s.canonical_name as source_name,
    s.country_iso3   as source_country,
    t.entity_id      as target_id,
    t.canonical_name as target_name,
    t.country_iso3   as target_country,
    e.event_type,
    count(distinct e.event_id)                                            as num_events,
    count(distinct e.event_id) filter (where e.event_status = 'occurred') as num_occurred,
    count(distinct e.event_id) filter (where e.event_status = 'planned')  as num_planned,
    min(e.event_date)                                                     as first_date,
    max(e.event_date)                                                     as last_date,
    list_sort(list(distinct e.event_id))                                  as event_ids
from p s
join p t on t.event_id = s.event_id and t.role = 'target' and t.entity_id <> s.entity_id
join curated.events e on e.event_id = s.event_id
where s.role = 'source'
group by all;
comment on view analyst.actor_interactions is 'one row per (source entity, target entity, PLOVER category): who acted on whom';

-- one row per entity (curated.entities): aliases and accent-folded match names, role, country, the articles that
-- mention it, its events by role, its quotes, and when it was first and last seen (article publish dates)
create or replace view analyst.entity_profiles as
with arts as (
    select m.entity_id,
           list(distinct m.article_id)                               as article_ids,
           list(distinct a.outlet) filter (where a.outlet is not null) as outlets,
           min(a.published_at)                                       as first_seen,
           max(a.published_at)                                       as last_seen
    from curated.mentions m
    join curated.articles a using (article_id)
    group by m.entity_id
),
evs as (
    select p.entity_id,
           count(distinct p.event_id)                                 as num_events,
           count(distinct p.event_id) filter (where p.role = 'source') as num_events_as_source,
           count(distinct p.event_id) filter (where p.role = 'target') as num_events_as_target,
           list(distinct e.event_type)                                 as event_types,
           list(distinct p.event_id)                                   as event_ids,
           min(e.event_date)                                           as first_event_date,
           max(e.event_date)                                           as last_event_date
    from curated.event_participants p
    join curated.events e using (event_id)
    group by p.entity_id
),
qs as (
    select speaker_entity_id as entity_id, count(*) as num_quotes
    from curated.quotes
    where speaker_entity_id is not null
    group by speaker_entity_id
)
select
    n.entity_id,
    n.canonical_name,
    n.entity_type,
    n.country_iso3,
    n.role,
    n.aliases,
    list_sort(list_distinct(list_transform(list_append(coalesce(n.aliases, []::varchar[]), n.canonical_name),
                                           lambda x: lower(strip_accents(x)))))  as match_names,
    n.num_articles,
    list_sort(coalesce(arts.article_ids, []::varchar[]))                          as article_ids,
    list_sort(coalesce(arts.outlets, []::varchar[]))                              as outlets,
    arts.first_seen,
    arts.last_seen,
    coalesce(evs.num_events, 0)                                                   as num_events,
    coalesce(evs.num_events_as_source, 0)                                         as num_events_as_source,
    coalesce(evs.num_events_as_target, 0)                                         as num_events_as_target,
    list_sort(coalesce(evs.event_types, []::varchar[]))                           as event_types,
    list_sort(coalesce(evs.event_ids, []::varchar[]))                             as event_ids,
    evs.first_event_date,
    evs.last_event_date,
    coalesce(qs.num_quotes, 0)                                                    as num_quotes
from curated.entities n
left join arts using (entity_id)
left join evs using (entity_id)
left join qs using (entity_id);
comment on view analyst.entity_profiles is 'one row per entity: aliases, role, country, articles, events, quotes, first and last seen';

-- one row per story (curated.stories): its outlets, articles, dates, events, actors and places
create or replace view analyst.stories as
with arts as (
    select story_id,
           list(distinct outlet) filter (where outlet is not null)             as outlets,
           list(article_id order by published_at nulls last, article_id)        as article_ids,
           count(*) filter (where duplicate_of is not null)                     as num_duplicates
    from curated.articles
    where story_id is not null
    group by story_id
),
evs as (
    select e.story_id,
           count(distinct e.event_id)                                           as num_events,
           list(distinct e.event_type)                                          as event_types,
           list(distinct e.location_name) filter (where e.location_name is not null) as places,
           list(distinct e.event_id)                                            as event_ids,
           min(e.event_date)                                                    as first_event_date,
           max(e.event_date)                                                    as last_event_date
    from curated.events e
    where e.story_id is not null
    group by e.story_id
),
names as (
    select e.story_id, list(distinct n.canonical_name) as actors
    from curated.events e
    join curated.event_participants p using (event_id)
    join curated.entities n using (entity_id)
    where e.story_id is not null
    group by e.story_id
)
select
    s.story_id,
    s.title,
    s.first_published_at,
    s.last_published_at,
    s.num_articles,
    s.num_outlets,
    list_sort(coalesce(arts.outlets, []::varchar[]))   as outlets,
    coalesce(arts.article_ids, []::varchar[])          as article_ids,
    coalesce(arts.num_duplicates, 0)                   as num_duplicates,
    coalesce(evs.num_events, 0)                        as num_events,
    list_sort(coalesce(evs.event_types, []::varchar[])) as event_types,
    list_sort(coalesce(names.actors, []::varchar[]))   as actors,
    list_sort(coalesce(evs.places, []::varchar[]))     as places,
    evs.first_event_date,
    evs.last_event_date,
    list_sort(coalesce(evs.event_ids, []::varchar[]))  as event_ids
from curated.stories s
left join arts using (story_id)
left join evs using (story_id)
left join names using (story_id);
comment on view analyst.stories is 'one row per story, with its outlets, articles, dates, events, actors and places';

-- one row per quote (curated.quotes) with the speaker's name, country and title and the article it came from
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

-- one row per article (curated.articles) with its join-back ids (the record's own id, URL, file) and how much
-- was found in it
create or replace view analyst.articles as
select
    a.article_id,
    a.source_record_id,
    a.url,
    a.source_uri,
    a.title,
    a.title_source,
    a.outlet,
    a.author,
    a.published_at,
    a.language,
    a.word_count,
    a.duplicate_of,
    a.duplicate_kind,
    a.story_id,
    (select count(distinct m.event_id) from curated.event_mentions m where m.article_id = a.article_id) as num_events,
    (select count(*) from curated.quotes q where q.article_id = a.article_id)                          as num_quotes,
    (select count(distinct m.entity_id) from curated.mentions m where m.article_id = a.article_id)     as num_entities
from curated.articles a;
comment on view analyst.articles is 'one row per article, with its join-back ids (source_record_id, url, source_uri) and counts found in it';
