"""Prefect flows over the pipeline: one packet, and one batch run over an inbox.

The flows only compose plain functions: discovery and quarantine (``flows.inbox``),
the packet store (``flows.store``), one packet end to end (``flows.outcome.run_packet``
-> ``pipeline.process.process_packet``). One task per packet, never per page.

A batch run claims a packet in the store just before handing it to a worker and keeps
at most ``workers`` packets in flight, so a run killed partway leaves only the packets
really being processed as claimed; the next run reclaims those (their owner is gone),
skips every packet already done, and so every packet is completed exactly once.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from pathlib import Path
from typing import Any, Literal

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.logging import get_run_logger
from prefect.task_runners import TaskRunner
from pydantic import BaseModel, ConfigDict

from flows.inbox import InboxPacket, find_packets, packet_id_of, quarantine
from flows.outcome import RESULT_FIELDS, PacketOutcome, PacketResult, run_packet
from flows.runners import RunnerKind, make_task_runner
from flows.store import STORE_FILE, ClaimResult, Owner, Store
from pipeline.errors import UNEXPECTED_ERROR_CODE, WORKER_DIED_CODE, describe_unexpected
from pipeline.outputs import ensure_private_dir, write_json_atomic

SUMMARY_FILE = "batch_summary.json"
SUMMARIES_DIR = "batches"
DEFAULT_MAX_ATTEMPTS = 3


# --------------------------------------------------------------------------- summary


class PacketRow(PacketResult):
    """What a batch run did with one packet (no document text)."""

    packet_id: str
    sha256: str
    status: Literal["done", "quarantined"]
    attempts: int


class BatchSummary(BaseModel):
    """The batch summary file: counts and one row per packet handled in this run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    run_id: str
    inbox: str
    out_dir: str
    started_at: dt.datetime
    finished_at: dt.datetime
    found: int
    processed: int
    quarantined: int
    skipped_done: int
    skipped_quarantined: int
    skipped_busy: int
    packets: tuple[PacketRow, ...]

    @property
    def ok(self) -> bool:
        """True when no packet had to be quarantined in this run."""
        return self.quarantined == 0


# --------------------------------------------------------------------------- tasks


@task(
    name="process-packet",
    task_run_name="process-{packet_id}",
    persist_result=False,
    cache_policy=NO_CACHE,
)
def process_packet_task(
    source: str, out_dir: str, packet_id: str, ocr: bool = True
) -> PacketOutcome:
    """Process one packet in a worker; returns a summary, never document text."""
    return run_packet(Path(source), Path(out_dir), packet_id, ocr=ocr)


@flow(name="process-packet", persist_result=False, log_prints=False)
def process_packet_flow(path: str, out_dir: str) -> PacketOutcome:
    """One packet as a flow run (ad-hoc reprocessing from the Prefect UI or API)."""
    source = Path(path)
    return process_packet_task(str(source), out_dir, packet_id_of(source))


# --------------------------------------------------------------------------- batch logic


def _logger() -> logging.Logger | logging.LoggerAdapter[Any]:
    try:
        return get_run_logger()
    except Exception:  # outside a flow run (plain-function use)
        return logging.getLogger("authreview.batch")


def _future_outcome(future: PrefectFuture[PacketOutcome], packet: InboxPacket) -> PacketOutcome:
    """The task's outcome; a crashed worker becomes an unexpected error for that packet."""
    try:
        return future.result()
    except Exception as exc:
        return PacketOutcome(
            source=str(packet.path),
            packet_id=packet.packet_id,
            status="error",
            error_code=WORKER_DIED_CODE,
            error_reason=describe_unexpected(exc),
        )


class BatchRun:
    """One pass over an inbox: claims, dispatch, and the store transitions of each result."""

    def __init__(self, inbox: Path, out_dir: Path, *, max_attempts: int, ocr: bool = True) -> None:
        self.inbox = Path(inbox)
        self.ocr = ocr
        self.out_dir = ensure_private_dir(Path(out_dir), chmod_existing=False)
        self.max_attempts = max_attempts
        self.store = Store(self.out_dir / STORE_FILE)
        self.owner = Owner()
        self.rows: list[PacketRow] = []
        self.skipped: dict[ClaimResult, int] = dict.fromkeys(ClaimResult, 0)
        self.started_at = dt.datetime.now(dt.UTC)
        self.found = 0
        self.log = _logger()

    def discover(self) -> list[InboxPacket]:
        packets = find_packets(self.inbox, exclude=(self.out_dir,))
        self.found = len(packets)
        return packets

    def claim(self, packet: InboxPacket) -> bool:
        """True when this run should process ``packet`` now."""
        result = self.store.claim(
            packet.sha256,
            packet.packet_id,
            str(packet.path),
            self.owner,
            max_attempts=self.max_attempts,
        )
        if result is ClaimResult.claimed:
            return True
        if result is ClaimResult.exhausted:
            record = self.store.get(packet.sha256)
            code = (record.error_code if record else None) or "E902"
            reason = (record.error_reason if record else None) or "attempts exhausted"
            self._quarantine(packet, code, f"{reason}; gave up after {self.max_attempts} attempts")
            return False
        if result is ClaimResult.quarantined and packet.path.exists():
            # Quarantined earlier but still in the inbox (a run stopped mid-move): finish it.
            record = self.store.get(packet.sha256)
            if record is not None:
                quarantine(
                    packet,
                    self.out_dir,
                    error_code=record.error_code or "E902",
                    reason=record.error_reason or "quarantined",
                    attempts=record.attempts,
                )
        self.skipped[result] += 1
        return False

    def _quarantine(self, packet: InboxPacket, code: str, reason: str) -> None:
        record = self.store.get(packet.sha256)
        attempts = record.attempts if record else 0
        self.store.mark_quarantined(packet.sha256, self.owner, error_code=code, error_reason=reason)
        quarantine(packet, self.out_dir, error_code=code, reason=reason, attempts=attempts)
        self.rows.append(
            PacketRow(
                packet_id=packet.packet_id,
                sha256=packet.sha256,
                status="quarantined",
                attempts=attempts,
                error_code=code,
                error_reason=reason,
            )
        )
        self.log.warning("%s quarantined: %s", packet.packet_id, code)

    def settle(self, packet: InboxPacket, outcome: PacketOutcome) -> bool:
        """Record an outcome; True when the packet should be tried again in this run."""
        if outcome.status == "done":
            self.store.mark_done(
                packet.sha256,
                self.owner,
                determination=str(outcome.determination),
                output_path=outcome.output or "",
            )
            record = self.store.get(packet.sha256)
            self.rows.append(
                PacketRow(
                    packet_id=outcome.packet_id,
                    sha256=packet.sha256,
                    status="done",
                    attempts=record.attempts if record else 1,
                    **outcome.model_dump(include=RESULT_FIELDS - {"error_code", "error_reason"}),
                )
            )
            self.log.info("%s: %s", outcome.packet_id, outcome.determination)
            return False
        code = outcome.error_code or UNEXPECTED_ERROR_CODE
        reason = outcome.error_reason or "error"
        if outcome.status == "packet_error":
            self._quarantine(packet, code, reason)
            return False
        record = self.store.get(packet.sha256)
        if record is not None and record.attempts >= self.max_attempts:
            self._quarantine(packet, code, f"{reason}; gave up after {self.max_attempts} attempts")
            return False
        self.store.mark_failed(packet.sha256, self.owner, error_code=code, error_reason=reason)
        self.log.warning("%s failed (%s); will retry", packet.packet_id, code)
        return True

    def summary(self) -> BatchSummary:
        return BatchSummary(
            run_id=self.owner.run_id,
            inbox=str(self.inbox),
            out_dir=str(self.out_dir),
            started_at=self.started_at,
            finished_at=dt.datetime.now(dt.UTC),
            found=self.found,
            processed=sum(row.status == "done" for row in self.rows),
            quarantined=sum(row.status == "quarantined" for row in self.rows),
            skipped_done=self.skipped[ClaimResult.done],
            skipped_quarantined=self.skipped[ClaimResult.quarantined],
            skipped_busy=self.skipped[ClaimResult.busy],
            packets=tuple(self.rows),
        )

    def run(self, task_runner: TaskRunner, window: int) -> BatchSummary:
        """Process every unclaimed packet, ``window`` at a time, through ``task_runner``."""
        Store.register(self.owner)
        try:
            queue = deque(self.discover())
            in_flight: dict[PrefectFuture[PacketOutcome], InboxPacket] = {}
            with task_runner:
                while queue or in_flight:
                    while queue and len(in_flight) < window:
                        packet = queue.popleft()
                        if self.claim(packet):
                            future = task_runner.submit(
                                process_packet_task,
                                parameters={
                                    "source": str(packet.path),
                                    "out_dir": str(self.out_dir),
                                    "packet_id": packet.packet_id,
                                    "ocr": self.ocr,
                                },
                            )
                            in_flight[future] = packet
                    if not in_flight:
                        continue
                    future = next(as_completed(list(in_flight)))
                    packet = in_flight.pop(future)
                    if self.settle(packet, _future_outcome(future, packet)):
                        queue.append(packet)
        finally:
            Store.unregister(self.owner)
        summary = self.summary()
        write_summary(summary, self.out_dir)
        write_report_index(self.out_dir)
        return summary


def write_summary(summary: BatchSummary, out_dir: Path) -> Path:
    """Write this run's summary under ``batches/`` and as the latest ``batch_summary.json``."""
    payload = summary.model_dump(mode="json")
    stamp = summary.started_at.strftime("%Y%m%dT%H%M%SZ")
    write_json_atomic(out_dir / SUMMARIES_DIR / f"{stamp}-{summary.run_id[:8]}.json", payload)
    return write_json_atomic(out_dir / SUMMARY_FILE, payload)


def write_report_index(out_dir: Path) -> Path | None:
    """The reviewers' index page over every packet's report, when the report package exists."""
    try:
        from pipeline.report import write_index
    except ImportError:
        return None
    return write_index(out_dir)


# --------------------------------------------------------------------------- flows


@flow(name="process-inbox", persist_result=False, log_prints=False)
def process_inbox(
    inbox: str,
    out_dir: str,
    runner: RunnerKind = RunnerKind.process,
    workers: int = 1,
    dask_address: str | None = None,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    ocr: bool = True,
) -> BatchSummary:
    """Process every packet in ``inbox`` not yet processed (by content hash) into ``out_dir``.

    Bad packets are quarantined with a reason on the first ``PacketError``; unexpected
    errors are retried up to ``max_attempts`` in all, then quarantined. ``ocr=False``
    leaves image-only pages unread (with warnings).
    """
    task_runner = make_task_runner(runner, workers, dask_address)
    window = 1 if RunnerKind(runner) is RunnerKind.thread and not dask_address else workers
    batch = BatchRun(Path(inbox), Path(out_dir), max_attempts=max_attempts, ocr=ocr)
    return batch.run(task_runner, window)
