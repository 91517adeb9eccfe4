"""The batch flow: skip by content hash, quarantine, bounded retries, resumable, Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows.batch import SUMMARY_FILE, BatchRun, BatchSummary
from flows.outcome import PacketOutcome
from flows.store import STORE_FILE, PacketStatus, Store
from tests.flows.packets import fill_inbox

pytestmark = pytest.mark.usefixtures("prefect_harness")


def _determinations(out: Path) -> list[str]:
    return sorted(p.parent.name for p in out.glob("*/determination.json"))


def test_batch_processes_good_quarantines_bad_and_skips_them_on_rerun(tmp_path, nlp):
    from flows.batch import process_inbox

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    fill_inbox(inbox, good=2, bad=1)

    first = process_inbox(inbox=str(inbox), out_dir=str(out), runner="thread", show_names=True)
    assert (first.found, first.processed, first.quarantined) == (3, 2, 1)
    assert _determinations(out) == ["pkt-00", "pkt-01"]
    assert not (inbox / "bad-00.pdf").exists()
    reason = json.loads((out / "quarantine" / "bad-00.pdf.reason.json").read_text())
    assert reason["error_code"] == "E101"
    assert BatchSummary.model_validate_json((out / SUMMARY_FILE).read_text()) == first

    second = process_inbox(inbox=str(inbox), out_dir=str(out), runner="thread", show_names=True)
    assert (second.found, second.processed, second.skipped_done) == (2, 0, 2)
    records = Store(out / STORE_FILE).records()
    assert sorted((r.packet_id, r.status, r.attempts) for r in records) == [
        ("bad-00", PacketStatus.quarantined, 1),
        ("pkt-00", PacketStatus.done, 1),
        ("pkt-01", PacketStatus.done, 1),
    ]


def test_batch_renamed_copy_of_a_processed_packet_is_not_processed_again(tmp_path, nlp):
    from flows.batch import process_inbox

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    (original,) = fill_inbox(inbox, good=1)
    process_inbox(inbox=str(inbox), out_dir=str(out), runner="thread")
    original.rename(inbox / "resent-by-fax.pdf")
    again = process_inbox(inbox=str(inbox), out_dir=str(out), runner="thread")
    assert (again.processed, again.skipped_done) == (0, 1)


def test_batch_unexpected_errors_are_retried_then_quarantined(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    fill_inbox(inbox, good=1)
    run = BatchRun(inbox, out, max_attempts=3)
    (packet,) = run.discover()
    failure = PacketOutcome(
        source=str(packet.path),
        packet_id=packet.packet_id,
        status="error",
        error_code="E900",
        error_reason="unexpected KeyError at engine.py:12",
    )
    retries = []
    while run.claim(packet):
        retries.append(run.settle(packet, failure))
    assert retries == [True, True, False]
    record = Store(out / STORE_FILE).get(packet.sha256)
    assert (record.status, record.attempts) == (PacketStatus.quarantined, 3)
    assert (out / "quarantine" / packet.path.name).exists()
    assert not run.claim(packet)


def test_batch_single_packet_flow(tmp_path, nlp):
    from flows.batch import process_packet_flow

    (pdf,) = fill_inbox(tmp_path / "inbox", good=1)
    outcome = process_packet_flow(path=str(pdf), out_dir=str(tmp_path / "out"))
    assert outcome.status == "done"
    assert outcome.met + outcome.not_met + outcome.insufficient > 0
    assert _determinations(tmp_path / "out") == ["pkt-00"]


@pytest.mark.slow
def test_batch_on_a_local_dask_cluster_with_two_workers(tmp_path):
    from flows.batch import process_inbox

    inbox, out = tmp_path / "inbox", tmp_path / "out"
    fill_inbox(inbox, good=3, bad=1)
    summary = process_inbox(inbox=str(inbox), out_dir=str(out), runner="dask", workers=2)
    assert (summary.processed, summary.quarantined) == (3, 1)
    assert _determinations(out) == ["pkt-00", "pkt-01", "pkt-02"]


def _batch_command(inbox: Path, out: Path) -> list[str]:
    """`authreview batch` with the default process-pool runner and one worker process."""
    return [
        sys.executable,
        "-m",
        "pipeline.cli",
        "batch",
        "--inbox",
        str(inbox),
        "--out",
        str(out),
        "--runner",
        "process",
        "--workers",
        "1",
    ]


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


def _environment() -> dict[str, str]:
    """The test's Prefect server for the child, so it starts no server of its own."""
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": str(PREFECT_API_URL.value())}


@pytest.mark.slow
def test_batch_killed_partway_then_rerun_processes_every_packet_exactly_once(tmp_path):
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    packets = fill_inbox(inbox, good=8)
    env = _environment()

    log = tmp_path / "first-run.log"
    with open(log, "wb") as sink:
        child = subprocess.Popen(
            _batch_command(inbox, out),
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 300
        while not _determinations(out):
            assert child.poll() is None, "first run ended early:\n" + _tail(log)
            assert time.monotonic() < deadline, "no output within 300 s:\n" + _tail(log)
            time.sleep(0.02)
    finally:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait()

    store = Store(out / STORE_FILE)
    done_first = {r.sha256 for r in store.records() if r.status is PacketStatus.done}
    assert len(done_first) < len(packets), "the run finished before it was killed"

    rerun = subprocess.run(
        _batch_command(inbox, out), env=env, capture_output=True, text=True, timeout=600
    )
    assert rerun.returncode == 0, (rerun.stdout + rerun.stderr)[-3000:]

    records = store.records()
    table = "\n".join(f"{r.packet_id} {r.status} attempts={r.attempts}" for r in records)
    assert len(records) == len(packets), table
    assert all(r.status is PacketStatus.done for r in records), table
    assert store.event_counts("done") == {r.sha256: 1 for r in records}
    claims = store.event_counts("claimed")
    abandoned = store.event_counts("abandoned")
    for record in records:
        if record.sha256 in done_first:
            assert record.attempts == 1 and claims[record.sha256] == 1
        else:
            # Either never started before the kill, or in flight and taken over once.
            assert record.attempts == 1 + abandoned.get(record.sha256, 0) <= 2
    assert len(abandoned) <= 1, "at most one packet per worker is in flight"
    assert _determinations(out) == sorted(p.stem for p in packets)
    summary = BatchSummary.model_validate_json((out / SUMMARY_FILE).read_text())
    assert summary.processed == len(packets) - len(done_first)
    assert summary.skipped_done == len(done_first)
