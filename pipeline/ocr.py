"""OCR for faxed, image-only pages: Tesseract words with boxes in PDF points and confidence.

Most real packets arrive by fax, so a page without a text layer is the normal case, not
an error. A page is rendered with PDFium (serially: PDFium is not thread-safe), deskewed
by a projection-profile search when tilted, and read by the Tesseract binary through
pytesseract (a subprocess per page, so pages run in parallel on threads). Every word
keeps its box mapped back to PDF points through the deskew rotation, and the page
keeps a per-character box map like a text page, so evidence from an OCR page is
highlighted and cited like any other.
"""

from __future__ import annotations

import math
import os
import shutil
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline.charmap import BBox, pack_boxes

OCR_DPI = 300
"""Fax images are ~200 dpi; rendering at 300 gives Tesseract glyphs of its preferred size.
(At 200 dpi both faxed sample twins lost criteria -- diary tables misread -- so 300 stays.)"""
DESKEW_MAX_DEGREES = 3.0
DESKEW_STEP_DEGREES = 0.25
MIN_WORD_CONFIDENCE = 0.0
"""Tesseract reports -1 for non-word boxes; those are dropped, every real word is kept."""
LOW_CONFIDENCE = 60.0
"""Evidence whose words average below this is flagged for the reviewer (0-100 scale)."""


@dataclass(frozen=True)
class OcrWord:
    text: str
    bbox: BBox  # PDF points, top-left origin, on the page as drawn
    upright_bbox: BBox  # PDF points in the deskewed frame, where text lines are level
    confidence: float
    line_key: tuple[int, int, int]


@dataclass(frozen=True)
class OcrPage:
    """The OCR result of one page, in the same shape a text page has."""

    text: str
    char_boxes: bytes
    confidence: float | None
    words: tuple[OcrWord, ...]
    skew_degrees: float
    width: float = 0.0
    height: float = 0.0
    rules: tuple[tuple[str, float, float, float], ...] = ()
    """Ruling lines in PDF points, deskewed frame: ("h", x0, x1, y) / ("v", y0, y1, x)."""

    def to_page_box(self, box: BBox) -> BBox:
        """Map a box from the deskewed frame back onto the page as drawn."""
        return upright_to_page(box, self.skew_degrees, self.width, self.height)


def upright_to_page(box: BBox, skew: float, width: float, height: float) -> BBox:
    """The page-frame bounding box of a deskewed-frame box (rotation about the centre)."""
    if not skew:
        return box
    cx, cy = width / 2, height / 2
    x0, top, x1, bottom = box
    corners = [
        _rotate_point(x, y, cx, cy, -skew)
        for x, y in ((x0, top), (x1, top), (x0, bottom), (x1, bottom))
    ]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (min(xs), min(ys), max(xs), max(ys))


def tesseract_available() -> bool:
    """Whether the Tesseract binary is on PATH (pytesseract only wraps it)."""
    return shutil.which("tesseract") is not None


def render_pages(pdf_path: Path, page_indexes: Sequence[int], dpi: int = OCR_DPI) -> list:
    """PIL images of the given 0-based pages, rendered serially with PDFium."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        images = []
        for index in page_indexes:
            page = document[index]
            try:
                images.append(page.render(scale=dpi / 72).to_pil().convert("L"))
            finally:
                page.close()
        return images
    finally:
        document.close()


def estimate_skew(image) -> float:
    """The rotation (degrees) that levels text lines: max variance of the row profile.

    Coarse-to-fine over +-DESKEW_MAX_DEGREES on a thumbnail: ~20 rotations, not 50.
    """
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((900, 900))
    ink = (np.asarray(small) < 128).astype(np.uint8) * 255
    if ink.sum() < 50 * 255:
        return 0.0
    base = Image.fromarray(ink)

    def score(angle: float) -> float:
        rotated = base.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
        return float(np.var(np.asarray(rotated, dtype=np.float32).sum(axis=1)))

    coarse = DESKEW_STEP_DEGREES * 2
    steps = int(DESKEW_MAX_DEGREES / coarse)
    best = max((step * coarse for step in range(-steps, steps + 1)), key=score)
    fine = [best + step * DESKEW_STEP_DEGREES / 2 for step in range(-3, 4)]
    return round(max(fine, key=score), 3)


RULE_MIN_INCHES = (0.5, 0.3)
"""Ink runs at least this long (horizontal, vertical) are ruling lines, not glyphs.
Text never draws them; tables and forms do."""
RULE_MARGIN_INCHES = 1 / 150
"""Cleared around a rule, for the thickness and residual tilt of faxed lines."""


def _run_cover(ink, length: int, axis: int):
    """Pixels of ``ink`` lying on a straight run of at least ``length`` along ``axis``."""
    import numpy as np

    size = ink.shape[axis]
    if size < length:
        return np.zeros_like(ink)
    pad = [(0, 0), (0, 0)]
    pad[axis] = (1, 0)
    total = np.pad(np.cumsum(ink, axis=axis, dtype=np.int32), pad)
    head = np.take(total, np.arange(length, size + 1), axis=axis)
    tail = np.take(total, np.arange(0, size + 1 - length), axis=axis)
    starts = np.pad(np.cumsum(head - tail == length, axis=axis, dtype=np.int32), pad)
    index = np.arange(size)
    upper = np.minimum(index, size - length) + 1
    lower = np.maximum(index - length + 1, 0)
    covered = np.take(starts, upper, axis=axis) - np.take(starts, lower, axis=axis) > 0
    return covered & ink


Segment = tuple[str, float, float, float]
"""A ruling line in image pixels: ``("h", x0, x1, y)`` or ``("v", y0, y1, x)``."""


def _segments(mask, orientation: str) -> list[Segment]:
    """Runs of a rule mask: along rows for horizontal rules, along columns for vertical."""
    import numpy as np

    lanes = mask if orientation == "h" else mask.T
    segments: list[Segment] = []
    for lane in np.flatnonzero(lanes.any(axis=1)):
        edges = np.diff(np.concatenate(([0], lanes[lane].view(np.int8), [0])))
        for start, end in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
            segments.append((orientation, float(start), float(end), float(lane)))
    return segments


def remove_rules(image, dpi: float) -> tuple[object, list[Segment]]:
    """The image with table and form ruling lines whitened, and the lines found.

    Tesseract's page segmentation treats a bordered table as a picture and drops the
    text in its cells (a request form in a grid came back empty); without the lines the
    cells read as ordinary text lines, and the lines themselves let ingestion rebuild
    the table's cells.
    """
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image).copy()
    ink = pixels < 128
    horizontal = _run_cover(ink, round(RULE_MIN_INCHES[0] * dpi), axis=1)
    vertical = _run_cover(ink, round(RULE_MIN_INCHES[1] * dpi), axis=0)
    if not horizontal.any() and not vertical.any():
        return image, []
    segments = _segments(horizontal, "h") + _segments(vertical, "v")
    mask = horizontal | vertical
    for shift in range(1, max(1, round(RULE_MARGIN_INCHES * dpi)) + 1):
        mask |= np.roll(horizontal, shift, axis=0) | np.roll(horizontal, -shift, axis=0)
        mask |= np.roll(vertical, shift, axis=1) | np.roll(vertical, -shift, axis=1)
    pixels[mask] = 255
    return Image.fromarray(pixels), segments


def _rotate_point(x: float, y: float, cx: float, cy: float, degrees: float) -> tuple[float, float]:
    """Rotate (x, y) about (cx, cy) in image coordinates (y down), as PIL's rotate does."""
    radians = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return (
        cx + dx * math.cos(radians) + dy * math.sin(radians),
        cy - dx * math.sin(radians) + dy * math.cos(radians),
    )


def read_image(image, page_width: float, page_height: float) -> OcrPage:
    """OCR one rendered page image; boxes come back in PDF points."""
    import pytesseract
    from PIL import Image

    skew = estimate_skew(image)
    work = (
        image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)
        if skew
        else image
    )
    clean, segments = remove_rules(work, dpi=image.width / page_width * 72)
    data = pytesseract.image_to_data(
        clean, lang="eng", config="--psm 3", output_type=pytesseract.Output.DICT
    )
    sx, sy = page_width / image.width, page_height / image.height
    words: list[OcrWord] = []
    for i, text in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if not text.strip() or confidence < MIN_WORD_CONFIDENCE:
            continue
        left, top = data["left"][i] * sx, data["top"][i] * sy
        right, bottom = left + data["width"][i] * sx, top + data["height"][i] * sy
        upright = (left, top, right, bottom)
        page_box = upright_to_page(upright, skew, page_width, page_height)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        words.append(OcrWord(text.strip(), page_box, upright, confidence, key))
    page = _assemble(words, skew)
    rules = tuple(
        (
            kind,
            a * (sx if kind == "h" else sy),
            b * (sx if kind == "h" else sy),
            at * (sy if kind == "h" else sx),
        )
        for kind, a, b, at in segments
    )
    return OcrPage(
        page.text,
        page.char_boxes,
        page.confidence,
        page.words,
        skew,
        page_width,
        page_height,
        rules,
    )


def _assemble(words: list[OcrWord], skew: float) -> OcrPage:
    """Page text line by line, one box per character (a word's box split evenly)."""
    parts: list[str] = []
    boxes: list[BBox | None] = []
    previous_key = None
    previous_block = None
    for word in words:
        if previous_key is not None:
            if word.line_key != previous_key:
                gap = "\n\n" if word.line_key[:2] != previous_block else "\n"
                parts.append(gap)
                boxes.extend([None] * len(gap))
            else:
                parts.append(" ")
                boxes.append(None)
        x0, top, x1, bottom = word.bbox
        width = (x1 - x0) / max(len(word.text), 1)
        for j, _ in enumerate(word.text):
            boxes.append((x0 + j * width, top, x0 + (j + 1) * width, bottom))
        parts.append(word.text)
        previous_key, previous_block = word.line_key, word.line_key[:2]
    confidences = [w.confidence for w in words]
    return OcrPage(
        text="".join(parts),
        char_boxes=pack_boxes(boxes),
        confidence=round(sum(confidences) / len(confidences), 1) if confidences else None,
        words=tuple(words),
        skew_degrees=skew,
    )


def ocr_pages(
    pdf_path: Path,
    pages: Sequence[tuple[int, float, float]],
    *,
    workers: int = 2,
    dpi: int = OCR_DPI,
) -> list[OcrPage]:
    """OCR the given pages ``(0-based index, width, height)`` of one PDF, in parallel."""
    # Tesseract's own OpenMP threads fight our page-level parallelism on 2 cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    images = render_pages(pdf_path, [index for index, _, _ in pages], dpi=dpi)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(
            pool.map(
                lambda pair: read_image(pair[0], pair[1][1], pair[1][2]),
                zip(images, pages, strict=True),
            )
        )
