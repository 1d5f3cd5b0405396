-- 0051 (throughput): what each derived stage's published output was computed from, so an unchanged re-run
-- skips dedup and extraction instead of recomputing them over the whole corpus.
-- one row per stage ('dedup', 'extract'): the fingerprint of the stage's inputs (articles, captions, cached
-- analyses, code) as they stood right after its last successful publish
create table ops.stage_inputs (
    stage       varchar not null,
    fingerprint varchar not null,
    run_id      varchar,
    recorded_at timestamptz
);
comment on table ops.stage_inputs is 'one row per derived stage: fingerprint of the inputs of its last publish';
