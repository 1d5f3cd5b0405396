-- 0050 (throughput): run lineage. ops.pipeline_runs keeps its grain (one row per pipeline run) and its
-- contract columns; these columns add what `sitrep runs` lists: the Prefect flow-run id, the code version
-- that ran, how the work was spread (task runner, worker processes) and per-stage wall-clock timings.
alter table ops.pipeline_runs add column flow_run_id varchar;
alter table ops.pipeline_runs add column code_version varchar;
alter table ops.pipeline_runs add column runner varchar;
alter table ops.pipeline_runs add column workers integer;
-- {"ingest": {"seconds": 1.2}, "dedup": {...}, "nlp": {...}, "extract": {...}, "report": {...}}
alter table ops.pipeline_runs add column stage_timings json;
