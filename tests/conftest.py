"""Session-wide fixtures: the NLP pipeline and the Prefect test harness, each built once."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_RECORDS = REPO_ROOT / "sample_records"

# Prefect must never reach the network or a shared home from tests.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
if "PREFECT_HOME" not in os.environ:
    # The home this session made (its database, logs) goes when the session ends, so test runs
    # do not pile up Prefect homes under /tmp; a home given by the caller is the caller's.
    _session_prefect_home = tempfile.mkdtemp(prefix="authreview-prefect-test-")
    os.environ["PREFECT_HOME"] = _session_prefect_home
    atexit.register(shutil.rmtree, _session_prefect_home, ignore_errors=True)


class _CurrentStderr:
    """Whatever ``sys.stderr`` is when written to. pytest swaps ``sys.stderr`` for each
    test's capture and closes it after the test; a handler bound to it would later fail
    with "I/O operation on closed file" and print a traceback quoting another test's
    source into the running test's stderr."""

    def write(self, text: str) -> int:
        return sys.stderr.write(text)

    def flush(self) -> None:
        sys.stderr.flush()

    def __getattr__(self, name: str):
        return getattr(sys.stderr, name)


_CURRENT_STDERR = _CurrentStderr()


def _prints_to_console(handler: logging.Handler) -> bool:
    """A stream handler writing to the terminal, a pytest capture, or a closed stream
    (pytest's own capture handlers and file handlers are left alone)."""
    if not isinstance(handler, logging.StreamHandler) or isinstance(handler, logging.FileHandler):
        return False
    if type(handler).__module__.startswith("_pytest"):
        return False
    stream = handler.stream
    return (
        stream is sys.stderr
        or stream is sys.__stderr__
        or getattr(stream, "closed", False)
        or type(stream).__module__.startswith("_pytest")
    )


def _console_handlers_follow_stderr() -> None:
    """Point console log handlers (Prefect's rich handler, ``logging.basicConfig``'s)
    made during some test at the current ``sys.stderr`` instead of that test's capture."""
    loggers = [logging.getLogger()] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    for logger in loggers:
        for handler in logger.handlers:
            if not _prints_to_console(handler):
                continue
            handler.stream = _CURRENT_STDERR
            console = getattr(handler, "console", None)  # Prefect's rich Console
            if console is not None:
                console.file = None  # rich then writes to sys.stderr as it is at the time
                console.stderr = True


@pytest.fixture(autouse=True)
def _log_handlers_follow_stderr() -> Iterator[None]:
    """Handlers a test's code set up outlive the test's capture stream: before and after
    every test (so session teardown too) they are pointed at the current stderr."""
    _console_handlers_follow_stderr()
    yield
    _console_handlers_follow_stderr()


def sample_packets() -> list[Path]:
    """Every packet in sample_records/: PDF files and packet folders, sorted by name."""
    from pipeline.labels import packets_in

    return packets_in(SAMPLE_RECORDS)


@pytest.fixture(scope="session")
def nlp():
    """The real medspaCy pipeline, loaded once for the whole test session."""
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """One Prefect test server for the session; heartbeats off so flow runs exit fast."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with (
        prefect_test_harness(server_startup_timeout=120),
        temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}),
    ):
        yield
