"""One measurement in a fresh process, for ``benchmarks.run``; writes a JSON report to
the file named by ``BENCH_REPORT`` (stdout belongs to the command being measured).

    python -m benchmarks.probe cli process PACKET... --out DIR   # the authreview CLI
    python -m benchmarks.probe startup                           # imports + NLP load
    python -m benchmarks.probe ingest PDF                        # read_packet
    python -m benchmarks.probe floor PDF                         # pdfplumber parse only

Peak RSS is this process's ``VmHWM``: its own high-water mark, reset at exec.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _status_mb(key: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _report(values: dict[str, float | int | None]) -> None:
    values["peak_rss_mb"] = _status_mb("VmHWM")
    target = os.environ.get("BENCH_REPORT")
    if target:
        Path(target).write_text(json.dumps(values))


def _cli(argv: list[str]) -> int:
    import resource

    from pipeline.cli import main

    try:
        return main(argv)
    finally:
        times = os.times()  # this process and its waited-for workers
        _report(
            {
                "cpu_s": times.user + times.system + times.children_user + times.children_system,
                "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
            }
        )


def _startup() -> int:
    start = time.perf_counter()
    import pipeline.cli  # noqa: F401 - what the command imports first
    from pipeline.nlp import load_nlp
    from pipeline.process import process_packet  # noqa: F401

    imported = time.perf_counter()
    load_nlp()
    _report({"imports_s": imported - start, "nlp_load_s": time.perf_counter() - imported})
    return 0


def _ingest(path: Path) -> int:
    from pipeline.ingest import read_packet

    before = _status_mb("VmRSS")
    start = time.perf_counter()
    packet = read_packet(path)
    _report(
        {
            "read_s": time.perf_counter() - start,
            "pages": len(packet.pages),
            "rss_before_mb": before,
        }
    )
    return 0


def _floor(path: Path) -> int:
    import pdfplumber

    before = _status_mb("VmRSS")
    start = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            _ = page.chars
            page.close()
    _report({"read_s": time.perf_counter() - start, "rss_before_mb": before})
    return 0


def main(argv: list[str]) -> int:
    mode, rest = argv[0], argv[1:]
    if mode == "cli":
        return _cli(rest)
    if mode == "startup":
        return _startup()
    if mode == "ingest":
        return _ingest(Path(rest[0]))
    if mode == "floor":
        return _floor(Path(rest[0]))
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
