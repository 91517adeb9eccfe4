"""The Prefect API a batch run reports to.

With ``PREFECT_API_URL`` configured (a Prefect server, see docs/scaling.md) that server
is used. Without one, Prefect would start an ephemeral API per process, so every
worker process of the run would start (and wait ~20 s for) its own server and report
its task runs there. ``prefect_api`` instead starts one temporary local server for the
run and exports its URL, so the flow and all its worker processes share it.

That server must outlive the run's last report. A terminal's Ctrl-C goes to the whole
process group and systemd's stop sends SIGTERM to every process of the service; a
server that died with them would leave the stopping run retrying against a closed port
for minutes ("Error logging to API ... Connection refused"). So the server runs in a
session of its own with SIGINT and SIGTERM blocked, and the run ends it itself, last,
with SIGKILL (its SQLite database is safe against that).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from pipeline.shutdown import POLL_SECONDS, StopRequest

STARTUP_TIMEOUT_SECONDS = 120
DRAIN_TIMEOUT_SECONDS = 3.0


class TemporaryServer:
    """A local Prefect API in a child process, started the way Prefect starts its own
    ephemeral server (``prefect.server.api.server.SubprocessASGIServer``)."""

    def __init__(self) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def _command(self) -> list[str]:
        import prefect

        return [
            sys.executable,
            "-m",
            "uvicorn",
            "--app-dir",
            str(prefect.__module_path__.parent),
            "--factory",
            "prefect.server.api.server:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--log-level",
            "error",
            "--lifespan",
            "on",
        ]

    def _environment(self) -> dict[str, str]:
        from prefect.settings import get_current_settings

        return {
            **os.environ,
            "PREFECT_UI_ENABLED": "0",
            "PREFECT__SERVER_EPHEMERAL": "1",
            "PREFECT__SERVER_FINAL": "1",
            **get_current_settings().to_environment_variables(exclude_unset=True),
        }

    def start(
        self, stop: StopRequest | None = None, timeout: float = STARTUP_TIMEOUT_SECONDS
    ) -> None:
        """Start the server and wait until it answers; ``stop`` aborts the wait."""
        import httpx

        blocked = {signal.SIGINT, signal.SIGTERM}
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, blocked)  # inherited by the child
        try:
            self.process = subprocess.Popen(
                self._command(),
                env=self._environment(),
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        deadline = time.monotonic() + timeout
        with httpx.Client() as client:
            while True:
                if stop is not None:
                    stop.check()
                if self.process.poll() is not None:
                    raise RuntimeError(
                        f"the temporary Prefect server exited with code {self.process.returncode}"
                    )
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"the temporary Prefect server did not start in {timeout} s")
                time.sleep(POLL_SECONDS / 2)

    def stop(self) -> None:
        if self.process is None:
            return
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.process = None


@contextmanager
def prefect_api(stop: StopRequest | None = None) -> Iterator[str]:
    """The configured Prefect API URL, or a temporary local server's for this block.

    ``stop`` (a stop request) aborts the server's start-up with ``Interrupted``.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield str(configured)
        return

    server = TemporaryServer()
    previous = os.environ.get("PREFECT_API_URL")
    try:
        server.start(stop)
        os.environ["PREFECT_API_URL"] = server.api_url  # inherited by worker processes
        _refresh_global_settings()  # seen by threads, which do not inherit contexts
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            try:
                yield server.api_url
            finally:
                _drain_prefect_workers()
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:  # pragma: no cover - only reached when set between the check and here
            os.environ["PREFECT_API_URL"] = previous
        _refresh_global_settings()
        server.stop()


def _refresh_global_settings() -> None:
    """Rebuild Prefect's process-wide settings from the environment.

    Threads Prefect starts (the process pool's message forwarder among them) see the
    settings captured when Prefect was imported, not a ``temporary_settings`` block:
    without this, the forwarder finds no API URL and starts a second, hidden ephemeral
    server for the workers' events, seconds of start-up that can land in a shutdown.
    """
    from prefect import context

    refresh = getattr(context, "refresh_global_settings_context", None)
    if refresh is not None:
        refresh()


def _drain_prefect_workers() -> None:
    """Send queued logs and events before the server goes away (at most a few seconds).

    Otherwise Prefect's background workers retry against the stopped server at exit,
    holding the process for over a minute (as ``prefect_test_harness`` also avoids).
    """
    import inspect

    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker
    from prefect.utilities.asyncutils import run_coro_as_sync

    async def drain() -> None:
        for service in (APILogWorker, EventsWorker):
            result = service.drain_all(timeout=DRAIN_TIMEOUT_SECONDS)
            if inspect.isawaitable(result):
                await result

    run_coro_as_sync(drain())
