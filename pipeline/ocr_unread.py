"""Text lines the engine's page layout left out, read on their own.

Tesseract's page layout now and then drops a whole printed line of a faxed page, with
nothing in its place: a block heading between two ruled diary tables ("01/21/2026 L SIJ
DX BLOCK #2") and the start of the line under it vanished, so the second block was
never found. The ink is still on the page. After the page read, ink that no read word's
box (nor a ruled table cell, which ``ocr_cells`` reads on its own) covers is gathered
into bands of rows; a band of a text line's height and width is read again as one line
(``ocr_cells``' single-line reader), and its confidently read words join the page: the
line they stand on when one was read there ("Fluoro guid" before "ed, contrast..."),
else a line of their own in reading order. Specks, rule leftovers and short marks make
no band (too thin, too narrow or too little ink), and a read without confidence adds
nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from statistics import mean

from pipeline.ocr_cells import LINE_READER, OWN_LINE_BLOCK, Cell
from pipeline.ocr_engines import EngineWord

INK_LEVEL = 128
"""Grey levels below this are ink."""
WORD_PAD_INCHES = 0.02
"""Around a read word's box, ink is that word's (its glyphs' edges, a dot above)."""
MIN_BAND_INCHES = 0.06
"""A text line's ink band is at least this tall (a 7 pt capital); specks are thinner."""
MAX_BAND_INCHES = 0.4
"""And at most this tall: a taller band is a picture, a stamp or a signature."""
MIN_WIDTH_INCHES = 0.3
"""A band narrower than this holds at most a glyph or two: nothing to read again."""
MIN_INK_SHARE = 0.04
"""Share of a band's box that must be ink for it to hold text (a text line is ~10-20%)."""
MIN_CONFIDENCE = 70.0
"""A re-read line is kept when its words' mean confidence reaches this (a misread
word within it is kept, as on any page read)."""
WORD_GAP_INCHES = 0.25
"""Leftover ink this far apart along a band is two places (a speck off the line's end)."""
MARGIN_INCHES = 0.03
ROW_GAP = 2
"""Rows without ink a band may hold inside (a dropped scan row through a line)."""


def _bands(rest, dpi: float) -> list[tuple[int, int]]:
    """Row ranges [top, bottom) of leftover ink, a short gap of empty rows bridged."""
    rows = rest.any(axis=1)
    bands: list[tuple[int, int]] = []
    start = None
    gap = 0
    for y, has_ink in enumerate(rows):
        if has_ink:
            if start is None:
                start = y
            gap = 0
        elif start is not None:
            gap += 1
            if gap > ROW_GAP:
                bands.append((start, y - gap + 1))
                start, gap = None, 0
    if start is not None:
        bands.append((start, len(rows) - gap))
    low, high = MIN_BAND_INCHES * dpi, MAX_BAND_INCHES * dpi
    return [(top, bottom) for top, bottom in bands if low <= bottom - top <= high]


def _uncover(ink, words: Sequence[EngineWord], cells: Sequence[Cell], dpi: float) -> None:
    """Clear from ``ink`` (in place) the pixels a read word (padded) or a ruled table
    cell already accounts for: what is left is ink nothing read. (Cleared box by box in
    the page's own ink mask: no second page-sized mask to build, invert and combine.)"""
    pad = round(WORD_PAD_INCHES * dpi)
    boxes = [
        (left - pad, top - pad, right + pad, bottom + pad)
        for left, top, right, bottom in (w.box for w in words)
    ]
    boxes += [(c.left, c.top, c.right, c.bottom) for c in cells]
    for left, top, right, bottom in boxes:
        ink[
            max(0, round(top)) : max(0, round(bottom)), max(0, round(left)) : max(0, round(right))
        ] = False


def _line_at(words: Sequence[EngineWord], top: float, bottom: float):
    """The line key of the read words standing on rows [top, bottom), if any."""
    for word in words:
        middle = (word.box[1] + word.box[3]) / 2
        if top <= middle <= bottom:
            return word.line_key
    return None


def _place(words: list[EngineWord], found: list[EngineWord], key) -> list[EngineWord]:
    """``found`` put into ``words`` in reading order: on line ``key`` by their left
    edges, or (a line of their own) after the last word standing above them."""
    same = [i for i, w in enumerate(words) if w.line_key == key]
    if same:
        out = list(words)
        for word in sorted(found, key=lambda w: w.box[0], reverse=True):
            at = next((i for i in same if out[i].box[0] > word.box[0]), None)
            position = at if at is not None else same[-1] + 1
            out.insert(position, word)
            same = [i for i, w in enumerate(out) if w.line_key == key]
        return out
    top = min(w.box[1] for w in found)
    above = [i for i, w in enumerate(words) if (w.box[1] + w.box[3]) / 2 < top]
    at = above[-1] + 1 if above else 0
    return [*words[:at], *found, *words[at:]]


def _runs(columns, gap: int) -> list[tuple[int, int]]:
    """Column ranges [left, right) holding ink, gaps up to ``gap`` columns bridged (the
    space between words); a speck far off along the band is a run of its own."""
    import numpy as np

    xs = np.flatnonzero(columns)
    if not len(xs):
        return []
    breaks = np.flatnonzero(np.diff(xs) > gap)
    starts = [int(xs[0]), *(int(xs[i + 1]) for i in breaks)]
    ends = [*(int(xs[i]) + 1 for i in breaks), int(xs[-1]) + 1]
    return list(zip(starts, ends, strict=True))


def _read_band(image, rest, box: tuple[int, int, int, int], dpi: int) -> list[EngineWord]:
    """The words of the leftover ink in ``box`` read as one line (the read words' own
    pixels blanked), in page pixels; none unless the line reads with confidence."""
    import numpy as np
    from PIL import Image

    left, top, right, bottom = box
    pixels = np.asarray(image.crop(box)).copy()
    mask = rest[top:bottom, left:right]
    pixels[~mask & (pixels < INK_LEVEL)] = 255
    _, _, read = LINE_READER.read(Image.fromarray(pixels), dpi)
    if not read or mean(w.confidence for w in read) < MIN_CONFIDENCE:
        return []
    return [
        EngineWord(
            w.text,
            (w.box[0] + left, w.box[1] + top, w.box[2] + left, w.box[3] + top),
            w.confidence,
            w.line_key,
        )
        for w in read
    ]


def read_unread_lines(
    image, words: list[EngineWord], cells: Sequence[Cell], dpi: int, pixels=None
) -> list[EngineWord]:
    """``words`` with the text lines the page read left out read on their own and put
    in place. ``image`` is the levelled page cleared of rules; ``cells`` its ruled
    table cells; ``pixels`` the image's pixels when the caller has them as an array
    (else copied out of ``image``)."""
    import numpy as np

    rest = (np.asarray(image) if pixels is None else pixels) < INK_LEVEL
    _uncover(rest, words, cells, dpi)
    if not rest.any():
        return words
    margin = round(MARGIN_INCHES * dpi)
    out = list(words)
    number = 0
    for top, bottom in _bands(rest, dpi):
        for left, right in _runs(rest[top:bottom].any(axis=0), round(WORD_GAP_INCHES * dpi)):
            if right - left < MIN_WIDTH_INCHES * dpi:
                continue
            if rest[top:bottom, left:right].mean() < MIN_INK_SHARE:
                continue
            number += 1
            box = (
                max(0, left - margin),
                max(0, top - margin),
                min(image.width, right + margin),
                min(image.height, bottom + margin),
            )
            placed = _read_band(image, rest, box, dpi)
            if placed:
                key = _line_at(out, top, bottom) or (OWN_LINE_BLOCK - 100 - number, 1, 1)
                out = _place(out, [replace(w, line_key=key) for w in placed], key)
    return out
