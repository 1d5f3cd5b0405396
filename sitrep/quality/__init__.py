"""Run-level data quality: the error-share gate and drift checks against earlier runs (plain Python)."""
