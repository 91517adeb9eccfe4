"""Packets on forked workers: same results as in-process, in order, and a worker that
dies costs only its own packet."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.parallel import PacketFailure, map_in_workers, process_packets
from tests.flows.packets import write_bad_pdf, write_packet_pdf

DEAD = -1


def _square_unless_three(number: int) -> int:
    if number == 3:
        os._exit(1)  # what an out-of-memory kill or a crash in a C library looks like
    return number * number


def test_a_dying_worker_costs_only_its_own_item_and_order_is_kept() -> None:
    results = list(
        map_in_workers(_square_unless_three, [1, 2, 3, 4, 5], 2, on_death=lambda _: DEAD)
    )
    assert results == [1, 4, DEAD, 16, 25]


def _comparable(outcome):  # type: ignore[no-untyped-def]
    if isinstance(outcome, PacketFailure):
        return outcome
    return outcome.model_dump()


def test_parallel_processing_matches_processing_in_this_process(tmp_path: Path, nlp) -> None:
    packets = [
        write_packet_pdf(tmp_path / "in" / "alpha.pdf", "MRN 1"),
        write_bad_pdf(tmp_path / "in" / "broken.pdf"),
        write_packet_pdf(tmp_path / "in" / "gamma.pdf", "MRN 3"),
    ]
    serial = list(process_packets(packets, tmp_path / "serial", workers=1))
    parallel = list(process_packets(packets, tmp_path / "parallel", workers=2))

    assert [path for path, _ in parallel] == packets
    assert [_comparable(o) for _, o in parallel] == [_comparable(o) for _, o in serial]
    assert isinstance(parallel[1][1], PacketFailure)
    assert parallel[1][1].code == "E101"
    for name in ("alpha", "gamma"):
        assert (tmp_path / "parallel" / name / "determination.json").is_file()
        assert (tmp_path / "parallel" / name / "report.html").is_file()


def _started_and_square(number: int) -> tuple[float, int]:
    import time

    started = time.monotonic()  # one clock for every process on the machine
    time.sleep(0.1 * number)
    return started, number * number


def test_costliest_items_start_first_and_results_keep_input_order() -> None:
    items = [1, 5, 2, 4]
    results = list(
        map_in_workers(_started_and_square, items, 2, on_death=lambda _: DEAD, cost=float)
    )
    assert [square for _, square in results] == [1, 25, 4, 16]
    started = dict(zip(items, (when for when, _ in results), strict=True))
    assert max(started[5], started[4]) < min(started[2], started[1])
