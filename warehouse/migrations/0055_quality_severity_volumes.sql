-- 0055: severities, per-stage volumes and per-run metrics (for the error-share gate and drift checks).

-- (a check's severity, 'error' or 'warn', is kept in quality.check_results.details->>'severity'; absent = error)

-- one row per run, stage and validated table: rows staged (in), rows kept (out), rows quarantined
create table if not exists quality.stage_volumes (
    run_id           varchar not null,
    stage            varchar not null,
    table_name       varchar not null,
    rows_in          bigint not null,
    rows_out         bigint not null,
    rows_quarantined bigint not null,
    error_share      double,
    checked_at       timestamptz
);
comment on table quality.stage_volumes is 'one row per run, stage and validated table: rows in / out / quarantined';

-- one row per run and metric: the numbers drift checks compare with earlier runs of the same sources
create table if not exists quality.run_metrics (
    run_id      varchar not null,
    sources_key varchar not null,
    metric      varchar not null,
    value       double,
    measured_at timestamptz
);
comment on table quality.run_metrics is 'one row per run and metric (volumes, shares, ratios) for drift checks';
