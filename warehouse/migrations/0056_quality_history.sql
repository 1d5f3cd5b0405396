-- 0056: quality history: every check's outcomes over the runs, newest first.

-- one row per check per run, with run_rank 1 = the newest run that ran this check
create or replace view quality.check_history as
select
    c.stage,
    c.table_name,
    c.check_name,
    coalesce(c.details->>'severity', 'error') as severity,
    c.run_id,
    r.started_at,
    r.status as run_status,
    c.success,
    c.unexpected_count,
    row_number() over (
        partition by c.stage, c.table_name, c.check_name order by r.started_at desc nulls last, c.checked_at desc
    ) as run_rank
from quality.check_results c
left join ops.pipeline_runs r using (run_id);
