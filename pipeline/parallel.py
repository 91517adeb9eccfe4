"""Process many packets on forked worker processes that share the loaded NLP pipeline.

`authreview process` and `authreview evaluate` are CPU-bound (PDF parsing, NLP, OCR) and
spaCy pipelines and PDFium are not thread-safe, so packets run in processes. The parent
loads the NLP pipeline once and then forks: every worker starts with it in shared
memory instead of loading it again. Results come back in input order.

A worker that dies (killed for memory, or a crash inside a C library) breaks the whole
pool; the packets left are then re-run one per fresh process, so only the packet that
kills its process is lost, and it is reported like any other failure.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from pipeline.errors import (
    UNEXPECTED_ERROR_CODE,
    WORKER_DIED_CODE,
    AuthreviewError,
    PacketError,
    describe_unexpected,
)
from pipeline.models import Determination
from pipeline.packet_ids import content_sha256, unique_ids
from pipeline.shutdown import POLL_SECONDS, StopRequest, end_worker, worker_signals

Item = TypeVar("Item")
Result = TypeVar("Result")


class PacketFailure(BaseModel):
    """Why a packet produced no determination: a reason and an error code, never its text."""

    model_config = ConfigDict(frozen=True)

    reason: str
    code: str
    unreadable: bool = False
    """The packet itself cannot be read (a ``PacketError``): batch runs quarantine it."""


Outcome = Determination | PacketFailure


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def describe_failure(path: Path, exc: BaseException) -> PacketFailure:
    """The failure of ``path`` free of document text: our errors carry catalogue
    messages; anything else is named by its type and where it was raised."""
    if isinstance(exc, PacketError):
        detail = f" ({exc.detail})" if exc.detail else ""
        return PacketFailure(reason=f"{exc.reason}{detail}", code=exc.code, unreadable=True)
    if isinstance(exc, AuthreviewError):
        return PacketFailure(reason=str(exc), code=exc.code)
    return PacketFailure(reason=describe_unexpected(exc), code=UNEXPECTED_ERROR_CODE)


WORKER_DIED = PacketFailure(
    reason="its worker process died while processing it", code=WORKER_DIED_CODE
)


def process_one(
    path: Path, out_dir: Path, ocr: bool = True, packet_id: str | None = None
) -> Outcome:
    """``process_packet`` with the process's cached NLP pipeline; failures as values."""
    from pipeline.nlp import load_nlp
    from pipeline.process import process_packet

    try:
        return process_packet(path, out_dir, nlp=load_nlp(), ocr=ocr, packet_id=packet_id)
    except Exception as exc:  # one packet's failure must not stop the others
        return describe_failure(path, exc)


def process_packets(
    paths: Sequence[Path],
    out_dir: Path,
    *,
    ocr: bool = True,
    workers: int = 1,
    stop: StopRequest | None = None,
) -> Iterator[tuple[Path, Outcome]]:
    """Each packet with its determination or failure, in input order, ``workers`` at once.

    Packets sharing a name get distinct ids (``pipeline.packet_ids.unique_ids``), so no
    two write one output folder. The workers start (fork) during this call; results
    arrive as the iterator is read. With ``stop``, a stop signal raises
    ``pipeline.shutdown.Interrupted`` from the iterator (see ``map_in_workers``).
    """
    from pipeline.nlp import load_nlp
    from pipeline.process import warm_up

    if workers > 1 and len(paths) > 1:  # before any fork, so the workers share them
        load_nlp()
        warm_up()
    jobs = list(zip(paths, unique_ids(paths, content_sha256), strict=True))
    outcomes = map_in_workers(
        partial(_run_job, out_dir=out_dir, ocr=ocr),
        jobs,
        workers,
        on_death=lambda _: WORKER_DIED,
        cost=lambda job: packet_bytes(job[0]),
        stop=stop,
    )
    return zip(paths, outcomes, strict=True)


def _run_job(job: tuple[Path, str], out_dir: Path, ocr: bool) -> Outcome:
    path, packet_id = job
    return process_one(path, out_dir, ocr, packet_id)


def packet_bytes(path: Path) -> int:
    """A packet's size on disk: a rough cost, and scanned (OCR) packets are the largest."""
    try:
        files = [path] if path.is_file() else list(path.iterdir())
        return sum(file.stat().st_size for file in files)
    except OSError:
        return 0


def map_in_workers(
    function: Callable[[Item], Result],
    items: Sequence[Item],
    workers: int,
    *,
    on_death: Callable[[Item], Result],
    cost: Callable[[Item], float] | None = None,
    stop: StopRequest | None = None,
) -> Iterator[Result]:
    """``map(function, items)`` on up to ``workers`` forked processes, in input order.

    ``function`` must return its failures as values; ``on_death(item)`` stands in for an
    item whose process died. Without fork (or with one worker or one item) it runs here.
    The workers fork before this returns, so the caller may start threads afterwards.
    With ``cost``, the costliest items start first, so that no long item is left
    running alone at the end while the other workers sit idle. With ``stop``, a stop
    signal ends the workers and raises ``Interrupted`` from the iterator within
    ``POLL_SECONDS`` (results already finished are yielded first).
    """
    if workers <= 1 or len(items) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return _here(function, items, stop)
    context = multiprocessing.get_context("fork")
    pool = _pool(min(workers, len(items)), context)
    order = sorted(range(len(items)), key=lambda i: -cost(items[i])) if cost else range(len(items))
    submitted: dict[int, Future] = {}
    for index in order:  # with fork, every worker starts at the first submit
        submitted[index] = pool.submit(function, items[index])
    futures = [submitted[index] for index in range(len(items))]
    return _in_order(pool, futures, items, function, on_death, context, stop)


def _pool(workers: int, context: BaseContext) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=worker_signals)


def _here(
    function: Callable[[Item], Result], items: Sequence[Item], stop: StopRequest | None
) -> Iterator[Result]:
    """In this process; a stop signal interrupts the item being worked on."""
    for item in items:
        if stop is None:
            yield function(item)
            continue
        with stop.interruptible():
            result = function(item)
        yield result


def _wait(future: Future, pool: ProcessPoolExecutor, stop: StopRequest | None) -> Result:
    """The future's result; on a stop request, the pool's workers are ended and
    ``Interrupted`` raised instead of waiting for the packets in progress."""
    while True:
        try:
            return future.result(timeout=None if stop is None else POLL_SECONDS)
        except FutureTimeout:
            if stop is not None and stop.requested:
                _end_workers(pool)
                stop.check()


def _end_workers(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now: cancel what has not started and end the worker processes
    (``ProcessPoolExecutor`` has no public way to do the latter before Python 3.14)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # shutdown drops it
    for process in processes:
        if process.pid is not None:
            end_worker(process.pid)
    pool.shutdown(wait=False, cancel_futures=True)


def _in_order(
    pool: ProcessPoolExecutor,
    futures: list[Future],
    items: Sequence[Item],
    function: Callable[[Item], Result],
    on_death: Callable[[Item], Result],
    context: BaseContext,
    stop: StopRequest | None = None,
) -> Iterator[Result]:
    """The futures' results in order; after a worker death, the rest one per process."""
    broken_at = len(futures)
    with pool:
        for index, future in enumerate(futures):
            try:
                result = _wait(future, pool, stop)
            except BrokenProcessPool:
                broken_at = index
                break
            yield result
        finished = _completed(futures, start=broken_at + 1)
    for index in range(broken_at, len(items)):
        if index in finished:
            yield finished[index]
            continue
        with _pool(1, context) as solo:
            try:
                result = _wait(solo.submit(function, items[index]), solo, stop)
            except BrokenProcessPool:
                result = on_death(items[index])
        yield result


def _completed(futures: Sequence[Future], start: int) -> dict[int, object]:
    """Results of the futures from ``start`` on that finished before their pool broke."""
    return {
        index: futures[index].result()
        for index in range(start, len(futures))
        if futures[index].done()
        and not futures[index].cancelled()
        and futures[index].exception() is None
    }
