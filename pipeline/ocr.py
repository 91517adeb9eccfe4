"""OCR for faxed, image-only pages: words with boxes in PDF points and confidence.

Most real packets arrive by fax, so a page without a text layer is the normal case, not
an error. A PDF page is rendered with PDFium at ``OCR_DPI`` (serially: PDFium is not
thread-safe); a TIFF frame (a fax server's other format) is resampled from its own
resolution, often 204 x 98 dpi, to square ``OCR_DPI`` pixels. The image is deskewed by
a projection-profile search when tilted, cleared of ruling lines, and read by the
configured engine (``pipeline.ocr_engines``), pages in parallel on threads. Every word
keeps its box mapped back to PDF points through the deskew rotation, and the page keeps
a per-character box map like a text page, so evidence from an OCR page is highlighted
and cited like any other.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline.charmap import BBox, pack_boxes
from pipeline.ocr_cells import reread_cells, ruling_lines
from pipeline.ocr_engines import OcrEngine, configured_engine

OCR_DPI = 300
"""Fax images are ~200 dpi; rendering at 300 gives Tesseract glyphs of its preferred size.
(At 200 dpi both faxed sample twins lost criteria -- diary tables misread -- so 300 stays.)"""
DESKEW_MAX_DEGREES = 3.0
DESKEW_STEP_DEGREES = 0.25
MIN_WORD_CONFIDENCE = 0.0
"""Tesseract reports -1 for non-word boxes; those are dropped, every real word is kept."""


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
    engine: str = ""

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


def ocr_available() -> bool:
    """Whether the configured OCR engine can run here (see ``pipeline.ocr_engines``)."""
    return configured_engine() is not None


tesseract_available = ocr_available
"""The name the tests and callers knew (Tesseract was the only engine)."""

TIFF_SUFFIXES = (".tif", ".tiff")


@dataclass(frozen=True, slots=True)
class PageImage:
    """A page image ready for OCR: grayscale, square pixels at ``dpi``. ``skew`` is set
    when the image was drawn already deskewed by that many degrees (None: not yet)."""

    image: object
    dpi: int
    skew: float | None = None


def square_pixels(image, x_dpi: float, y_dpi: float, dpi: int = OCR_DPI) -> PageImage:
    """A scanned image resampled to square pixels at ``dpi`` in one Lanczos step.

    A standard-resolution fax is 204 x 98 dpi: its glyphs are squashed to half height
    until resampled. Measured on the fax twins (``benchmarks/ocr_engines.py``), one
    smooth resampling to 300 dpi read best (CER ~0.08): doubling rows first (nearest
    neighbour, square at 204 dpi) left stair-stepped glyphs (CER ~0.13).
    """
    from PIL import Image

    gray = image.convert("L")
    size = (round(gray.width * dpi / x_dpi), round(gray.height * dpi / y_dpi))
    if size == gray.size:
        return PageImage(gray, dpi)
    return PageImage(gray.resize(size, Image.Resampling.LANCZOS), dpi)


SKEW_THUMBNAIL_PIXELS = 900
"""The longest side of the small render the skew is estimated on."""


def page_images(
    path: Path, pages: Sequence[tuple[int, float, float]], dpi: int = OCR_DPI
) -> list[PageImage]:
    """Images of the given ``(0-based index, width, height)`` pages of a PDF or TIFF at
    ``dpi``, square pixels.

    A PDF page's skew is estimated on a small render, then PDFium draws the page at
    ``dpi`` (serially: it is not thread-safe) and PIL rotates it level with bicubic
    interpolation. PDFium can draw the page already rotated in one pass (~0.2x
    Tesseract's time per page cheaper), but its rotated glyphs misread: a lone
    diary "1" in a ruled cell came back "4" from both Tesseract engines (sample twin
    sij-007-fax), read right after the bicubic rotation.
    """
    if path.suffix.lower() in TIFF_SUFFIXES:
        return tiff_images(path, [index for index, _, _ in pages], dpi)
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        images = []
        for index, _, _ in pages:
            page = document[index]
            try:
                longest = max(page.get_width(), page.get_height(), 1.0)
                thumbnail = page.render(scale=SKEW_THUMBNAIL_PIXELS / longest, grayscale=True)
                skew = estimate_skew(thumbnail.to_pil().convert("L"))
                plain = page.render(scale=dpi / 72).to_pil().convert("L")
                images.append(PageImage(rotate_level(plain, skew), dpi, skew))
            finally:
                page.close()
        return images
    finally:
        document.close()


def bare_page_images(
    path: Path, pages: Sequence[tuple[int, float, float]], dpi: int = OCR_DPI
) -> list[PageImage]:
    """The page images any OCR needs, and nothing more (the floor the OCR stage is
    compared with): a plain PDFium render, or the TIFF frame resampled."""
    if path.suffix.lower() in TIFF_SUFFIXES:
        return tiff_images(path, [index for index, _, _ in pages], dpi)
    return [PageImage(image, dpi) for image in render_pages(path, [i for i, _, _ in pages], dpi)]


def rotate_level(image, degrees: float):
    """``image`` rotated ``degrees`` counter-clockwise about its centre with bicubic
    interpolation (white fill, same size): how every page is levelled before OCR."""
    from PIL import Image

    if not degrees:
        return image
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=False)


DEFAULT_TIFF_DPI = (204.0, 196.0)
"""A TIFF without a resolution tag is taken for a fine-mode fax."""


def tiff_resolution(frame) -> tuple[float, float]:
    """A TIFF frame's (x, y) dpi, from its tags (centimetres converted)."""
    x, y = frame.info.get("dpi") or DEFAULT_TIFF_DPI
    return float(x) or DEFAULT_TIFF_DPI[0], float(y) or DEFAULT_TIFF_DPI[1]


def tiff_images(path: Path, indexes: Sequence[int], dpi: int = OCR_DPI) -> list[PageImage]:
    """The given 0-based frames of a (multi-page) TIFF, resampled to square ``dpi``."""
    from PIL import Image

    with Image.open(path) as tiff:
        images = []
        for index in indexes:
            tiff.seek(index)
            x_dpi, y_dpi = tiff_resolution(tiff)
            images.append(square_pixels(tiff.copy(), x_dpi, y_dpi, dpi))
        return images


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


def _slices(axis: int, start: int, stop: int) -> tuple[slice, slice]:
    """A 2-D index taking ``start:stop`` along ``axis`` and everything along the other."""
    return (slice(start, stop), slice(None)) if axis == 0 else (slice(None), slice(start, stop))


def _and_ahead(mask, step: int, axis: int):
    """``mask[i] & mask[i + step]`` along ``axis`` (False where ``i + step`` is off the page)."""
    import numpy as np

    size = mask.shape[axis]
    out = np.zeros_like(mask)
    if step < size:
        np.logical_and(
            mask[_slices(axis, 0, size - step)],
            mask[_slices(axis, step, size)],
            out=out[_slices(axis, 0, size - step)],
        )
    return out


def _or_behind(mask, step: int, axis: int):
    """``mask[i] | mask[i - step]`` along ``axis``."""
    size = mask.shape[axis]
    out = mask.copy()
    if step < size:
        out[_slices(axis, step, size)] |= mask[_slices(axis, 0, size - step)]
    return out


def _widen(mask, radius: int, axis: int):
    """``mask`` grown by ``radius`` pixels both ways along ``axis`` (no wrap at the edge)."""
    size = mask.shape[axis]
    out = mask.copy()
    for step in range(1, min(radius, size - 1) + 1):
        out[_slices(axis, step, size)] |= mask[_slices(axis, 0, size - step)]
        out[_slices(axis, 0, size - step)] |= mask[_slices(axis, step, size)]
    return out


def _run_cover(ink, length: int, axis: int):
    """Pixels of ``ink`` lying on a straight run of at least ``length`` along ``axis``.

    Binary erosion then dilation by a ``length``-pixel line, each in log2(length)
    doubling steps on boolean arrays: a 300 dpi page takes ~0.1 s and ~10 MB per array,
    where per-pixel prefix sums took ~0.5 s and 34 MB int32 arrays.
    """
    import numpy as np

    if ink.shape[axis] < length:
        return np.zeros_like(ink)
    starts, width = ink, 1  # starts[i]: ink[i : i + width] is all ink
    while width * 2 <= length:
        starts, width = _and_ahead(starts, width, axis), width * 2
    if length > width:  # two overlapping windows of ``width`` cover ``length`` exactly
        starts = _and_ahead(starts, length - width, axis)
    cover, width = starts, 1  # cover[i]: some run starts in (i - width, i]
    while width * 2 <= length:
        cover, width = _or_behind(cover, width, axis), width * 2
    if length > width:
        cover = _or_behind(cover, length - width, axis)
    return cover & ink


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

    ink = np.asarray(image) < 128
    horizontal = _run_cover(ink, round(RULE_MIN_INCHES[0] * dpi), axis=1)
    vertical = _run_cover(ink, round(RULE_MIN_INCHES[1] * dpi), axis=0)
    if not horizontal.any() and not vertical.any():
        return image, []
    segments = _segments(horizontal, "h") + _segments(vertical, "v")
    margin = max(1, round(RULE_MARGIN_INCHES * dpi))
    pixels = np.array(image)
    pixels[_widen(horizontal, margin, axis=0) | _widen(vertical, margin, axis=1)] = 255
    return Image.fromarray(pixels), segments


def _rotate_point(x: float, y: float, cx: float, cy: float, degrees: float) -> tuple[float, float]:
    """Rotate (x, y) about (cx, cy) in image coordinates (y down), as PIL's rotate does."""
    radians = math.radians(degrees)
    dx, dy = x - cx, y - cy
    return (
        cx + dx * math.cos(radians) + dy * math.sin(radians),
        cy - dx * math.sin(radians) + dy * math.cos(radians),
    )


def read_image(
    image,
    page_width: float,
    page_height: float,
    engine: OcrEngine | None = None,
    skew: float | None = None,
) -> OcrPage:
    """OCR one page image (square pixels) with ``engine``; boxes come back in PDF points.

    ``skew`` given: the image is already level (drawn rotated by ``skew`` degrees);
    None: the skew is estimated and the image rotated here."""

    engine = engine or configured_engine()
    if engine is None:
        raise RuntimeError("no OCR engine is available")
    if skew is None:
        skew = estimate_skew(image)
        image = rotate_level(image, skew)
    dpi = round(image.width / page_width * 72)
    clean, segments = remove_rules(image, dpi=dpi)
    found = reread_cells(clean, segments, engine.recognise(clean, dpi), engine, dpi)
    sx, sy = page_width / image.width, page_height / image.height
    words: list[OcrWord] = []
    for word in found:
        if word.confidence < MIN_WORD_CONFIDENCE:
            continue
        left, top, right, bottom = word.box
        upright = (left * sx, top * sy, right * sx, bottom * sy)
        page_box = upright_to_page(upright, skew, page_width, page_height)
        words.append(OcrWord(word.text, page_box, upright, word.confidence, word.line_key))
    page = _assemble(words, skew)
    rules = tuple(
        (
            kind,
            a * (sx if kind == "h" else sy),
            b * (sx if kind == "h" else sy),
            at * (sy if kind == "h" else sx),
        )
        for kind, a, b, at in ruling_lines(segments, dpi)
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
        engine.name,
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
    path: Path,
    pages: Sequence[tuple[int, float, float]],
    *,
    workers: int = 2,
    dpi: int = OCR_DPI,
    engine: OcrEngine | None = None,
) -> list[OcrPage]:
    """OCR the given pages ``(0-based index, width, height)`` of one PDF or TIFF, in
    parallel (threads: the engines release the GIL or run a subprocess)."""
    # Tesseract's own OpenMP threads fight our page-level parallelism on 2 cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    engine = engine or configured_engine()
    images = page_images(path, pages, dpi=dpi)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(
            pool.map(
                lambda pair: read_image(
                    pair[0].image, pair[1][1], pair[1][2], engine, pair[0].skew
                ),
                zip(images, pages, strict=True),
            )
        )
