"""The OCR stage's output on every page ingestion OCRs, dumped to compare two versions.

    .venv/bin/python -m benchmarks.ocr_dump OUT.json [--sets evaluation/fax ...]
    .venv/bin/python -m benchmarks.ocr_dump --compare BEFORE.json AFTER.json

A change meant to make OCR cheaper without changing what it reads (issue 16) is checked
here: per page (``file#page``) the text, each word's text, boxes (page and deskewed
frame), confidence and line, the ruling lines, the skew and a hash of the character
boxes, from ``pipeline.ocr.ocr_pages`` on the pages ingestion sends to OCR (asked of
ingestion with OCR stubbed out, as ``benchmarks.ocr_profile`` does). ``--compare`` prints
the pages that differ and exits 1 if any do. The dump holds patient text of the
evaluation sets: write it outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SETS = (
    "evaluation/fax",
    "evaluation/blind3",
    "evaluation/blind4",
    "evaluation/blind5",
    "evaluation/blind6",
    "evaluation/blind7",
    "evaluation/blind8",
    "evaluation/blind9",
    "evaluation/dev6",
    "evaluation/heldout",
    "evaluation/heldout2",
    "sample_records",
)
PACKET_SUFFIXES = (".pdf", ".tif", ".tiff")


def ocr_jobs(sets: list[Path]) -> list[tuple[Path, list[tuple[int, float, float]]]]:
    """``(file, [(page number, width, height)])`` of every file ingestion would OCR."""
    import pipeline.ingest.packet as packet_module
    from pipeline.ingest import read_packet
    from pipeline.ingest.ocr_layout import OcrResult

    asked: list[tuple[Path, list[tuple[int, float, float]]]] = []

    def record(file: Path, pages: list[tuple[int, float, float]]) -> list[OcrResult]:
        if (Path(file), list(pages)) not in asked:
            asked.append((Path(file), list(pages)))
        return [OcrResult(None, None, "dumped") for _ in pages]

    original = packet_module.ocr_file_pages
    packet_module.ocr_file_pages = record  # type: ignore[assignment]
    try:
        for folder in sets:
            for entry in sorted(folder.iterdir()):
                if entry.is_dir() or entry.suffix.lower() in PACKET_SUFFIXES:
                    read_packet(entry)
    finally:
        packet_module.ocr_file_pages = original  # type: ignore[assignment]
    return asked


def dump(sets: list[Path]) -> dict[str, dict]:
    """The stage's output per ``file#page``."""
    from pipeline.ingest.ocr_layout import ocr_dpi
    from pipeline.ocr import ocr_pages

    out: dict[str, dict] = {}
    for path, pages in ocr_jobs(sets):
        by_dpi: dict[int, list[tuple[int, float, float]]] = {}
        for number, width, height in pages:
            dpi = ocr_dpi(width, height)
            if dpi is not None:
                by_dpi.setdefault(dpi, []).append((number, width, height))
        for dpi, group in by_dpi.items():
            read = ocr_pages(path, [(n - 1, w, h) for n, w, h in group], dpi=dpi)
            for (number, _, _), page in zip(group, read, strict=True):
                out[f"{path.relative_to(REPO)}#{number}"] = {
                    "text": page.text,
                    "confidence": page.confidence,
                    "skew": page.skew_degrees,
                    "rules": [list(rule) for rule in page.rules],
                    "words": [
                        [w.text, list(w.bbox), list(w.upright_bbox), w.confidence, list(w.line_key)]
                        for w in page.words
                    ],
                    "char_boxes": hashlib.sha1(page.char_boxes).hexdigest(),
                }
    return out


def compare(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """The pages whose output differs (or that only one dump has)."""
    return sorted(key for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, help="where to write the dump")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.compare:
        before, after = (json.loads(path.read_text()) for path in args.compare)
        differing = compare(before, after)
        words = sum(len(page["words"]) for page in before.values())
        print(f"{len(before)} / {len(after)} pages ({words} words before); {len(differing)} differ")
        for key in differing:
            print(f"  {key}")
        return 1 if differing else 0
    if args.out is None:
        parser.error("give OUT.json, or --compare BEFORE.json AFTER.json")
    result = dump([REPO / folder for folder in args.sets])
    args.out.write_text(json.dumps(result, sort_keys=True))
    print(f"{len(result)} pages dumped to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
