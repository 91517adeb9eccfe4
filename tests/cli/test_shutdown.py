"""SIGINT / SIGTERM stop `authreview process` and `authreview batch` mid-packet within
10 s (container runtimes kill at 10 s), without a traceback; finished packets are in
index.html, worker processes are gone, and batch claims are given back without
counting an attempt."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_RECORDS

LIMIT_SECONDS = 10
PACKETS = ("sij-001-fax", "sij-003", "sij-004", "sij-006", "sij-009", "sij-013", "sij-015")


def _inbox(root: Path) -> Path:
    inbox = root / "inbox"
    inbox.mkdir()
    for name in PACKETS:
        shutil.copy(SAMPLE_RECORDS / f"{name}.pdf", inbox / f"{name}.pdf")
    return inbox


def _finished(out: Path) -> list[str]:
    return sorted(p.parent.name for p in out.glob("*/determination.json"))


MARK = "AUTHREVIEW_SHUTDOWN_TEST_MARK"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def _marked_processes(mark: str) -> list[int]:
    """Processes (workers, their OCR subprocesses) still carrying the run's marker in
    their environment, wherever they were reparented."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            if f"{MARK}={mark}".encode() in (proc / "environ").read_bytes().split(b"\0"):
                found.append(int(proc.name))
        except OSError:
            continue
    return found


def _stop_mid_run(
    command: list[str],
    out: Path,
    signum: int,
    log: Path,
    env=None,
    expect_code: int | None = None,
    ready=_finished,
) -> float:
    """Start ``command`` in its own process group, wait until a packet has finished
    while others are in progress, send ``signum`` (to the group for SIGINT, as a
    terminal's Ctrl-C does; to the process for SIGTERM, as systemd and docker do) and
    return the seconds until it exited."""
    mark = str(log)
    env = {**(env or os.environ), MARK: mark}
    with open(log, "wb") as sink:
        child = subprocess.Popen(
            command, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True, env=env
        )
    try:
        deadline = time.monotonic() + 300
        while not ready(out):
            assert child.poll() is None, "ended early:\n" + log.read_text()[-3000:]
            assert time.monotonic() < deadline, "no packet finished:\n" + log.read_text()[-3000:]
            time.sleep(0.05)
        assert len(_finished(out)) < len(PACKETS), "the run finished before the signal"
        sent = time.monotonic()
        if signum == signal.SIGINT:
            os.killpg(child.pid, signum)
        else:
            os.kill(child.pid, signum)
        child.wait(timeout=60)
        elapsed = time.monotonic() - sent
    finally:
        if _group_alive(child.pid):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + 3  # a process may take a moment to be reaped
    while (left := _marked_processes(mark)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "worker processes outlived the command"
    expected = 128 + signum if expect_code is None else expect_code
    assert child.returncode == expected, log.read_text()[-3000:]
    return elapsed


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_process_stops_mid_packet_within_10_s(tmp_path, signum):
    inbox = _inbox(tmp_path)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "process",
        *sorted(map(str, inbox.iterdir())),
        "--out",
        str(out),
        "--workers",
        "2",
    ]
    log = tmp_path / "process.log"

    elapsed = _stop_mid_run(command, out, signum, log)

    print(f"process: {signal.Signals(signum).name} to exit {elapsed:.2f} s")
    text = log.read_text()
    assert elapsed < LIMIT_SECONDS, text[-3000:]
    assert "Traceback" not in text, text[-3000:]
    assert f"stopped by {signal.Signals(signum).name}" in text
    index = (out / "index.html").read_text()
    for name in _finished(out):
        assert f'href="{name}/report.html"' in index


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_batch_stops_mid_packet_within_10_s_and_gives_claims_back(tmp_path, signum):
    from flows.store import STORE_FILE, PacketStatus, Store

    inbox = _inbox(tmp_path)
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "batch",
        "--inbox",
        str(inbox),
        "--out",
        str(out),
        "--workers",
        "2",
        "--runner",
        "process",
    ]
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # its own server
    log = tmp_path / "batch.log"

    elapsed = _stop_mid_run(command, out, signum, log, env=env)

    print(f"batch: {signal.Signals(signum).name} to exit {elapsed:.2f} s")
    text = log.read_text()
    assert elapsed < LIMIT_SECONDS, text[-3000:]
    for noise in ("Traceback", "Error logging to API", "Connection refused"):
        assert noise not in text, text[-3000:]
    assert f"stopped by {signal.Signals(signum).name}" in text
    store = Store(out / STORE_FILE)
    records = store.records()
    assert not [r for r in records if r.status is PacketStatus.claimed]
    released = store.event_counts("released")
    assert released, "a packet was in progress when the signal came"
    for record in records:  # a given-back packet kept no attempt
        assert record.attempts == 1 and record.status is PacketStatus.done
        assert record.sha256 not in released
    index = (out / "index.html").read_text()
    for name in _finished(out):
        assert f'href="{name}/report.html"' in index
    summary = (out / "batch_summary.json").read_text()
    assert f'"interrupted": "{signal.Signals(signum).name}"' in summary


def _settled_in_store(out: Path) -> bool:
    """A packet is done in the batch store (not only written to disk)."""
    from flows.store import STORE_FILE, PacketStatus, Store

    if not (out / STORE_FILE).exists():
        return False
    return any(r.status is PacketStatus.done for r in Store(out / STORE_FILE).records())


def _deployment_id(name: str, deadline: float):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            try:
                return client.read_deployment_by_name(f"process-inbox/{name}").id
            except Exception:  # not registered yet
                time.sleep(0.5)
    raise AssertionError(f"deployment {name} never appeared")


def _with_sigint_ignored(command: list[str]) -> list[str]:
    """``command`` started as a non-interactive shell starts a background job (``cmd &``,
    how CI runners and init scripts often start commands): with SIGINT ignored."""
    start = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); "
        "os.execv(sys.argv[1], sys.argv[1:])"
    )
    return [sys.executable, "-c", start, *command]


@pytest.mark.slow
@pytest.mark.usefixtures("prefect_harness")
@pytest.mark.parametrize(
    ("signum", "sigint_ignored"),
    [(signal.SIGTERM, False), (signal.SIGINT, False), (signal.SIGINT, True)],
    ids=["SIGTERM", "SIGINT", "SIGINT-started-ignored"],
)
def test_serve_stops_mid_packet_within_10_s(tmp_path, signum, sigint_ignored):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL

    from flows.store import STORE_FILE, PacketStatus, Store

    inbox = _inbox(tmp_path)
    out = tmp_path / "out"
    name = f"shutdown-{signal.Signals(signum).name.lower()}{'-ignored' if sigint_ignored else ''}"
    env = {
        **os.environ,
        "PREFECT_API_URL": str(PREFECT_API_URL.value()),  # the test server schedules
        "PREFECT_RUNNER_POLL_FREQUENCY": "1",
    }
    command = [
        sys.executable,
        "-m",
        "pipeline.cli",
        "serve",
        "--inbox",
        str(inbox),
        "--out",
        str(out),
        "--workers",
        "2",
        "--cron",
        "0 0 1 1 *",
        "--name",
        name,
    ]
    if sigint_ignored:  # Ctrl-C still stops it, as it stops its flow run
        command = _with_sigint_ignored(command)
    log = tmp_path / "serve.log"

    def trigger_when_served() -> None:
        deployment = _deployment_id(name, time.monotonic() + 120)
        run_deployment(deployment, timeout=0)

    import threading

    threading.Thread(target=trigger_when_served, daemon=True).start()
    elapsed = _stop_mid_run(
        command, out, signum, log, env=env, expect_code=0, ready=_settled_in_store
    )

    print(f"serve: {signal.Signals(signum).name} to exit {elapsed:.2f} s")
    text = log.read_text()
    assert elapsed < LIMIT_SECONDS, text[-3000:]
    for noise in ("Traceback", "Error logging to API", "Connection refused"):
        assert noise not in text, text[-3000:]
    assert "authreview serve stopped." in text
    store = Store(out / STORE_FILE)
    assert not [r for r in store.records() if r.status is PacketStatus.claimed]
    assert all(r.attempts == 1 for r in store.records())
    archived = sorted(p.stem for p in (out / "archive").iterdir())
    assert archived and set(archived) <= set(_finished(out))
