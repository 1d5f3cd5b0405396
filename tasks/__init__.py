"""Thin Prefect tasks, one job each: they call the domain (``sitrep``), the suites and the warehouse."""
