"""Task runners for ``sitrep run --runner``: a Dask cluster (local by default) for the mapped NLP work."""

from __future__ import annotations


def dask_task_runner(address: str | None = None, workers: int = 2):
    """A ``DaskTaskRunner``: on the scheduler at ``address``, or a fresh ``LocalCluster`` of ``workers`` processes.

    Local workers are single-threaded processes (spaCy holds the GIL). The scheduler's HTTP server (its
    dashboard, none without bokeh) takes a free port (``":0"``): with ``None`` distributed still binds the default
    8787 and warns when another cluster (a parallel test run) holds it.
    """
    from prefect_dask import DaskTaskRunner

    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(
        cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": ":0"}
    )
