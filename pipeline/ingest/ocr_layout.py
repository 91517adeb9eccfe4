"""Image-only pages through OCR, laid out like any text page.

OCR words are turned into the same ``Word`` objects pdfplumber words become, in the
deskewed frame where text lines are level, so line grouping, columns, furniture and
document splitting work unchanged. The finished character boxes are then mapped back
onto the page as drawn, so evidence highlights land on the tilted scan.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from pipeline.charmap import pack_boxes, unpack_boxes
from pipeline.ingest.layout import PageLayout, build_layout
from pipeline.ingest.rules import ingest_limits
from pipeline.ingest.rulings import make_edge, tables_from_edges
from pipeline.ingest.tables import RawTable, keep_tables
from pipeline.ingest.words import Word
from pipeline.models import Table, TableCell
from pipeline.ocr import OCR_DPI, OcrPage, ocr_available, ocr_pages, tesseract_available

POINTS_PER_INCH = 72


DESCENDERS = frozenset("gjpqy(),;[]|")
"""Glyphs reaching below the baseline: an ink box holding one spans ~0.93 em."""
EM_WITH_DESCENDER = 0.93
EM_WITHOUT_DESCENDER = 0.72
"""Ink height of a line without descenders (capitals, most lowercase) is ~0.72 em."""


def _font_size(words: list) -> float:
    """A line's font size from its OCR ink height, the way pdfplumber reports size.

    Ink boxes are smaller than font boxes, and an all-capitals heading has no descenders,
    so its ink is shorter still; taking ink height as size made headings look like small
    print (and be masked as running headers).
    """
    height = max(w.upright_bbox[3] - w.upright_bbox[1] for w in words)
    has_descender = any(char in DESCENDERS for w in words for char in w.text)
    return height / (EM_WITH_DESCENDER if has_descender else EM_WITHOUT_DESCENDER)


def _words(page: OcrPage) -> list[Word]:
    """OCR words as layout words, sized by their OCR line's estimated font size."""
    lines: dict[tuple[int, int, int], list] = defaultdict(list)
    for word in page.words:
        lines[word.line_key].append(word)
    size = {key: _font_size(words) for key, words in lines.items()}
    words = []
    for word in page.words:
        x0, top, x1, bottom = word.upright_bbox
        step = (x1 - x0) / max(len(word.text), 1)
        glyphs = tuple(
            (char, (x0 + i * step, top, x0 + (i + 1) * step, bottom))
            for i, char in enumerate(word.text)
        )
        words.append(Word(word.text, x0, top, x1, bottom, glyphs, size[word.line_key], False))
    return words


def _tables(page: OcrPage) -> list[RawTable]:
    """Ruled tables rebuilt from the scan's ruling lines with pdfplumber's algorithm."""
    edges = [
        make_edge((a, at), (b, at), "line", "h")
        if kind == "h"
        else make_edge((at, a), (at, b), "line", "v")
        for kind, a, b, at in page.rules
    ]
    return keep_tables(tables_from_edges(edges)) if edges else []


def ocr_layout(page: OcrPage) -> PageLayout:
    """The page layout of an OCR'd page, with boxes on the page as drawn."""
    upright = build_layout(_words(page), _tables(page), scanned=True)
    boxes = [
        page.to_page_box(box) if box is not None else None
        for box in unpack_boxes(upright.char_boxes)
    ]
    tables = tuple(
        Table(
            bbox=page.to_page_box(table.bbox),
            rows=tuple(
                tuple(
                    TableCell(text=cell.text, bbox=page.to_page_box(cell.bbox)) if cell else None
                    for cell in row
                )
                for row in table.rows
            ),
        )
        for table in upright.tables
    )
    return PageLayout(
        text=upright.text,
        char_boxes=pack_boxes(boxes),
        lines=upright.lines,
        tables=tables,
    )


def ocr_dpi(width: float, height: float) -> int | None:
    """The resolution to render a page at for OCR: ``OCR_DPI`` unless the image would
    exceed the pixel limit, then lower; None when even ``min_ocr_dpi`` is too many pixels
    (a page absurdly large, e.g. a 200-inch MediaBox)."""
    limits = ingest_limits()
    area = max(width, 1.0) * max(height, 1.0) / POINTS_PER_INCH**2
    fitting = math.floor(math.sqrt(limits.max_ocr_pixels / area))
    dpi = min(OCR_DPI, fitting)
    return dpi if dpi >= limits.min_ocr_dpi else None


@dataclass(frozen=True, slots=True)
class OcrResult:
    """One page's OCR: its layout and mean confidence, or why it was not read."""

    layout: PageLayout | None
    confidence: float | None
    skipped: str | None = None
    engine: str = ""


def ocr_file_pages(path: Path, pages: list[tuple[int, float, float]]) -> list[OcrResult]:
    """OCR the given ``(file page number, width, height)`` pages of one PDF or TIFF, each
    at the resolution ``ocr_dpi`` allows (``ocr_pages`` bounds the page images held)."""
    results: dict[int, OcrResult] = {}
    by_dpi: dict[int, list[tuple[int, float, float]]] = defaultdict(list)
    for number, width, height in pages:
        dpi = ocr_dpi(width, height)
        if dpi is None:
            results[number] = OcrResult(
                None, None, f"too large to OCR ({width:.0f} x {height:.0f} pt)"
            )
        else:
            by_dpi[dpi].append((number, width, height))
    for dpi, group in by_dpi.items():
        read = ocr_pages(path, [(n - 1, w, h) for n, w, h in group], dpi=dpi)
        for (number, _, _), page in zip(group, read, strict=True):
            results[number] = OcrResult(ocr_layout(page), page.confidence, engine=page.engine)
    return [results[number] for number, _, _ in pages]


__all__ = [
    "OcrResult",
    "ocr_available",
    "ocr_dpi",
    "ocr_file_pages",
    "ocr_layout",
    "tesseract_available",
]
