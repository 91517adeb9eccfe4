"""The Prefect API a batch run reports to.

With ``PREFECT_API_URL`` configured (a Prefect server, see docs/scaling.md) that server
is used. Without one, Prefect would start an ephemeral API per process, so every
worker process of the run would start (and wait ~20 s for) its own server and report
its task runs there. ``prefect_api`` instead starts one temporary local server for the
run and exports its URL, so the flow and all its worker processes share it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

STARTUP_TIMEOUT_SECONDS = 120


@contextmanager
def prefect_api() -> Iterator[str]:
    """The configured Prefect API URL, or a temporary local server's for this block."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield str(configured)
        return

    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=STARTUP_TIMEOUT_SECONDS)
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by worker processes
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:  # pragma: no cover - only reached when set between the check and here
            os.environ["PREFECT_API_URL"] = previous
        _drain_prefect_workers()
        server.stop()


def _drain_prefect_workers() -> None:
    """Send queued logs and events before the server goes away.

    Otherwise Prefect's background workers retry against the stopped server at exit,
    holding the process for over a minute (as ``prefect_test_harness`` also avoids).
    """
    import inspect

    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        try:
            result = APILogWorker.instance().drain()
            if inspect.isawaitable(result):
                await result
        except RuntimeError:  # the log worker never started
            pass
        result = EventsWorker.drain_all()
        if inspect.isawaitable(result):
            await result

    run_coro_as_sync(drain())
