"""Session-wide fixtures: the NLP pipeline and the Prefect test harness, each built once."""

from __future__ import annotations

import atexit
import os
import shutil
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
