"""Task runners for the batch flow: where packets are processed in parallel.

medspaCy pipelines and PDFium are not thread-safe, so parallelism is by processes, each
loading the NLP pipeline once: a local process pool (default), a local Dask cluster of
single-threaded worker processes, or an existing Dask cluster by address. The
``thread`` runner processes one packet at a time in the flow's own process (no start-up
cost; useful for small inboxes and tests).
"""

from __future__ import annotations

import contextlib
import logging
from enum import StrEnum

from prefect.task_runners import ProcessPoolTaskRunner, TaskRunner, ThreadPoolTaskRunner


class RunnerKind(StrEnum):
    process = "process"
    thread = "thread"
    dask = "dask"


def warm_worker() -> None:
    """Set a worker process up when it starts: only the flow stops it (its own process
    group, Ctrl-C ignored, dies with its parent) and the NLP pipeline is loaded once."""
    from pipeline.nlp import load_nlp
    from pipeline.shutdown import worker_signals

    worker_signals()
    load_nlp()


FORWARDER_STOP_SECONDS = 1.0


def stop_workers(task_runner: TaskRunner) -> None:
    """End the worker processes of a process-pool runner now, packets in progress
    included (a run asked to stop must not wait for them); other runners are left to
    finish as they do.

    Prefect 3.9's ``ProcessPoolTaskRunner`` has no public way to do this, so its
    internals are used, each looked up defensively (a later Prefect without them only
    makes stopping slower, never wrong). Its workers send logs and events to the parent
    over one queue; a worker killed while writing to it leaves the queue's lock taken,
    and the runner's ``__exit__`` then waits 5 s for its message thread. So that thread
    is stopped first, while the workers are alive, and the queue told not to wait.
    """
    from prefect import task_runners as prefect_runners

    from pipeline.shutdown import end_worker

    executor = getattr(task_runner, "_executor", None)
    processes = list((getattr(executor, "_processes", None) or {}).values())
    if not processes:
        return
    messages = getattr(task_runner, "_subprocess_message_queue", None)
    forwarder = getattr(task_runner, "_message_forwarding_thread", None)
    shutdown = getattr(prefect_runners, "_PROCESS_POOL_MESSAGE_QUEUE_SHUTDOWN", None)
    if messages is not None and forwarder is not None and shutdown is not None:
        with contextlib.suppress(ValueError, OSError):
            messages.put_nowait(shutdown)
            forwarder.join(timeout=FORWARDER_STOP_SECONDS)
            messages.cancel_join_thread()
    for process in processes:
        if process.pid is not None:
            end_worker(process.pid)


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
