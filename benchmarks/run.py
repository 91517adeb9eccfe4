"""Benchmark: what authreview costs beyond reading the PDFs. Prints its results.

Run with ``make bench`` (or ``python -m benchmarks.run [RECORDS_DIR] [--repeat N]``). In
one run on one machine it times:

(a) a bare pdfplumber pass over the sample corpus (open, parse and ``extract_text``
    every page, close): the floor any pdfplumber-based pipeline pays;
(b) ``authreview process`` end to end over the same packets, in a fresh process, so
    start-up and imports count; its peak RSS;
(c) each stage on its own, in-process: ingest (OCR of image-only pages shown apart),
    NLP, policy, outputs, report; and the start-up of (b) alone (imports + NLP load);

and prints pages/s, the ratio (b)/(a) and each stage's share. Then it reads 40- and
200-page synthetic packets, each in a fresh process, against a pdfplumber floor on the
same file, to show time per page and that memory stays flat as page count grows.

Peak RSS is each measured process's own ``VmHWM`` (Linux; reset by exec, unlike
``ru_maxrss``, which a child inherits from the process that spawned it). The machine's
load average is printed at the start and the end: other work on a shared machine slows
every figure alike. Timings are medians of ``--repeat`` runs. Never asserted in tests.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.labels import packets_in

REPO = Path(__file__).resolve().parent.parent


def pdf_files(packet: Path) -> list[Path]:
    return sorted(packet.glob("*.pdf")) if packet.is_dir() else [packet]


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


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


def _fresh(module_args: list[str]) -> dict[str, float]:
    """Run ``python -m benchmarks.probe ARGS`` and return what it reports."""
    with tempfile.NamedTemporaryFile(suffix=".json") as report:
        env = {**os.environ, "BENCH_REPORT": report.name}
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "benchmarks.probe", *module_args],
            cwd=REPO,
            env=env,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - start
        found = json.loads(Path(report.name).read_text() or "{}")
    return {"seconds": seconds, **found}


def cli_end_to_end(packets: list[Path]) -> dict[str, float]:
    """``authreview process`` over every packet in a fresh process: seconds, peak RSS."""
    with tempfile.TemporaryDirectory() as out:
        return _fresh(["cli", "process", *map(str, packets), "--out", out])


def startup() -> dict[str, float]:
    """What (b) pays before its first packet: imports and the NLP pipeline's load."""
    return _fresh(["startup"])


def stages(packets: list[Path]) -> dict[str, float]:
    """Seconds per stage, in-process, with the NLP pipeline loaded once beforehand."""
    import pipeline.ingest.packet as packet_module
    from pipeline.errors import PacketError
    from pipeline.extract import extract_facts
    from pipeline.ingest import read_packet
    from pipeline.nlp import load_nlp
    from pipeline.outputs import determination_json, ensure_private_dir, write_atomic
    from pipeline.process import _cached_policy, build_determination, resolve_procedure
    from pipeline.report import write_report
    from policy import evaluate

    totals = dict.fromkeys(("ingest", "nlp", "policy", "outputs", "report"), 0.0)
    ocr = {"seconds": 0.0, "pages": 0.0}
    original = packet_module.ocr_file_pages

    def timed_ocr(path: Path, pages: list[tuple[int, float, float]]):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return original(path, pages)
        finally:
            ocr["seconds"] += time.perf_counter() - start
            ocr["pages"] += len(pages)

    packet_module.ocr_file_pages = timed_ocr  # type: ignore[assignment]
    nlp = load_nlp()
    try:
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
                write_atomic(
                    folder / "determination.json", determination_json(determination).encode()
                )
                t4 = time.perf_counter()
                write_report(determination, packet, folder / "report.html", packet_path=packet_path)
                t5 = time.perf_counter()
                for name, seconds in zip(
                    totals, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True
                ):
                    totals[name] += seconds
    finally:
        packet_module.ocr_file_pages = original  # type: ignore[assignment]
    return {**totals, "ocr": ocr["seconds"], "ocr_pages": ocr["pages"]}


def synthetic(pages: int) -> dict[str, dict[str, float]]:
    """Ingest and a pdfplumber floor on a synthetic ``pages``-page packet, each in a
    fresh process."""
    from benchmarks.synthetic import write_synthetic_packet

    with tempfile.TemporaryDirectory() as tmp:
        path = write_synthetic_packet(Path(tmp) / f"synthetic-{pages}.pdf", pages)
        return {mode: _fresh([mode, str(path)]) for mode in ("ingest", "floor")}


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", nargs="?", default=str(REPO / "sample_records"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--large-pages", type=int, default=200)
    args = parser.parse_args(argv)
    packets = packets_in(Path(args.records))
    print(f"load average at start: {load_average()}", flush=True)

    bare = [bare_pdfplumber(packets) for _ in range(args.repeat)]
    bare_seconds = statistics.median(s for s, _ in bare)
    pages = bare[0][1]
    cli = _median([cli_end_to_end(packets) for _ in range(args.repeat)])
    start = _median([startup() for _ in range(args.repeat)])
    stage_seconds = _median([stages(packets) for _ in range(args.repeat)])
    ocr_seconds, ocr_pages = stage_seconds.pop("ocr"), int(stage_seconds.pop("ocr_pages"))
    in_process = sum(stage_seconds.values())
    end_to_end = cli["seconds"]

    print(f"corpus: {len(packets)} packets, {pages} pages ({args.records})")
    print(
        f"(a) bare pdfplumber pass:      {bare_seconds:7.2f} s  {pages / bare_seconds:6.1f} pages/s"
    )
    print(
        f"(b) authreview process (CLI):  {end_to_end:7.2f} s  {pages / end_to_end:6.1f} pages/s"
        f"  peak RSS {cli.get('peak_rss_mb', float('nan')):.0f} MB"
    )
    print(f"    ratio (b)/(a):             {end_to_end / bare_seconds:7.2f}x")
    print(
        f"    start-up of (b):           {start['seconds']:7.2f} s  "
        f"(imports {start.get('imports_s', float('nan')):.2f} s, "
        f"NLP load {start.get('nlp_load_s', float('nan')):.2f} s)"
    )
    print(f"(c) stages in-process:         {in_process:7.2f} s")
    for name, seconds in stage_seconds.items():
        share = 100 * seconds / in_process if in_process else 0.0
        print(
            f"    {name:<8} {seconds:7.2f} s  {1000 * seconds / pages:7.1f} ms/page  {share:5.1f}%"
        )
        if name == "ingest" and ocr_pages:
            print(
                f"      of which OCR: {ocr_seconds:6.2f} s for {ocr_pages} image-only pages "
                f"({ocr_seconds / ocr_pages:.2f} s/page); text pages "
                f"{1000 * (seconds - ocr_seconds) / max(pages - ocr_pages, 1):.1f} ms/page"
            )
    for count in sorted({40, args.large_pages}):
        result = synthetic(count)
        ingest, floor = result["ingest"], result["floor"]
        print(
            f"synthetic {count}-page packet: ingest {ingest['read_s']:.2f} s "
            f"({1000 * ingest['read_s'] / count:.1f} ms/page; pdfplumber parse floor "
            f"{1000 * floor['read_s'] / count:.1f} ms/page), peak RSS "
            f"{ingest['peak_rss_mb']:.0f} MB (after imports {ingest['rss_before_mb']:.0f} MB; "
            f"floor process {floor['peak_rss_mb']:.0f} MB)"
        )
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    raise SystemExit(main())
