"""Prefect flows over the pipeline: one packet, and one batch run over an inbox.

The flows only compose plain functions: discovery and quarantine (``flows.inbox``),
the packet store (``flows.store``), one packet end to end (``flows.outcome.run_packet``
-> ``pipeline.process.process_packet``). One task per packet, never per page.

A batch run claims a packet in the store just before handing it to a worker and keeps
at most ``workers`` packets in flight, so a run killed partway leaves only the packets
really being processed as claimed; the next run reclaims those (their owner is gone),
skips every packet already done, and so every packet is completed exactly once. Asked
to stop (SIGINT/SIGTERM), a run ends its workers, gives those claims back without
counting an attempt, and writes its summary and index.html within seconds.

Logs, summaries, the store's packet ids and Prefect's task names call a packet by its
ref (a prefix of its content hash) unless ``show_names``: file names carry PHI. An
output folder is named by the packet's id, unique among the inbox's packets.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import deque
from pathlib import Path
from queue import Empty, SimpleQueue
from typing import Any, Literal

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture
from prefect.logging import get_run_logger
from prefect.task_runners import TaskRunner
from pydantic import BaseModel, ConfigDict

from flows.inbox import InboxPacket, archive, find_packets, packet_id_of, quarantine
from flows.outcome import RESULT_FIELDS, PacketOutcome, PacketResult, run_packet
from flows.runners import RunnerKind, make_task_runner, stop_workers
from flows.store import STORE_FILE, ClaimResult, Owner, Store
from pipeline.errors import UNEXPECTED_ERROR_CODE, WORKER_DIED_CODE, describe_unexpected
from pipeline.outputs import ensure_private_dir, packet_id_of_output, write_json_atomic
from pipeline.packet_ids import content_sha256, ref_of
from pipeline.shutdown import POLL_SECONDS, StopRequest, stop_on_signals

SUMMARY_FILE = "batch_summary.json"
SUMMARIES_DIR = "batches"
DEFAULT_MAX_ATTEMPTS = 3


# --------------------------------------------------------------------------- summary


class PacketRow(PacketResult):
    """What a batch run did with one packet (no document text). ``packet_id`` is its
    ref unless names are shown, and ``output`` is only given with names shown."""

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
    archived: int = 0
    """Processed packets moved out of the inbox into the archive folder."""
    released: int = 0
    """Packets in progress when the run was stopped, given back without an attempt."""
    interrupted: str | None = None
    """The signal that stopped the run (SIGINT, SIGTERM), if one did."""
    packets: tuple[PacketRow, ...]

    @property
    def ok(self) -> bool:
        """True when no packet had to be quarantined in this run."""
        return self.quarantined == 0

    @property
    def did_anything(self) -> bool:
        """False for a run that found nothing to do (an empty tick of ``serve``)."""
        return bool(self.packets or self.archived or self.released or self.interrupted)


# --------------------------------------------------------------------------- tasks


@task(
    name="process-packet",
    task_run_name="process-{ref}",
    persist_result=False,
    cache_policy=NO_CACHE,
)
def process_packet_task(
    source: str, out_dir: str, packet_id: str, ref: str, ocr: bool = True
) -> PacketOutcome:
    """Process one packet in a worker; returns a summary, never document text. Prefect
    names the task run by ``ref`` (its parameters are not sent to the API)."""
    return run_packet(Path(source), Path(out_dir), packet_id, ocr=ocr)


@flow(name="process-packet", persist_result=False, log_prints=False)
def process_packet_flow(path: str, out_dir: str) -> PacketOutcome:
    """One packet as a flow run (ad-hoc reprocessing from the Prefect UI or API)."""
    source = Path(path)
    ref = ref_of(content_sha256(source))
    return process_packet_task(str(source), out_dir, packet_id_of(source), ref)


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

    def __init__(
        self,
        inbox: Path,
        out_dir: Path,
        *,
        max_attempts: int,
        ocr: bool = True,
        show_names: bool = False,
        archive_dir: Path | None = None,
    ) -> None:
        self.inbox = Path(inbox)
        self.ocr = ocr
        self.show_names = show_names
        self.out_dir = ensure_private_dir(Path(out_dir), chmod_existing=False)
        self.archive_dir = Path(archive_dir) if archive_dir else None
        self.max_attempts = max_attempts
        self.store = Store(self.out_dir / STORE_FILE)
        self.owner = Owner()
        self.rows: list[PacketRow] = []
        self.skipped: dict[ClaimResult, int] = dict.fromkeys(ClaimResult, 0)
        self.started_at = dt.datetime.now(dt.UTC)
        self.found = 0
        self.archived = 0
        self.released = 0
        self.interrupted: str | None = None
        self.log = _logger()

    def name(self, packet: InboxPacket) -> str:
        """How logs, summaries and the store call the packet."""
        return packet.packet_id if self.show_names else packet.ref

    def discover(self) -> list[InboxPacket]:
        known = {sha: packet_id_of_output(Path(p)) for sha, p in self.store.output_paths().items()}
        excluded = tuple(p for p in (self.out_dir, self.archive_dir) if p is not None)
        packets = find_packets(self.inbox, exclude=excluded, known_ids=known)
        self.found = len(packets)
        return packets

    def _archive(self, packet: InboxPacket) -> None:
        if self.archive_dir is not None and archive(packet, self.archive_dir) is not None:
            self.archived += 1

    def claim(self, packet: InboxPacket) -> bool:
        """True when this run should process ``packet`` now."""
        result = self.store.claim(
            packet.sha256,
            self.name(packet),
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
        if result is ClaimResult.done:
            self._archive(packet)  # processed before (or a renamed copy): out of the inbox
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
                packet_id=self.name(packet),
                sha256=packet.sha256,
                status="quarantined",
                attempts=attempts,
                error_code=code,
                error_reason=reason,
            )
        )
        self.log.warning("%s quarantined: %s", self.name(packet), code)

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
            result = outcome.model_dump(include=RESULT_FIELDS - {"error_code", "error_reason"})
            if not self.show_names:
                result["output"] = None  # the path names the packet
            self.rows.append(
                PacketRow(
                    packet_id=self.name(packet),
                    sha256=packet.sha256,
                    status="done",
                    attempts=record.attempts if record else 1,
                    **result,
                )
            )
            self.log.info("%s: %s", self.name(packet), outcome.determination)
            self._archive(packet)
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
        self.log.warning("%s failed (%s); will retry", self.name(packet), code)
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
            archived=self.archived,
            released=self.released,
            interrupted=self.interrupted,
            packets=tuple(self.rows),
        )

    def run(self, task_runner: TaskRunner, window: int) -> BatchSummary:
        """Process every unclaimed packet, ``window`` at a time, through ``task_runner``.

        A run that had nothing to do writes nothing (an empty ``serve`` tick); any other
        writes its summary and index.html, a stopped run included.
        """
        Store.register(self.owner)
        try:
            with stop_on_signals() as stop:
                self._dispatch(task_runner, window, stop)
                self.interrupted = stop.name
        finally:
            Store.unregister(self.owner)
        summary = self.summary()
        if summary.did_anything:
            write_summary(summary, self.out_dir)
            write_report_index(self.out_dir)
        return summary

    def _dispatch(self, task_runner: TaskRunner, window: int, stop: StopRequest) -> None:
        """Claim, submit and settle until the inbox is done or a stop is requested; on
        the way out, nothing this run claimed is left claimed."""
        queue = deque() if stop.requested else deque(self.discover())
        in_flight: dict[PrefectFuture[PacketOutcome], InboxPacket] = {}
        finished: SimpleQueue[PrefectFuture[PacketOutcome]] = SimpleQueue()
        with task_runner:
            try:
                while (queue or in_flight) and not stop.requested:
                    while queue and len(in_flight) < window and not stop.requested:
                        packet = queue.popleft()
                        if self.claim(packet):
                            future = self._submit(task_runner, packet)
                            in_flight[future] = packet
                            future.add_done_callback(finished.put)
                    if not in_flight:
                        continue
                    try:
                        future = finished.get(timeout=POLL_SECONDS)
                    except Empty:
                        continue
                    packet = in_flight.pop(future)
                    if self.settle(packet, _future_outcome(future, packet)):
                        queue.append(packet)
            finally:
                self._wind_down(task_runner, in_flight, finished)

    def _submit(self, task_runner: TaskRunner, packet: InboxPacket) -> PrefectFuture[PacketOutcome]:
        return task_runner.submit(
            process_packet_task,
            parameters={
                "source": str(packet.path),
                "out_dir": str(self.out_dir),
                "packet_id": packet.packet_id,
                "ref": packet.ref,
                "ocr": self.ocr,
            },
        )

    def _wind_down(
        self,
        task_runner: TaskRunner,
        in_flight: dict[PrefectFuture[PacketOutcome], InboxPacket],
        finished: SimpleQueue[PrefectFuture[PacketOutcome]],
    ) -> None:
        """Stopping with packets in flight: settle those that finished, end the workers,
        and give the other claims back without counting their attempts."""
        if not in_flight:
            return
        while not finished.empty():
            future = finished.get()
            if (packet := in_flight.pop(future, None)) is not None:
                self.settle(packet, _future_outcome(future, packet))
        stop_workers(task_runner)
        for packet in in_flight.values():
            if self.store.release(packet.sha256, self.owner):
                self.released += 1
        self.log.warning("stopped: %d packet(s) in progress given back", len(in_flight))


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
    show_names: bool = False,
    archive_dir: str | None = None,
) -> BatchSummary:
    """Process every packet in ``inbox`` not yet processed (by content hash) into ``out_dir``.

    Bad packets are quarantined with a reason on the first ``PacketError``; unexpected
    errors are retried up to ``max_attempts`` in all, then quarantined. ``ocr=False``
    leaves image-only pages unread (with warnings). ``show_names`` lets packet names
    into logs, summaries and Prefect; ``archive_dir`` receives processed packets (so an
    inbox served on a schedule is not rehashed every tick).
    """
    task_runner = make_task_runner(runner, workers, dask_address)
    window = 1 if RunnerKind(runner) is RunnerKind.thread and not dask_address else workers
    batch = BatchRun(
        Path(inbox),
        Path(out_dir),
        max_attempts=max_attempts,
        ocr=ocr,
        show_names=show_names,
        archive_dir=Path(archive_dir) if archive_dir else None,
    )
    return batch.run(task_runner, window)
