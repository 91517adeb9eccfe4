"""Benchmark: what authreview costs beyond reading the PDFs. Prints its results.

Run with ``make bench`` (or ``python -m benchmarks.run [RECORDS_DIR]``). In one run on
one machine it times:

(a) a bare pdfplumber pass over the sample corpus (open, parse and ``extract_text``
    every page, close): the floor any pdfplumber-based pipeline pays;
(b) ``authreview process`` end to end over the same packets, as a subprocess, so
    start-up and imports count;
(c) each stage on its own, in-process: ingest, NLP, policy, outputs, report;

and prints pages/s, the ratio (b)/(a), each stage's share and peak RSS. Then it reads a
200-page synthetic packet in a fresh process to show memory stays flat as page count
grows. Timings are medians of ``--repeat`` runs. Never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def packets_in(records: Path) -> list[Path]:
    return sorted(
        p
        for p in records.iterdir()
        if (p.is_file() and p.suffix.lower() == ".pdf")
        or (p.is_dir() and not p.name.startswith("."))
    )


def pdf_files(packet: Path) -> list[Path]:
    return sorted(packet.glob("*.pdf")) if packet.is_dir() else [packet]


def bare_pdfplumber(packets: list[Path]) -> tuple[float, int]:
    """Seconds and pages for open + parse + extract_text + close of every page."""
    import pdfplumber

    pages = 0
    start = time.perf_counter()
    for packet in packets:
        for path in pdf_files(packet):
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()
                    pages += 1
    return time.perf_counter() - start, pages


def cli_end_to_end(packets: list[Path]) -> float:
    """Seconds for `authreview process` over every packet, in a fresh process."""
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run(
            [
                str(Path(sys.executable).with_name("authreview")),
                "process",
                *map(str, packets),
                "--out",
                out,
            ],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        return time.perf_counter() - start


def stages(packets: list[Path]) -> dict[str, float]:
    """Seconds per stage, in-process, with the NLP pipeline loaded once beforehand."""
    from pipeline.errors import PacketError
    from pipeline.extract import extract_facts
    from pipeline.ingest import read_packet
    from pipeline.nlp import load_nlp
    from pipeline.outputs import determination_json, ensure_private_dir, write_atomic
    from pipeline.process import _cached_policy, build_determination, resolve_procedure
    from pipeline.report import write_report
    from policy import evaluate

    totals = dict.fromkeys(("ingest", "nlp", "policy", "outputs", "report"), 0.0)
    nlp = load_nlp()
    with tempfile.TemporaryDirectory() as out:
        for packet_path in packets:
            t0 = time.perf_counter()
            try:
                packet = read_packet(packet_path)
            except PacketError:
                continue
            t1 = time.perf_counter()
            facts = extract_facts(packet, nlp)
            t2 = time.perf_counter()
            request, warnings = resolve_procedure(packet.request, facts)
            policy, _ = _cached_policy("MP-MM-1366", request.request_date)
            evaluation = evaluate(policy, facts, request)
            determination = build_determination(packet, facts, evaluation, warnings)
            t3 = time.perf_counter()
            folder = ensure_private_dir(Path(out) / packet.id)
            write_atomic(folder / "determination.json", determination_json(determination).encode())
            t4 = time.perf_counter()
            write_report(determination, packet, folder / "report.html", packet_path=packet_path)
            t5 = time.perf_counter()
            for name, seconds in zip(
                totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True
            ):
                totals[name] += seconds
    return totals


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def large_packet_rss(pages: int) -> dict[str, float]:
    """Ingest a synthetic packet of ``pages`` pages in a fresh process; its peak RSS."""
    script = f"""
import json, resource, sys, tempfile, time
from pathlib import Path
from benchmarks.synthetic import write_synthetic_packet
from pipeline.ingest import read_packet
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
with tempfile.TemporaryDirectory() as tmp:
    path = write_synthetic_packet(Path(tmp) / "big.pdf", {pages})
    start = time.perf_counter()
    packet = read_packet(path)
    seconds = time.perf_counter() - start
print(json.dumps({{"pages": len(packet.pages), "seconds": seconds,
                  "rss_before_mb": base,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", nargs="?", default=str(REPO / "sample_records"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--large-pages", type=int, default=200)
    args = parser.parse_args(argv)
    packets = packets_in(Path(args.records))

    bare = [bare_pdfplumber(packets) for _ in range(args.repeat)]
    bare_seconds = statistics.median(s for s, _ in bare)
    pages = bare[0][1]
    end_to_end = statistics.median(cli_end_to_end(packets) for _ in range(args.repeat))
    stage_runs = [stages(packets) for _ in range(args.repeat)]
    stage_seconds = {k: statistics.median(r[k] for r in stage_runs) for k in stage_runs[0]}
    in_process = sum(stage_seconds.values())

    print(f"corpus: {len(packets)} packets, {pages} pages ({args.records})")
    print(
        f"(a) bare pdfplumber pass:      {bare_seconds:7.2f} s  {pages / bare_seconds:6.1f} pages/s"
    )
    print(f"(b) authreview process (CLI):  {end_to_end:7.2f} s  {pages / end_to_end:6.1f} pages/s")
    print(f"    ratio (b)/(a):             {end_to_end / bare_seconds:7.2f}x")
    print(f"(c) stages in-process:         {in_process:7.2f} s")
    for name, seconds in stage_seconds.items():
        share = 100 * seconds / in_process if in_process else 0.0
        print(
            f"    {name:<8} {seconds:7.2f} s  {1000 * seconds / pages:7.1f} ms/page  {share:5.1f}%"
        )
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB")
    for count in sorted({40, args.large_pages}):
        large = large_packet_rss(count)
        print(
            f"synthetic {large['pages']}-page packet: ingest {large['seconds']:.1f} s, "
            f"peak RSS {large['peak_rss_mb']:.0f} MB "
            f"(after imports {large['rss_before_mb']:.0f} MB)"
        )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    raise SystemExit(main())
