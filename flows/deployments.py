"""Scheduled deployments served from this process (needs a running `prefect server start`)."""

from __future__ import annotations

from prefect import serve

from flows.pipeline import pipeline


def build_deployments(warehouse: str, watch: list[str], cron: str = "0 * * * *") -> list:
    """Hourly (by default) ingest+dedup+extract of the watched folders, and a nightly fast dedup pass."""
    watched = pipeline.to_deployment(
        name="watched-folder",
        cron=cron,
        parameters={"sources": watch, "warehouse": warehouse},
        description="Ingest new files from the watched folders and update the warehouse.",
        tags=["sitrep", "scheduled"],
    )
    nightly_dedup = pipeline.to_deployment(
        name="nightly-dedup",
        cron="30 2 * * *",
        parameters={"sources": watch, "warehouse": warehouse, "until": "dedup"},
        description="Fast ingest + dedup pass (no NLP) over the watched folders.",
        tags=["sitrep", "scheduled"],
    )
    return [watched, nightly_dedup]


def serve_deployments(warehouse: str, watch: list[str], cron: str = "0 * * * *") -> None:
    """Serve the deployments from this process until interrupted (needs `prefect server start`)."""
    serve(*build_deployments(warehouse, watch, cron))


if __name__ == "__main__":
    import sys

    from sitrep.config import DEFAULT_SOURCE, Settings

    serve_deployments(Settings.from_env().warehouse, sys.argv[1:] or [DEFAULT_SOURCE])
