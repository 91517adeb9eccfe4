"""Image-only pages through OCR, laid out like any text page.

OCR words are turned into the same ``Word`` objects pdfplumber words become, in the
deskewed frame where text lines are level, so line grouping, columns, furniture and
document splitting work unchanged. The finished character boxes are then mapped back
onto the page as drawn, so evidence highlights land on the tilted scan.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pipeline.charmap import pack_boxes, unpack_boxes
from pipeline.ingest.layout import PageLayout, build_layout
from pipeline.ingest.words import Word
from pipeline.ocr import OcrPage, ocr_pages, tesseract_available


def _words(page: OcrPage) -> list[Word]:
    """OCR words as layout words; a word's size is its OCR line's height (≈ font size)."""
    line_height: dict[tuple[int, int, int], float] = defaultdict(float)
    for word in page.words:
        x0, top, x1, bottom = word.upright_bbox
        line_height[word.line_key] = max(line_height[word.line_key], bottom - top)
    words = []
    for word in page.words:
        x0, top, x1, bottom = word.upright_bbox
        step = (x1 - x0) / max(len(word.text), 1)
        glyphs = tuple(
            (char, (x0 + i * step, top, x0 + (i + 1) * step, bottom))
            for i, char in enumerate(word.text)
        )
        words.append(
            Word(word.text, x0, top, x1, bottom, glyphs, line_height[word.line_key], False)
        )
    return words


def ocr_layout(page: OcrPage) -> PageLayout:
    """The page layout of an OCR'd page, with boxes on the page as drawn."""
    upright = build_layout(_words(page), [])
    boxes = [
        page.to_page_box(box) if box is not None else None
        for box in unpack_boxes(upright.char_boxes)
    ]
    return PageLayout(
        text=upright.text,
        char_boxes=pack_boxes(boxes),
        lines=upright.lines,
        tables=upright.tables,
    )


def ocr_file_pages(
    path: Path, pages: list[tuple[int, float, float]]
) -> list[tuple[PageLayout, float | None]]:
    """OCR the given ``(file page number, width, height)`` pages of one PDF."""
    results = ocr_pages(path, [(number - 1, width, height) for number, width, height in pages])
    return [(ocr_layout(result), result.confidence) for result in results]


__all__ = ["ocr_file_pages", "ocr_layout", "tesseract_available"]
