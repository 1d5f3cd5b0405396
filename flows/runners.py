"""Task runners for ``sitrep run --runner``: a Dask cluster (local by default) for the mapped NLP work."""

from __future__ import annotations


def dask_task_runner(address: str | None = None, workers: int = 2):
    """A ``DaskTaskRunner``: on the scheduler at ``address``, or a fresh ``LocalCluster`` of ``workers`` processes.

    Local workers are single-threaded processes (spaCy holds the GIL), without a dashboard (no port to claim).
    """
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    )
