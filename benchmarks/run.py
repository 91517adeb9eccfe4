"""Benchmark: what authreview costs beyond reading the PDFs. Prints its results.

Run with ``make bench`` (or ``python -m benchmarks.run [RECORDS_DIR] [--repeat N]``). In
one run on one machine it times:

(a) a bare pdfplumber pass over the sample corpus (open, parse and ``extract_text``
    every page, close): the floor any pdfplumber-based pipeline pays;
(b) ``authreview process`` end to end over the same packets, in a fresh process, so
    start-up and imports count: with its default workers (one per usable CPU) and with
    one; wall and CPU seconds (with its workers), peak RSS of the command and of its
    largest worker;
(c) each stage on its own, in-process: ingest (OCR of image-only pages shown apart),
    NLP, policy, outputs, report; and the start-up of (b) alone (imports + NLP load);

and prints pages/s, the ratio (b)/(a) and each stage's share. Image-only (faxed) pages
are work the floor does not do -- pdfplumber reads nothing there -- so (b) is also
timed on the text-layer packets against their share of (a), and authreview's OCR
against its own floor: a bare render + Tesseract pass over the same pages. Then it runs
``authreview process`` on 40- and 200-page synthetic packets, each in a fresh process,
against a pdfplumber parse of the same file, to show time per page and that memory
stays flat as page count grows.

Peak RSS is each measured process's own ``VmHWM`` (Linux; reset by exec, unlike
``ru_maxrss``, which a child inherits from the process that spawned it); a forked
worker's figure counts the pages it shares with its parent. The machine's load average
is printed at the start and the end: other work on a shared machine slows every figure
alike. Timings are medians of ``--repeat`` runs. Never asserted in tests.
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
from typing import NamedTuple

from pipeline.labels import packets_in

REPO = Path(__file__).resolve().parent.parent


def pdf_files(packet: Path) -> list[Path]:
    return sorted(packet.glob("*.pdf")) if packet.is_dir() else [packet]


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


class Floor(NamedTuple):
    """The bare pdfplumber pass: total seconds and pages, and per packet, its seconds
    and the (file, 0-based page) of every page without a text layer."""

    seconds: float
    pages: int
    packet_seconds: dict[Path, float]
    image_pages: dict[Path, list[tuple[Path, int]]]


def bare_pdfplumber(packets: list[Path]) -> Floor:
    """Open + parse + extract_text + close of every page (one process: the pass is
    single-threaded, so its CPU time is its wall time)."""
    import pdfplumber

    pages = 0
    packet_seconds: dict[Path, float] = {}
    image_pages: dict[Path, list[tuple[Path, int]]] = {}
    start = time.perf_counter()
    for packet in packets:
        began = time.perf_counter()
        for path in pdf_files(packet):
            with pdfplumber.open(path) as pdf:
                for index, page in enumerate(pdf.pages):
                    if not page.extract_text().strip():
                        image_pages.setdefault(packet, []).append((path, index))
                    page.close()
                    pages += 1
        packet_seconds[packet] = time.perf_counter() - began
    return Floor(time.perf_counter() - start, pages, packet_seconds, image_pages)


def bare_tesseract(pages: list[tuple[Path, int]]) -> float:
    """The floor of any OCR pipeline on the image-only pages: render each at authreview's
    OCR resolution and run Tesseract on it, two pages at a time as authreview does."""
    from concurrent.futures import ThreadPoolExecutor

    import pypdfium2
    import pytesseract

    from pipeline.ocr import OCR_DPI

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    start = time.perf_counter()
    images = []
    for path, index in pages:
        document = pypdfium2.PdfDocument(str(path))
        images.append(document[index].render(scale=OCR_DPI / 72).to_pil().convert("L"))
        document.close()
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda image: pytesseract.image_to_string(image), images))
    return time.perf_counter() - start


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


def cli_end_to_end(packets: list[Path], workers: int | None = None) -> dict[str, float]:
    """``authreview process`` over every packet in a fresh process: seconds, CPU seconds
    (with its workers), peak RSS of the command and of its largest worker. ``workers``
    None is the command's default (one per usable CPU)."""
    extra = [] if workers is None else ["--workers", str(workers)]
    with tempfile.TemporaryDirectory() as out:
        return _fresh(["cli", "process", *map(str, packets), "--out", out, *extra])


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
    """``authreview process`` (whole pipeline, report included) and a pdfplumber parse
    floor on a synthetic ``pages``-page packet, each in a fresh process."""
    from benchmarks.synthetic import write_synthetic_packet

    with tempfile.TemporaryDirectory() as tmp:
        path = write_synthetic_packet(Path(tmp) / f"synthetic-{pages}.pdf", pages)
        return {"process": cli_end_to_end([path]), "floor": _fresh(["floor", str(path)])}


def _median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def _print_run(label: str, run: dict[str, float], pages: int, floor: float) -> None:
    print(
        f"{label}: {run['seconds']:6.2f} s  {pages / run['seconds']:5.1f} pages/s  "
        f"ratio (b)/(a) {run['seconds'] / floor:.2f}x  CPU {run['cpu_s']:.1f} s "
        f"({run['cpu_s'] / floor:.2f}x (a))  peak RSS {run['peak_rss_mb']:.0f} MB, "
        f"largest worker {run['worker_peak_rss_mb']:.0f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", nargs="?", default=str(REPO / "sample_records"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--large-pages", type=int, default=200)
    args = parser.parse_args(argv)
    packets = packets_in(Path(args.records))
    print(f"load average at start: {load_average()}", flush=True)

    floors = [bare_pdfplumber(packets) for _ in range(args.repeat)]
    floor = min(floors, key=lambda f: f.seconds)
    bare_seconds, pages = statistics.median(f.seconds for f in floors), floor.pages
    text_packets = [p for p in packets if p not in floor.image_pages]
    text_floor = statistics.median(sum(f.packet_seconds[p] for p in text_packets) for f in floors)
    text_pages = pages - sum(len(v) for v in floor.image_pages.values())
    image_pages = [page for found in floor.image_pages.values() for page in found]
    cli = _median([cli_end_to_end(packets) for _ in range(args.repeat)])
    serial = _median([cli_end_to_end(packets, workers=1) for _ in range(args.repeat)])
    text_cli = _median([cli_end_to_end(text_packets) for _ in range(args.repeat)])
    tesseract = statistics.median(bare_tesseract(image_pages) for _ in range(args.repeat))
    start = _median([startup() for _ in range(args.repeat)])
    stage_seconds = _median([stages(packets) for _ in range(args.repeat)])
    ocr_seconds, ocr_pages = stage_seconds.pop("ocr"), int(stage_seconds.pop("ocr_pages"))
    in_process = sum(stage_seconds.values())

    print(f"corpus: {len(packets)} packets, {pages} pages ({args.records})")
    print(
        f"(a) bare pdfplumber pass:      {bare_seconds:7.2f} s  {pages / bare_seconds:6.1f} pages/s"
        "  (one process)"
    )
    for label, run in (("default workers", cli), ("--workers 1", serial)):
        _print_run(f"(b) authreview process, {label}", run, pages, bare_seconds)
    print(
        f"text-layer packets ({len(text_packets)} packets, {text_pages} pages; the pages "
        f"pdfplumber reads): floor (a) {text_floor:.2f} s"
    )
    _print_run("(b) authreview process, default workers", text_cli, text_pages, text_floor)
    if image_pages:
        print(
            f"image-only pages ({len(image_pages)}; pdfplumber reads nothing there): bare "
            f"render + Tesseract {tesseract:.2f} s ({tesseract / len(image_pages):.2f} s/page); "
            f"authreview's OCR {ocr_seconds:.2f} s ({ocr_seconds / tesseract:.2f}x that floor)"
        )
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
        process, floor = result["process"], result["floor"]
        print(
            f"synthetic {count}-page packet: authreview process {process['seconds']:.2f} s "
            f"({1000 * process['seconds'] / count:.1f} ms/page; pdfplumber parse floor "
            f"{1000 * floor['read_s'] / count:.1f} ms/page), peak RSS "
            f"{process['peak_rss_mb']:.0f} MB (pdfplumber floor process "
            f"{floor['peak_rss_mb']:.0f} MB)"
        )
    print(f"load average at end: {load_average()}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    raise SystemExit(main())
