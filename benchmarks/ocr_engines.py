"""OCR engines side by side on the fax twins (issue 16). Prints a table; never asserted.

    .venv/bin/python -m benchmarks.ocr_engines [--twins sij-004 sij-010 ...]
        [--engines tesserocr tesseract rapidocr] [--workers N] [--rounds 1]

Every engine reads the same pages: the image-only pages of the chosen fax twins in
``evaluation/fax`` (both resolutions, ``tools/make_fax.py``). Each engine runs in a
process of its own, so its peak memory (``VmHWM``) is its own. Per engine it prints:

- CER and WER of each OCR'd page's NLP text (furniture masked) against the same page of
  the text twin, white space collapsed;
- fact precision/recall against the facts the pipeline reads from the text twin
  (``extractors.scoring.compare_facts``), and criterion/determination agreement;
- seconds per page of the OCR stage (``ocr_file_pages``: image, deskew, rule removal,
  recognition, layout), and of the engine's bare cost on the same pages (page image
  from the PDF/TIFF at the same resolution + ``recognise`` with the same engine object
  and settings, nothing else), both on ``--workers`` threads (default: the stage's own,
  ``pipeline.ocr.ocr_workers``), in one run, file by file in turn (stage, bare, stage,
  bare...) so that a change in the machine's load falls on both alike, ``--rounds``
  times; their ratio is the stage's overhead. The same ratio of CPU seconds is printed
  too: on a machine shared with other work it moves less than wall time;
- CPU seconds over wall seconds of the stage: how much of the machine page-level
  parallelism used;
- whether ``recognise`` lets other threads run ("GIL free"): the CPU seconds a Python
  thread spinning beside it gets, over the CPU seconds ``recognise`` itself takes. About
  1 or more: the engine releases the GIL (or works in a subprocess), so page threads run
  in parallel; near 0: it holds the GIL and pages would need processes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FAX = REPO / "evaluation" / "fax"
SAMPLES = REPO / "sample_records"
DEFAULT_TWINS = ("sij-004", "sij-010", "sij-033")
MODES = ("std", "fine")


def edit_distance(a: list, b: list) -> int:
    """Levenshtein distance of two sequences, a numpy row at a time.

    Insertions within a row are a running minimum: ``D[i][j] = j + min_k<=j (t[k] - k)``
    where ``t`` is the row before insertions, so each row is a few vector operations.
    """
    import numpy as np

    if not a or not b:
        return max(len(a), len(b))
    codes: dict = {}
    xs = np.array([codes.setdefault(x, len(codes)) for x in a])
    ys = np.array([codes.setdefault(y, len(codes)) for y in b])
    index = np.arange(len(ys) + 1)
    row = index.copy()
    for i, x in enumerate(xs, start=1):
        substitute = row[:-1] + (ys != x)
        best = np.empty_like(row)
        best[0] = i
        best[1:] = np.minimum(row[1:] + 1, substitute)
        row = np.minimum.accumulate(best - index) + index
    return int(row[-1])


def twin_paths(twin: str, mode: str) -> tuple[Path, Path]:
    """(fax twin, text twin) of a sample packet in one mode."""
    for candidate in (FAX / f"{twin}-{mode}.pdf", FAX / f"{twin}-{mode}.tif"):
        if candidate.exists():
            return candidate, SAMPLES / f"{twin}.pdf"
    return FAX / f"{twin}-{mode}", SAMPLES / twin


def _peak_rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _cpu_seconds() -> float:
    times = os.times()
    return times.user + times.system


def run_engine(engine_name: str, twins: list[str], workers: int, rounds: int = 1) -> dict:
    """Everything measured for one engine (called in its own process)."""
    os.environ["AUTHREVIEW_OCR_ENGINE"] = engine_name
    os.environ["AUTHREVIEW_OCR_WORKERS"] = str(workers)  # the stage's threads = the bare's
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    import pipeline.ingest.ocr_layout as ocr_layout
    import pipeline.ingest.packet as packet_module
    from extractors.scoring import compare_facts
    from pipeline.ingest import read_packet
    from pipeline.integrity import folder_notices
    from pipeline.nlp import load_nlp
    from pipeline.ocr import bare_page_images
    from pipeline.ocr_engines import get_engine
    from pipeline.process import determine

    engine = get_engine(engine_name)
    if not engine.available():
        return {"engine": engine_name, "available": False}
    nlp = load_nlp()
    stage = {"wall": 0.0, "cpu": 0.0, "pages": 0}
    jobs: list[tuple[Path, list[tuple[int, float, float]]]] = []
    original = ocr_layout.ocr_file_pages

    def timed(path: Path, pages: list[tuple[int, float, float]]):  # type: ignore[no-untyped-def]
        wall, cpu = time.perf_counter(), _cpu_seconds()
        try:
            return original(path, pages)
        finally:
            stage["wall"] += time.perf_counter() - wall
            stage["cpu"] += _cpu_seconds() - cpu
            stage["pages"] += len(pages)
            jobs.append((path, [(n - 1, w, h) for n, w, h in pages]))

    packet_module.ocr_file_pages = timed  # type: ignore[assignment]
    engine.recognise(_blank_page(), 200)  # load models before timing
    chars = [0, 0]
    words = [0, 0]
    facts = {"tp": 0, "fp": 0, "fn": 0}
    criteria = [0, 0]
    determinations = [0, 0]
    false_meets = 0
    per_mode: dict[str, list[int]] = {mode: [0, 0, 0, 0] for mode in MODES}
    for twin in twins:
        for mode in MODES:
            fax_path, text_path = twin_paths(twin, mode)
            fax = read_packet(fax_path)
            text = read_packet(text_path)
            for fax_page, text_page in zip(fax.pages, text.pages, strict=False):
                if not fax_page.ocr:
                    continue
                hypothesis = " ".join(fax_page.nlp_text().split())
                reference = " ".join(text_page.nlp_text().split())
                chars[0] += edit_distance(list(hypothesis), list(reference))
                chars[1] += len(reference)
                words[0] += edit_distance(hypothesis.split(), reference.split())
                words[1] += len(reference.split())
            fax_result = determine(fax, nlp=nlp, notices=folder_notices(fax_path))
            text_result = determine(text, nlp=nlp, notices=folder_notices(text_path))
            counts = compare_facts(text_result.facts, fax_result.facts)
            facts["tp"] += counts.tp
            facts["fp"] += counts.fp
            facts["fn"] += counts.fn
            same = sum(
                a.status == b.status
                for a, b in zip(fax_result.criteria, text_result.criteria, strict=True)
            )
            criteria[0] += same
            criteria[1] += len(text_result.criteria)
            agree = fax_result.determination == text_result.determination
            determinations[0] += agree
            determinations[1] += 1
            false_meets += (
                fax_result.determination == "meets_criteria"
                and text_result.determination != "meets_criteria"
            )
            tally = per_mode[mode]
            tally[0] += same
            tally[1] += len(text_result.criteria)
            tally[2] += agree
            tally[3] += 1
    packet_module.ocr_file_pages = original  # type: ignore[assignment]
    timing = _interleaved(engine, jobs * rounds, workers, original, bare_page_images)
    first_path, first_pages = jobs[0]
    gil_free = _gil_free(engine, bare_page_images(first_path, first_pages[:1])[0])
    return {
        "engine": engine_name,
        "available": True,
        "pages": stage["pages"],
        "cer": chars[0] / max(chars[1], 1),
        "wer": words[0] / max(words[1], 1),
        "fact_precision": facts["tp"] / max(facts["tp"] + facts["fp"], 1),
        "fact_recall": facts["tp"] / max(facts["tp"] + facts["fn"], 1),
        "criteria": criteria,
        "determinations": determinations,
        "false_meets": false_meets,
        "per_mode": per_mode,
        "timed_pages": stage["pages"] * rounds,
        **timing,
        "stage_cpu": stage["cpu"],
        "stage_first_wall": stage["wall"],
        "gil_free": gil_free,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _blank_page():
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "warm up 123", fill=0)
    return image


def _interleaved(engine, jobs, workers: int, stage, page_images) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds of the OCR stage and of the engine's own cost on the same
    pages, file by file in turn. The engine's own cost: a plain page image (PDF render or
    TIFF frame at the same resolution, no deskew) + ``recognise``, with the same threads."""
    seconds = dict.fromkeys(
        ("stage_seconds", "stage_cpu_seconds", "bare_seconds", "bare_cpu_seconds"), 0.0
    )
    for path, pages in jobs:
        start, cpu = time.perf_counter(), _cpu_seconds()
        stage(path, [(index + 1, w, h) for index, w, h in pages])
        seconds["stage_seconds"] += time.perf_counter() - start
        seconds["stage_cpu_seconds"] += _cpu_seconds() - cpu
        start, cpu = time.perf_counter(), _cpu_seconds()
        images = page_images(path, pages)
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda page: engine.recognise(page.image, page.dpi), images))
        seconds["bare_seconds"] += time.perf_counter() - start
        seconds["bare_cpu_seconds"] += _cpu_seconds() - cpu
    return seconds


def _gil_free(engine, page) -> float:  # type: ignore[no-untyped-def]
    """CPU seconds a pure-Python thread gets while ``engine`` reads ``page``, over the CPU
    seconds of the reading thread (capped at 9.99: a subprocess engine's thread idles)."""
    import threading

    stop = threading.Event()
    spun: list[float] = []

    def spin() -> None:
        start = time.thread_time()
        while not stop.is_set():
            sum(range(1000))
        spun.append(time.thread_time() - start)

    spinner = threading.Thread(target=spin)
    start = time.thread_time()
    spinner.start()
    try:
        engine.recognise(page.image, page.dpi)
    finally:
        own = time.thread_time() - start
        stop.set()
        spinner.join()
    return min(spun[0] / max(own, 1e-3), 9.99)


def _print(results: list[dict], workers: int, rounds: int) -> None:
    print(
        f"OCR engines on the fax twins ({os.cpu_count()} cores, {workers} OCR threads for "
        f"stage and bare alike, {rounds} timed round(s))"
    )
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    header = (
        f"{'engine':<10} {'pages':>5} {'CER':>6} {'WER':>6} {'fact P':>6} {'fact R':>6} "
        f"{'crit':>7} {'det':>5} {'FP meet':>7} {'s/page':>6} {'bare':>6} {'ratio':>5} "
        f"{'cpu ratio':>9} {'cpu/wall':>8} {'GIL free':>8} {'RSS MB':>6}"
    )
    print(header)
    print("-" * len(header))
    for r in results:
        if not r.get("available"):
            print(f"{r['engine']:<10} not available on this machine")
            continue
        timed = max(r["timed_pages"], 1)
        crit = r["criteria"][0] / max(r["criteria"][1], 1)
        det = r["determinations"][0] / max(r["determinations"][1], 1)
        print(
            f"{r['engine']:<10} {r['pages']:>5} {r['cer']:>6.3f} {r['wer']:>6.3f} "
            f"{r['fact_precision']:>6.3f} {r['fact_recall']:>6.3f} {crit:>7.3f} {det:>5.2f} "
            f"{r['false_meets']:>7} {r['stage_seconds'] / timed:>6.2f} "
            f"{r['bare_seconds'] / timed:>6.2f} {r['stage_seconds'] / r['bare_seconds']:>5.2f} "
            f"{r['stage_cpu_seconds'] / r['bare_cpu_seconds']:>9.2f} "
            f"{r['stage_cpu'] / max(r['stage_first_wall'], 1e-9):>8.2f} "
            f"{r['gil_free']:>8.2f} {r['peak_rss_mb']:>6.0f}"
        )
    print("\nper resolution (criteria agreeing / criteria, determinations agreeing / packets)")
    for r in results:
        if r.get("available"):
            shown = "  ".join(
                f"{mode}: {t[0]}/{t[1]} criteria, {t[2]}/{t[3]} packets"
                for mode, t in r["per_mode"].items()
            )
            print(f"  {r['engine']:<10} {shown}")


def main(argv: list[str] | None = None) -> int:
    from pipeline.ocr import ocr_workers

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twins", nargs="+", default=list(DEFAULT_TWINS))
    parser.add_argument("--engines", nargs="+", default=["tesserocr", "tesseract", "rapidocr"])
    parser.add_argument("--workers", type=int, default=ocr_workers())
    parser.add_argument("--rounds", type=int, default=1, help="timed stage/bare passes")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_engine(args.one, args.twins, args.workers, args.rounds)))
        return 0
    results = []
    for engine in args.engines:
        command = [sys.executable, "-m", "benchmarks.ocr_engines", "--one", engine]
        command += ["--twins", *args.twins, "--workers", str(args.workers)]
        command += ["--rounds", str(args.rounds)]
        done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
        if done.returncode != 0:
            print(f"{engine}: failed (exit {done.returncode})", file=sys.stderr)
            print(done.stderr[-2000:], file=sys.stderr)
            continue
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    _print(results, args.workers, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
