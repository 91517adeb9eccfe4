"""CPU seconds per step of the OCR stage on the fax twins, on one thread (issue 16).

    .venv/bin/python -m benchmarks.ocr_profile [--twins sij-004 sij-010 sij-033]

The twins are ``benchmarks.ocr_engines``' (both resolutions, image-only pages). Each
page goes through the stage as ``pipeline.ocr.ocr_pages`` runs it, one page at a time on
this thread: page images (``page_images``), then
``read_image``, whose steps are wrapped to count their CPU seconds; the layout ingestion
builds from the result (``ocr_layout``) is timed too. Then the engine's bare cost on the
same pages (``bare_page_images`` + ``recognise``, as the benchmark's bare pass), file by
file in turn with the stage (stage, bare, stage, bare...), ``--rounds`` times. Prints
CPU seconds a page per step and the stage/bare CPU ratio on one thread. Steps nest in
none of each other, except ``read_image``, which holds the steps listed under it.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.ocr_engines import DEFAULT_TWINS, MODES, twin_paths

READ_STEPS = (
    "skew_thumbnail",
    "estimate_skew",
    "level_pixels",
    "clear_rules",
    "reread_cells",
    "read_unread_lines",
    "reread_dollar_numbers",
    "trim_tall_boxes",
    "narrow_ones",
    "close_rule_ends",
    "_assemble",
)
"""``pipeline.ocr`` names ``read_image`` calls, each wrapped to count its CPU seconds
(a name the code at hand lacks is skipped)."""


def _cpu() -> float:
    return time.process_time()


def _ocr_pages(path: Path) -> list[tuple[int, float, float]]:
    """``(0-based index, width, height)`` of the pages ingestion sends to OCR (asked of
    ingestion with OCR itself stubbed out)."""
    import pipeline.ingest.packet as packet_module
    from pipeline.ingest import read_packet
    from pipeline.ingest.ocr_layout import OcrResult

    asked: list[tuple[int, float, float]] = []

    def record(file: Path, pages: list[tuple[int, float, float]]) -> list[OcrResult]:
        if file == path:
            asked.extend((number - 1, width, height) for number, width, height in pages)
        return [OcrResult(None, None, "profiled") for _ in pages]

    original = packet_module.ocr_file_pages
    packet_module.ocr_file_pages = record  # type: ignore[assignment]
    try:
        read_packet(path)
    finally:
        packet_module.ocr_file_pages = original  # type: ignore[assignment]
    return asked


def profile(twins: list[str], rounds: int = 1) -> tuple[int, dict[str, float]]:
    """Pages profiled (times ``rounds``) and CPU seconds per step over them."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    import pipeline.ocr as ocr
    from pipeline.ingest.ocr_layout import ocr_layout

    totals: collections.Counter[str] = collections.Counter()

    def timed(name: str, function: Callable) -> Callable:
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = _cpu()
            try:
                return function(*args, **kwargs)
            finally:
                totals[name] += _cpu() - start

        return wrapper

    engine = ocr.configured_engine()
    if engine is None:
        raise SystemExit("no OCR engine is available")
    engine.recognise(_blank_page(), 200)  # load the model before timing
    originals = {name: getattr(ocr, name) for name in READ_STEPS if hasattr(ocr, name)}
    recognise = engine.recognise
    files = [twin_paths(twin, mode)[0] for twin in twins for mode in MODES]
    jobs = {path: _ocr_pages(path) for path in files}
    pages = 0
    try:
        for name, function in originals.items():
            setattr(ocr, name, timed(name, function))
        engine.recognise = timed("recognise", recognise)  # type: ignore[method-assign]
        for _ in range(rounds):
            for path in files:  # stage, bare, stage, bare...: a change of load hits both
                spec = jobs[path]
                start = _cpu()
                images = list(ocr.page_images(path, spec))
                totals["page images"] += _cpu() - start
                for image, (_, width, height) in zip(images, spec, strict=True):
                    start = _cpu()
                    page = ocr.read_image(
                        image.image,
                        width,
                        height,
                        engine,
                        thumbnail=image.thumbnail,
                        pixels=image.pixels,
                    )
                    totals["read_image"] += _cpu() - start
                    start = _cpu()
                    ocr_layout(page)
                    totals["ocr_layout"] += _cpu() - start
                pages += len(spec)
                start = _cpu()
                bare = ocr.bare_page_images(path, spec)
                totals["bare page images"] += _cpu() - start
                start = _cpu()
                for image in bare:
                    recognise(image.image, image.dpi)  # the engine's own, not the wrapper
                totals["bare recognise"] += _cpu() - start
    finally:
        engine.recognise = recognise  # type: ignore[method-assign]
        for name, function in originals.items():
            setattr(ocr, name, function)
    return pages, dict(totals)


def _blank_page():  # type: ignore[no-untyped-def]
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "warm up 123", fill=0)
    return image


def _print(pages: int, totals: dict[str, float]) -> None:
    per = {name: seconds / max(pages, 1) for name, seconds in totals.items()}
    stage = per.get("page images", 0.0) + per.get("read_image", 0.0) + per.get("ocr_layout", 0.0)
    inside = sum(per.get(name, 0.0) for name in (*READ_STEPS, "recognise"))
    print(f"{pages} pages, CPU seconds a page on one thread")
    print(f"  {'page images':<24} {per.get('page images', 0.0):.3f}")
    print(f"  {'read_image':<24} {per.get('read_image', 0.0):.3f}")
    for name in sorted(("recognise", *READ_STEPS), key=lambda n: -per.get(n, 0.0)):
        print(f"    {name:<22} {per.get(name, 0.0):.3f}")
    print(f"    {'(rest)':<22} {per.get('read_image', 0.0) - inside:.3f}")
    print(f"  {'ocr_layout':<24} {per.get('ocr_layout', 0.0):.3f}")
    print(f"  {'stage':<24} {stage:.3f}")
    bare = per.get("bare page images", 0.0) + per.get("bare recognise", 0.0)
    print(f"  {'bare':<24} {bare:.3f}")
    print(f"    {'bare page images':<22} {per.get('bare page images', 0.0):.3f}")
    print(f"    {'bare recognise':<22} {per.get('bare recognise', 0.0):.3f}")
    print(f"  stage/bare CPU, one thread: {stage / max(bare, 1e-9):.2f}")
    print(f"  load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twins", nargs="+", default=list(DEFAULT_TWINS))
    parser.add_argument("--rounds", type=int, default=1, help="passes over the pages")
    args = parser.parse_args(argv)
    _print(*profile(args.twins, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
