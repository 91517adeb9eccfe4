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
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.charmap import BBox, pack_boxes
from pipeline.ocr_cells import (
    JOIN_TOLERANCE_INCHES,
    RULE_END_REACH_INCHES,
    reread_cells,
    ruling_lines,
    table_cells,
)
from pipeline.ocr_engines import EngineWord, OcrEngine, configured_engine
from pipeline.ocr_glyphs import narrow_ones, reread_dollar_numbers
from pipeline.ocr_unread import read_unread_lines

OCR_DPI = 300
"""Fax images are ~200 dpi; rendering at 300 gives Tesseract glyphs of its preferred size.
(At 200 dpi both faxed sample twins lost criteria -- diary tables misread -- so 300 stays.)"""
DESKEW_MAX_DEGREES = 3.0
DESKEW_STEP_DEGREES = 0.25
MIN_WORD_CONFIDENCE = 0.0
"""Tesseract reports -1 for non-word boxes; those are dropped, every real word is kept."""
SPECK_MARKS = frozenset(".,;:'`\"*^~_°»«‘’“”")
"""Marks a fax speck is read as. A word of these alone, read with less than
``SPECK_CONFIDENCE``, is a speck: dropped, it can no longer end the sentence a negation
governs ("No inflammatory ; arthritis, . cancer"). Signs that say something (+, -, %,
/, |, parentheses) are kept whatever their confidence."""
SPECK_CONFIDENCE = 40.0


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
    cos, sin = _cos_sin(-skew)  # once a box, not once a corner (a page has ~1,500 boxes)
    x0, top, x1, bottom = box
    left, right, up, down = x0 - cx, x1 - cx, top - cy, bottom - cy
    xs = (cx + left * cos + up * sin, cx + right * cos + up * sin)
    xs += (cx + left * cos + down * sin, cx + right * cos + down * sin)
    ys = (cy - left * sin + up * cos, cy - right * sin + up * cos)
    ys += (cy - left * sin + down * cos, cy - right * sin + down * cos)
    return (min(xs), min(ys), max(xs), max(ys))


def _cos_sin(degrees: float) -> tuple[float, float]:
    radians = math.radians(degrees)
    return math.cos(radians), math.sin(radians)


def ocr_available() -> bool:
    """Whether the configured OCR engine can run here (see ``pipeline.ocr_engines``)."""
    return configured_engine() is not None


tesseract_available = ocr_available
"""The name the tests and callers knew (Tesseract was the only engine)."""

TIFF_SUFFIXES = (".tif", ".tiff")


@dataclass(frozen=True, slots=True)
class PageImage:
    """A page image ready for OCR: grayscale, square pixels at ``dpi``, as drawn (not yet
    levelled). ``thumbnail``: a small render of the page to estimate its skew on (None:
    the skew is estimated on a thumbnail of ``image``). ``pixels``: ``image``'s pixels as
    a numpy array sharing its memory, when the drawing gave them for nothing (PDFium's
    bitmap), so the levelling need not copy the page out of PIL."""

    image: object
    dpi: int
    thumbnail: object | None = None
    pixels: object | None = None


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
) -> Iterator[PageImage]:
    """Images of the given ``(0-based index, width, height)`` pages of a PDF or TIFF at
    ``dpi``, square pixels, one at a time (so OCR of a page can start while the next is
    drawn).

    PDFium draws a PDF page twice, serially (it is not thread-safe): small, to estimate
    the skew on, and at ``dpi``, both straight into one grey channel: the pixels of a
    colour render converted to grey (on all 391 image-only pages of the evaluation sets;
    a grey level apart at most where a page has colour) at ~0.3x its cost, with no
    three-channel bitmap filled and converted; the OCR threads level it
    (``level_pixels``, from the bitmap's own pixels). PDFium can draw the page already
    rotated in one pass (~0.2x Tesseract's time per page cheaper), but its rotated glyphs
    misread: a lone diary "1" in a ruled cell came back "4" from both Tesseract engines
    (sample twin sij-007-fax), read right after the bicubic rotation.
    """
    if path.suffix.lower() in TIFF_SUFFIXES:
        yield from tiff_images(path, [index for index, _, _ in pages], dpi)
        return
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        for index, _, _ in pages:
            page = document[index]
            try:
                longest = max(page.get_width(), page.get_height(), 1.0)
                thumbnail = page.render(scale=SKEW_THUMBNAIL_PIXELS / longest, grayscale=True)
                small = thumbnail.to_pil().convert("L")
                bitmap = page.render(scale=dpi / 72, grayscale=True)
                plain = bitmap.to_pil()  # shares the bitmap's memory
                if plain.mode == "L":
                    yield PageImage(plain, dpi, small, bitmap.to_numpy())
                else:
                    yield PageImage(_gray(plain), dpi, small)
            finally:
                page.close()
    finally:
        document.close()


def _gray(image):
    """A PDFium render as one 8-bit grey channel (a grayscale render already is one)."""
    return image if image.mode == "L" else image.convert("L")


def bare_page_images(
    path: Path, pages: Sequence[tuple[int, float, float]], dpi: int = OCR_DPI
) -> list[PageImage]:
    """The page images any OCR needs, and nothing more (the floor the OCR stage is
    compared with): a plain PDFium render, or the TIFF frame resampled."""
    if path.suffix.lower() in TIFF_SUFFIXES:
        return tiff_images(path, [index for index, _, _ in pages], dpi)
    return [PageImage(image, dpi) for image in render_pages(path, [i for i, _, _ in pages], dpi)]


LEVEL_TILE_PIXELS = 16
"""The levelling rotation works in square output tiles of this many pixels."""
BLANK_BLOCK_PIXELS = 8
"""Source pixels are checked for ink in square blocks of this many pixels: finer blocks
leave fewer tiles busy around a fax's specks (16-pixel blocks: ~20% of the twins' page
area interpolated, 8: ~17%, ~7% less levelling time; 8-pixel tiles cost more calls than
they save)."""
BICUBIC_REACH_PIXELS = 3
"""How far beyond a pixel's source position the bicubic kernel reads (2, plus rounding)."""


def rotate_level(image, degrees: float):
    """``image`` rotated ``degrees`` counter-clockwise about its centre with bicubic
    interpolation (white fill, same size): how every page is levelled before OCR.

    Pixel for pixel what PIL's ``rotate`` draws, at ~0.4x its cost (``level_pixels``).
    """
    from PIL import Image

    if not degrees:
        return image
    if _drawn_whole(image, degrees):
        return image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
    return Image.fromarray(level_pixels(image, degrees))


def _drawn_whole(image, degrees: float) -> bool:
    """Whether PIL rotates ``image`` itself, untiled: not one grey channel, a quarter
    turn, or an image no wider or taller than a tile (one tile: PIL draws it directly,
    since its one-tile transform can round a grey level differently from its rotate)."""
    return image.mode != "L" or degrees % 90 == 0 or min(image.size) <= LEVEL_TILE_PIXELS


def level_pixels(image, degrees: float, pixels=None):
    """``rotate_level``'s pixels of a grey ``image``, as a writable array of the page's
    own (the rule removal whitens it in place, the leftover-ink scan reads it): copying
    a 300 dpi page out of PIL costs a few milliseconds each time, and the stage did it
    four times a page. ``pixels``: ``image``'s pixels when the caller has them (the
    PDFium bitmap the image shares), else they are copied out once.

    A page is mostly blank paper, and a bicubic sample of blank paper is blank, so only
    the output tiles whose source neighbourhood holds a non-white pixel are interpolated
    (15-40% of a fax page), each run of them by PIL's own bicubic affine transform drawn
    straight into the array (as ``transform`` then ``paste`` would draw it, without a
    new image per run); the rest stay white.
    """
    import numpy as np
    from PIL import Image

    if not degrees:
        return np.array(image if pixels is None else pixels)
    if _drawn_whole(image, degrees):
        turned = image.rotate(degrees, resample=Image.Resampling.BICUBIC, fillcolor=255)
        return np.array(turned)
    source = np.asarray(image) if pixels is None else pixels
    tile = LEVEL_TILE_PIXELS
    matrix = _level_matrix(degrees, image.width, image.height)
    a, b, c, d, e, f = matrix
    out = np.full((image.height, image.width), 255, np.uint8)
    target = Image.frombuffer("L", image.size, out, "raw", "L", 0, 1)  # shares ``out``
    image.load()
    affine, bicubic = Image.Transform.AFFINE, Image.Resampling.BICUBIC
    for top, left, right in _busy_runs(_busy_tiles(source, matrix)):
        x0, y0 = left * tile, top * tile
        x1, y1 = min(right * tile, image.width), min(y0 + tile, image.height)
        shifted = (a, b, c + a * x0 + b * y0, d, e, f + d * x0 + e * y0)
        # PIL's core transform (what ``Image.transform`` calls), writing into the box of
        # ``target`` and leaving pixels whose sample falls off the page white (fill 0)
        target.im.transform((x0, y0, x1, y1), image.im, affine, shifted, bicubic, 0)
    return out


def _level_matrix(degrees: float, width: int, height: int) -> tuple[float, ...]:
    """The output-to-source affine matrix of PIL's ``rotate(degrees)`` about the centre,
    computed as PIL computes it, so the tiles sample exactly where it would."""
    angle = -math.radians(degrees)
    cos, sin = round(math.cos(angle), 15), round(math.sin(angle), 15)
    cx, cy = width / 2, height / 2
    return (cos, sin, cos * -cx + sin * -cy + cx, -sin, cos, -sin * -cx + cos * -cy + cy)


def _busy_tiles(pixels, matrix: tuple[float, ...]):
    """Per output tile, whether any source pixel its bicubic samples read is not white.

    Ink is looked for in ``BLANK_BLOCK_PIXELS`` blocks: the darkest pixel of each column
    over a block's rows (whole blocks of rows, then the rest), then whether any of a
    block's columns holds a non-white one (a short last block padded with blank ones):
    one pass over the page, without a padded copy of it."""
    import numpy as np

    height, width = pixels.shape
    block, tile = BLANK_BLOCK_PIXELS, LEVEL_TILE_PIXELS
    rows, cols = -(-height // block), -(-width // block)
    whole = height // block * block
    darkest = np.empty((rows, width), np.uint8)
    blocks = pixels[:whole].reshape(-1, block, width)
    np.minimum.reduce(blocks, axis=1, out=darkest[: whole // block])
    if whole < height:
        np.minimum.reduce(pixels[whole:], axis=0, out=darkest[-1])
    inked_columns = np.zeros((rows, cols * block), bool)
    np.less(darkest, 255, out=inked_columns[:, :width])
    inked = inked_columns.reshape(rows, cols, block).any(axis=2)
    counts = np.zeros((rows + 1, cols + 1), np.int32)  # inked blocks, summed area table
    counts[1:, 1:] = inked.cumsum(0).cumsum(1)
    ys = np.arange(0, height, tile)[:, None]
    xs = np.arange(0, width, tile)[None, :]
    ye, xe = np.minimum(ys + tile, height), np.minimum(xs + tile, width)
    a, b, c, d, e, f = matrix
    corners = [(x, y) for x in (xs, xe) for y in (ys, ye)]
    src_x = [a * x + b * y + c for x, y in corners]
    src_y = [d * x + e * y + f for x, y in corners]
    reach = BICUBIC_REACH_PIXELS

    def span(low, high, limit: int):
        first = np.clip(np.floor(low - reach) // block, 0, limit)
        last = np.clip(np.ceil(high + reach) // block + 1, 0, limit)
        return first.astype(np.intp), last.astype(np.intp)

    bx0, bx1 = span(np.minimum.reduce(src_x), np.maximum.reduce(src_x), cols)
    by0, by1 = span(np.minimum.reduce(src_y), np.maximum.reduce(src_y), rows)
    ink = counts[by1, bx1] - counts[by0, bx1] - counts[by1, bx0] + counts[by0, bx0]
    return ink > 0


def _busy_runs(busy) -> list[tuple[int, int, int]]:
    """``(tile row, first tile, end tile)`` of each run of busy tiles along a tile row."""
    import numpy as np

    framed = np.zeros((busy.shape[0], busy.shape[1] + 2), np.int8)
    framed[:, 1:-1] = busy
    edges = np.diff(framed, axis=1)
    rows, starts = np.nonzero(edges == 1)  # row by row, left to right: runs pair up
    ends = np.nonzero(edges == -1)[1]
    return list(zip(rows.tolist(), starts.tolist(), ends.tolist(), strict=True))


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
    """PIL images of the given 0-based pages, rendered serially with PDFium straight into
    one grey channel, as the OCR stage draws them (the bare floor gets the same render)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        images = []
        for index in page_indexes:
            page = document[index]
            try:
                images.append(_gray(page.render(scale=dpi / 72, grayscale=True).to_pil()))
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

    scores: dict[float, float] = {}

    def score(angle: float) -> float:
        if angle not in scores:
            rotated = base.rotate(angle, resample=Image.Resampling.NEAREST, fillcolor=0)
            # Row sums are whole numbers below 2**24: summed as integers they are the
            # float32 sums exactly, without a float copy of the image.
            rows = np.asarray(rotated).sum(axis=1, dtype=np.int32).astype(np.float32)
            scores[angle] = float(np.var(rows))
        return scores[angle]

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
RULE_BAND_INCHES = 1 / 100
"""How far (either side, across the line) the pieces of one stepped horizontal rule lie.
A tilted line on a standard-resolution fax is a staircase of 1/98-inch rows; levelled,
each step tilts the other way, so the line becomes a saw-tooth ~1/45 inch thick whose
rows each hold only pieces of it, none 0.5 inch long (a table's row rules were lost and
its rows read into one another)."""
RULE_HOLE_INCHES = 1 / 50
"""Holes this short along a saw-tooth band are closed: where a step of the stair was
thresholded, the line reads as dashes."""
RULE_PIECE_INCHES = 1 / 10
"""A piece of a saw-tooth rule is at least this long along one pixel row: longer than a
glyph's horizontal stroke, shorter than a fine-mode step (~0.3 inch at 1 degree)."""
RULE_PIECE_COVER = 0.6
"""The share of a band's run its pieces cover for it to be a rule (the rest: the
thresholded steps between pieces)."""


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


def _whole_groups(ink, axis: int):
    """Per aligned group of 8 pixels along ``axis``, whether all 8 are ink."""
    import numpy as np

    if axis == 1:
        return np.packbits(ink, axis=1) == 255
    rows = ink.shape[0] - ink.shape[0] % 8
    return np.logical_and.reduce(ink[:rows].reshape(-1, 8, ink.shape[1]), axis=1)


def _rule_lanes(ink, length: int, axis: int):
    """The lanes along ``axis`` (rows for 1, columns for 0) holding an ink run of at least
    ``length`` pixels, and each such lane's run cover (``_run_cover`` of the lane).

    Such a run spans at least ``(length - 7) // 8`` whole aligned groups of 8 pixels, so
    lanes without that many whole groups in a row are skipped: on a page only the few
    rows and columns a rule crosses are left to examine pixel by pixel.
    """
    import numpy as np

    groups = (length - 7) // 8
    if groups >= 2:
        candidates = _run_cover(_whole_groups(ink, axis), groups, axis).any(axis=axis)
        lanes = np.flatnonzero(candidates)
    else:
        lanes = np.arange(ink.shape[1 - axis])
    picked = ink[lanes] if axis == 1 else ink[:, lanes].T
    cover = _run_cover(picked, length, axis=1)
    found = cover.any(axis=1)
    return lanes[found], cover[found]


Segment = tuple[str, float, float, float]
"""A ruling line in image pixels: ``("h", x0, x1, y)`` or ``("v", y0, y1, x)``."""


def _segments(lanes, cover, orientation: str) -> list[Segment]:
    """The runs of each lane's rule cover: along rows for horizontal rules, along
    columns for vertical ones."""
    import numpy as np

    segments: list[Segment] = []
    for lane, runs in zip(lanes, cover, strict=True):
        edges = np.diff(np.concatenate(([0], runs.view(np.int8), [0])))
        for start, end in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
            segments.append((orientation, float(start), float(end), float(lane)))
    return segments


def _whiten(pixels, lanes, cover, margin: int, axis: int) -> None:
    """Whiten each lane's rule pixels and ``margin`` pixels either side across the lane."""
    size = pixels.shape[1 - axis]
    for shift in range(-margin, margin + 1):
        shifted = lanes + shift
        inside = (shifted >= 0) & (shifted < size)
        if axis == 1:
            rows = pixels[shifted[inside]]
            rows[cover[inside]] = 255
            pixels[shifted[inside]] = rows
        else:
            cols = pixels[:, shifted[inside]]
            cols[cover[inside].T] = 255
            pixels[:, shifted[inside]] = cols


def _near(mask, reach: int, axis: int):
    """``mask`` ORed with itself shifted up to ``reach`` pixels either way along ``axis``."""
    out = mask.copy()
    for step in range(1, reach + 1):
        out |= _or_behind(mask, step, axis)
        out[_slices(axis, 0, mask.shape[axis] - step)] |= mask[
            _slices(axis, step, mask.shape[axis])
        ]
    return out


def _close_holes(mask, hole: int):
    """``mask`` with its runs of False shorter than ``hole`` pixels along rows filled."""
    if hole < 1:
        return mask
    return ~_run_cover(~mask, hole, axis=1)


def _sawtooth_rows(ink, length: int, reach: int, piece: int, hole: int, known):
    """Rows holding pieces of a horizontal rule that no single row holds whole.

    A piece is a run of at least ``piece`` pixels along one row. Ink within ``reach``
    rows of a piece, holes shorter than ``hole`` closed, forms a band; a band run
    ``length`` pixels long is a rule when pieces cover ``RULE_PIECE_COVER`` of it (a
    line of dense text can make a band run that long, never one made of pieces). In
    the rows within ``reach`` of a rule (or of a ``known`` rule row), every piece is a
    piece of it, under the band's run or beyond it, where the line goes on between
    holes too wide to close; under the band's run all ink of its rows is the rule's
    (the dots of its thresholded steps, which Tesseract read as words glued to the
    next line). Returns ``(rows, cover)`` as ``_rule_lanes`` does. Only rows near a
    piece are examined: on a page of text they are few.
    """

    import numpy as np

    height, width = ink.shape
    none = (np.zeros(0, np.intp), np.zeros((0, width), bool))
    piece_rows, piece_cover = _rule_lanes(ink, piece, axis=1)
    if not piece_rows.size:
        return none
    offsets = np.arange(-reach, reach + 1)

    def around(rows):
        near = (rows[:, None] + offsets[None, :]).ravel()
        return np.unique(near[(near >= 0) & (near < height)])

    def ored(mask, rows):
        out = np.zeros((rows.size, width), bool)
        for offset in offsets:
            out |= mask[np.clip(rows + offset, 0, height - 1)]
        return out

    candidates = around(piece_rows)
    band = _close_holes(ored(ink, candidates), hole)
    lanes, cover = _rule_lanes(band, length, axis=1)
    pieces = np.zeros((height, width), bool)
    pieces[piece_rows] = piece_cover
    rules = candidates[lanes]
    spans = np.zeros((height, width), bool)  # the band runs taken for rules
    if lanes.size:
        covered = ored(pieces, rules) & cover
        taken = np.array([_covered_runs(c, p) for c, p in zip(cover, covered, strict=True)])
        rules = rules[taken.any(axis=1)]
        spans[rules] = taken[taken.any(axis=1)]
    seeds = np.union1d(rules, known)
    if not seeds.size:
        return none
    rows = np.intersect1d(around(seeds), np.union1d(piece_rows, rules))
    cover = pieces[rows] | (spans[rows] & ink[rows])
    return rows, cover


def _covered_runs(run_mask, covered):
    """The runs of ``run_mask`` that ``covered`` covers for ``RULE_PIECE_COVER`` of
    their length (a rule's band; the rest: the thresholded steps between its pieces)."""
    import numpy as np

    out = np.zeros_like(run_mask)
    edges = np.diff(np.concatenate(([0], run_mask.view(np.int8), [0])))
    sums = np.concatenate(([0], np.cumsum(covered)))
    for start, end in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1), strict=True):
        if sums[end] - sums[start] >= RULE_PIECE_COVER * (end - start):
            out[start:end] = True
    return out


def _union_lanes(a_lanes, a_cover, b_lanes, b_cover):
    """Two ``(lanes, cover)`` sets as one: a lane in both keeps both covers."""
    import numpy as np

    lanes = np.union1d(a_lanes, b_lanes)
    cover = np.zeros((lanes.size, a_cover.shape[1]), bool)
    for some, some_cover in ((a_lanes, a_cover), (b_lanes, b_cover)):
        if some.size:
            cover[np.searchsorted(lanes, some)] |= some_cover
    return lanes, cover


def remove_rules(image, dpi: float) -> tuple[object, list[Segment]]:
    """The image with table and form ruling lines whitened, and the lines found
    (``clear_rules`` on a copy of its pixels; the image itself when it has none)."""
    import numpy as np
    from PIL import Image

    pixels = np.array(image)
    segments = clear_rules(pixels, dpi)
    return (Image.fromarray(pixels) if segments else image), segments


def clear_rules(pixels, dpi: float) -> list[Segment]:
    """Table and form ruling lines found on a grey page and whitened in ``pixels`` (in
    place: the stage's levelled page is its own copy, so no second one is made).

    Tesseract's page segmentation treats a bordered table as a picture and drops the
    text in its cells (a request form in a grid came back empty); without the lines the
    cells read as ordinary text lines, and the lines themselves let ingestion rebuild
    the table's cells.
    """
    ink = pixels < 128
    rows, row_cover = _rule_lanes(ink, round(RULE_MIN_INCHES[0] * dpi), axis=1)
    reach, piece = max(1, round(RULE_BAND_INCHES * dpi)), round(RULE_PIECE_INCHES * dpi)
    hole = round(RULE_HOLE_INCHES * dpi)
    stepped = _sawtooth_rows(ink, round(RULE_MIN_INCHES[0] * dpi), reach, piece, hole, rows)
    rows, row_cover = _union_lanes(rows, row_cover, *stepped)
    cols, col_cover = _rule_lanes(ink, round(RULE_MIN_INCHES[1] * dpi), axis=0)
    if not rows.size and not cols.size:
        return []
    segments = _segments(rows, row_cover, "h") + _segments(cols, col_cover, "v")
    margin = max(1, round(RULE_MARGIN_INCHES * dpi))
    _whiten(pixels, rows, row_cover, margin, axis=1)
    _whiten(pixels, cols, col_cover, margin, axis=0)
    return segments


def close_rule_ends(lines: Sequence[Segment], dpi: float) -> list[Segment]:
    """Ruling lines with each end that stops short of a crossing line carried to it.

    A faxed line loses its ends like its middle (thresholded steps, noise), and a table
    row whose rule stops a few points short of the table's border is merged with the
    next row by the table finder, which joins lines across ~3 points only. Each end is
    carried to the nearest line across it within ``RULE_END_REACH_INCHES`` that reaches
    its height; lines are carried to the other kind as found (not to carried ones).
    """
    reach, tol = RULE_END_REACH_INCHES * dpi, JOIN_TOLERANCE_INCHES * dpi
    closed: list[Segment] = []
    for kind, start, end, at in lines:
        across = [
            other_at
            for other_kind, other_start, other_end, other_at in lines
            if other_kind != kind and other_start - tol <= at <= other_end + tol
        ]
        before = [x for x in across if start - reach <= x < start]
        after = [x for x in across if end < x <= end + reach]
        closed.append((kind, max(before, default=start), min(after, default=end), at))
    return closed


def _rotate_point(x: float, y: float, cx: float, cy: float, degrees: float) -> tuple[float, float]:
    """Rotate (x, y) about (cx, cy) in image coordinates (y down), as PIL's rotate does."""
    cos, sin = _cos_sin(degrees)
    dx, dy = x - cx, y - cy
    return (cx + dx * cos + dy * sin, cy - dx * sin + dy * cos)


def read_image(
    image,
    page_width: float,
    page_height: float,
    engine: OcrEngine | None = None,
    thumbnail=None,
    pixels=None,
) -> OcrPage:
    """OCR one page image (square pixels) with ``engine``; boxes come back in PDF points.
    The skew is estimated (on ``thumbnail`` when given) and the image levelled first.
    ``pixels``: the image's pixels as an array, when the caller has them (``PageImage``).

    The levelled page is one array, cleared of rules in place and shared by every step
    after (PIL image views of it for the engine and the crops): each copy of a 300 dpi
    page out of PIL costs a few milliseconds, a noticeable part of the stage's cost over
    the engine's own."""
    from PIL import Image

    engine = engine or configured_engine()
    if engine is None:
        raise RuntimeError("no OCR engine is available")
    skew = estimate_skew(image if thumbnail is None else thumbnail)
    dpi = round(image.width / page_width * 72)
    levelled = level_pixels(image, skew, pixels)
    segments = clear_rules(levelled, dpi=dpi)
    clean = Image.fromarray(levelled)  # a view of the array, not a copy
    found = reread_cells(clean, segments, engine.recognise(clean, dpi), engine, dpi)
    if engine.name == "tesserocr":  # the re-reads use tesserocr's single-line reader
        found = read_unread_lines(clean, found, table_cells(segments, dpi), dpi, pixels=levelled)
        found = reread_dollar_numbers(clean, found, dpi)
    found = narrow_ones(trim_tall_boxes(found))
    sx, sy = page_width / clean.width, page_height / clean.height
    words: list[OcrWord] = []
    for word in found:
        if word.confidence < MIN_WORD_CONFIDENCE or _is_speck(word.text, word.confidence):
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
        for kind, a, b, at in close_rule_ends(ruling_lines(segments, dpi), dpi)
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


TALL_BOX = 1.6
"""A word box this many times its line's median height took in ink beyond its glyphs."""
OVERSHOOT = 0.25
"""A tall box is trimmed only where it reaches this many median heights past the band of
its line's other words (an ascender or descender of its own is left alone)."""
MIN_LINE_WORDS = 3
"""A line needs this many words for its median height to say what a glyph's box is."""


def _is_speck(text: str, confidence: float) -> bool:
    """Whether a read word is a speck: speck marks alone, read without confidence."""
    return confidence < SPECK_CONFIDENCE and bool(text) and set(text) <= SPECK_MARKS


def _is_glyph_word(text: str) -> bool:
    """Whether a read word has two letters or digits or more (not a speck's mark)."""
    return sum(char.isalnum() for char in text) >= 2


def trim_tall_boxes(words: Sequence[EngineWord]) -> list[EngineWord]:
    """Words whose box took in ink off their line (a speck, a dropped row's edge, the
    next line's ascender: "diagnostic" read as "dlagnenie", twice the line's height)
    trimmed to the band of the other words of their engine line (``OVERSHOOT`` beyond).

    Layout groups words into lines by their boxes: a box reaching into the next line
    opened a band of its own, and the rest of its printed line was dealt between two
    lines word by word (a medication line read as two interleaved lines); its height
    also made the line's font look like a heading's. Only words of two letters or
    digits or more count and are trimmed: specks read as marks (";", ".") and dropped
    rows' shards say nothing of the line's height, and a speck moved into a line would
    end its sentence."""
    lines: dict[tuple[int, int, int], list[EngineWord]] = {}
    for word in words:
        if _is_glyph_word(word.text):
            lines.setdefault(word.line_key, []).append(word)
    bands: dict[tuple[int, int, int], tuple[float, float, float]] = {}
    for key, members in lines.items():
        if len(members) < MIN_LINE_WORDS:
            continue
        heights = sorted(w.box[3] - w.box[1] for w in members)
        median = heights[len(heights) // 2]
        limit = TALL_BOX * median
        normal = [w for w in members if w.box[3] - w.box[1] <= limit]
        slack = OVERSHOOT * median
        top, bottom = min(w.box[1] for w in normal), max(w.box[3] for w in normal)
        bands[key] = (limit, top - slack, bottom + slack)
    trimmed = []
    for word in words:
        left, top, right, bottom = word.box
        band = bands.get(word.line_key)
        if band is not None and bottom - top > band[0] and _is_glyph_word(word.text):
            new_top, new_bottom = max(top, band[1]), min(bottom, band[2])
            if new_top < new_bottom:
                word = replace(word, box=(left, new_top, right, new_bottom))
        trimmed.append(word)
    return trimmed


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


OCR_WORKERS_SETTING = "AUTHREVIEW_OCR_WORKERS"


def ocr_workers() -> int:
    """Pages OCR'd at once in a process: ``AUTHREVIEW_OCR_WORKERS`` if set, else every
    CPU the process may use (the engines release the GIL, so threads fill the cores)."""
    setting = os.environ.get(OCR_WORKERS_SETTING, "").strip()
    if setting:
        try:
            return max(1, int(setting))
        except ValueError:
            raise ValueError(f"{OCR_WORKERS_SETTING} must be a whole number") from None
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


PAGES_PER_THREAD = 2
"""Page images drawn ahead per OCR thread: enough to keep every thread busy, few enough
that a 300-page fax is read in bounded memory (~8 MB a page at 300 dpi)."""


def ocr_pages(
    path: Path,
    pages: Sequence[tuple[int, float, float]],
    *,
    workers: int | None = None,
    dpi: int = OCR_DPI,
    engine: OcrEngine | None = None,
) -> list[OcrPage]:
    """OCR the given pages ``(0-based index, width, height)`` of one PDF or TIFF, in
    parallel on ``workers`` threads (default ``ocr_workers()``): each page is levelled,
    cleared of rules and read on a thread while the next ones are drawn, at most
    ``PAGES_PER_THREAD`` per thread ahead (the engines release the GIL or run a
    subprocess; PIL and numpy release it for whole-image work)."""
    # Tesseract's own OpenMP threads would fight page-level parallelism for the cores.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    engine = engine or configured_engine()
    threads = max(1, min(workers or ocr_workers(), len(pages)))
    results: list[OcrPage] = []
    with ThreadPoolExecutor(max_workers=threads) as pool:
        running: deque[Future[OcrPage]] = deque()
        for image, (_, width, height) in zip(page_images(path, pages, dpi=dpi), pages, strict=True):
            if len(running) >= threads * PAGES_PER_THREAD:
                results.append(running.popleft().result())
            running.append(
                pool.submit(
                    read_image,
                    image.image,
                    width,
                    height,
                    engine,
                    thumbnail=image.thumbnail,
                    pixels=image.pixels,
                )
            )
        results.extend(future.result() for future in running)
    return results
