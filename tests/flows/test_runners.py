"""Task runner choice: every parallel runner isolates the NLP pipeline in its own process."""

from __future__ import annotations

import pytest
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner
from prefect_dask import DaskTaskRunner

from flows.runners import make_task_runner, warm_worker


def test_runners_process_pool_loads_the_nlp_once_per_worker():
    runner = make_task_runner("process", workers=3)
    assert isinstance(runner, ProcessPoolTaskRunner)
    assert runner._max_workers == 3
    assert runner._initializer is warm_worker


def test_runners_thread_runner_never_shares_the_pipeline_between_threads():
    runner = make_task_runner("thread", workers=4)
    assert isinstance(runner, ThreadPoolTaskRunner)
    assert runner._max_workers == 1


def test_runners_local_dask_cluster_has_single_threaded_worker_processes():
    runner = make_task_runner("dask", workers=2)
    assert isinstance(runner, DaskTaskRunner)
    assert runner.cluster_kwargs["n_workers"] == 2
    assert runner.cluster_kwargs["threads_per_worker"] == 1
    assert runner.cluster_kwargs["processes"] is True


def test_runners_dask_address_wins_over_the_runner_kind():
    runner = make_task_runner("process", workers=2, dask_address="tcp://10.0.0.5:8786")
    assert isinstance(runner, DaskTaskRunner)
    assert runner.address == "tcp://10.0.0.5:8786"


def test_runners_reject_zero_workers():
    with pytest.raises(ValueError, match="at least 1"):
        make_task_runner("process", workers=0)
