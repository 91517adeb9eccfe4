"""Task runners for the batch flow: where packets are processed in parallel.

medspaCy pipelines and PDFium are not thread-safe, so parallelism is by processes, each
loading the NLP pipeline once: a local process pool (default), a local Dask cluster of
single-threaded worker processes, or an existing Dask cluster by address. The
``thread`` runner processes one packet at a time in the flow's own process (no start-up
cost; useful for small inboxes and tests).
"""

from __future__ import annotations

import logging
from enum import StrEnum

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner


class RunnerKind(StrEnum):
    process = "process"
    thread = "thread"
    dask = "dask"


def warm_worker() -> None:
    """Load the NLP pipeline once when a worker process starts (it is cached per process)."""
    from pipeline.nlp import load_nlp

    load_nlp()


def make_task_runner(
    kind: RunnerKind | str = RunnerKind.process,
    workers: int = 1,
    dask_address: str | None = None,
) -> TaskRunner:
    """The task runner for ``kind``; a Dask address always means Dask."""
    if dask_address or RunnerKind(kind) is RunnerKind.dask:
        # The scheduler and nannies of a local cluster log every worker start and stop.
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    kind = RunnerKind(kind)
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if kind is RunnerKind.thread:
        return ThreadPoolTaskRunner(max_workers=1)
    if kind is RunnerKind.process:
        return ProcessPoolTaskRunner(max_workers=workers, initializer=warm_worker)
    from prefect_dask import DaskTaskRunner

    return DaskTaskRunner(
        cluster_class="distributed.LocalCluster",
        cluster_kwargs={
            "n_workers": workers,
            "threads_per_worker": 1,
            "processes": True,
            "dashboard_address": None,
        },
    )
