"""Benchmark: ingestion time per page and peak memory. Prints its results.

    python -m benchmarks.ingest_bench                 # largest sample packet + 40/200 pages
    python -m benchmarks.ingest_bench --packet PATH   # a packet of your own

Each measurement runs in a fresh process so its peak RSS (``ru_maxrss``) is its own:
the RSS after imports, the peak while reading, and the growth between them. Per-page
times come from ``pipeline.ingest.iter_pages`` (parse, words, tables, layout, close);
the total adds furniture, document split and request metadata. A bare pdfplumber
pass (``page.chars`` then ``close``) over the same files gives the floor. The 40- and
200-page synthetic packets show whether memory stays flat as page count grows.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _proc_status_mb(key: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def _rss_mb() -> float:
    """Resident memory now (Linux ``VmRSS``; else the peak from getrusage)."""
    now = _proc_status_mb("VmRSS")
    return now if now is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> float:
    """Peak resident memory of this process (``VmHWM``: reset by exec, unlike
    ``ru_maxrss``, which a child inherits from the parent that forked it)."""
    peak = _proc_status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pdfs(packet: Path) -> list[Path]:
    return sorted(packet.glob("*.pdf")) if packet.is_dir() else [packet]


def _page_count(packet: Path) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in _pdfs(packet):
        document = pdfium.PdfDocument(path)
        total += len(document)
        document.close()
    return total


def worker(packet: Path, mode: str) -> dict[str, object]:
    """One measurement in this process: 'ingest' (read_packet) or the pdfplumber 'floor'."""
    import pdfplumber

    import pipeline.ingest.packet as packet_module
    from pipeline.ingest import read_packet

    before = _rss_mb()
    per_page: list[float] = []
    rss_by_page: list[float] = []
    start = time.perf_counter()
    if mode == "floor":
        for path in _pdfs(packet):
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    t0 = time.perf_counter()
                    _ = page.chars
                    page.close()
                    per_page.append(time.perf_counter() - t0)
                    rss_by_page.append(_rss_mb())
    else:
        original = packet_module.iter_pages

        def timed(path: Path):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            for raw in original(path):
                now = time.perf_counter()
                per_page.append(now - t0)
                rss_by_page.append(_rss_mb())
                yield raw
                t0 = time.perf_counter()

        packet_module.iter_pages = timed  # type: ignore[assignment]
        read_packet(packet)
    total_s = time.perf_counter() - start
    return {
        "pages": len(per_page),
        "median_ms_per_page": 1000 * statistics.median(per_page),
        "total_s": total_s,
        "rss_before_mb": before,
        "rss_first_pages_mb": max(rss_by_page[:10]),
        "rss_last_page_mb": rss_by_page[-1],
        "rss_peak_mb": _peak_mb(),
    }


def measure(packet: Path, mode: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.ingest_bench", "--worker", mode, str(packet)],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(label: str, r: dict[str, object]) -> str:
    return (
        f"{label:<28} {r['pages']:>4} pages  median {r['median_ms_per_page']:6.1f} ms/page  "
        f"total {r['total_s']:6.1f} s  RSS: after imports {r['rss_before_mb']:5.1f} MB, "
        f"first 10 pages {r['rss_first_pages_mb']:5.1f}, last page {r['rss_last_page_mb']:5.1f}, "
        f"peak {r['rss_peak_mb']:5.1f} MB"
    )


def largest_sample(records: Path) -> Path | None:
    packets = (
        [
            p
            for p in records.iterdir()
            if (p.is_file() and p.suffix.lower() == ".pdf") or (p.is_dir() and any(p.glob("*.pdf")))
        ]
        if records.exists()
        else []
    )
    return max(packets, key=_page_count, default=None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packet", type=Path, help="packet to measure (default: largest sample)")
    parser.add_argument("--records", type=Path, default=REPO / "sample_records")
    parser.add_argument(
        "--pages",
        type=int,
        nargs="*",
        default=[40, 200],
        help="synthetic packet sizes to read (memory flatness)",
    )
    parser.add_argument("--worker", nargs=2, metavar=("MODE", "PACKET"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        mode, packet = args.worker
        print(json.dumps(worker(Path(packet), mode)))
        return

    from benchmarks.synthetic import write_synthetic_packet

    packet = args.packet or largest_sample(args.records)
    if packet is not None:
        print(_line(f"pdfplumber floor: {packet.name}", measure(packet, "floor")))
        print(_line(f"ingest: {packet.name}", measure(packet, "ingest")))
    with tempfile.TemporaryDirectory() as tmp:
        for pages in args.pages:
            path = write_synthetic_packet(Path(tmp) / f"synthetic-{pages}.pdf", pages)
            print(_line(f"pdfplumber floor: synthetic {pages}", measure(path, "floor")))
            print(_line(f"ingest: synthetic {pages}", measure(path, "ingest")))


if __name__ == "__main__":
    main()
