"""Second reads of short cells in ruled tables on OCR'd pages.

Tesseract reads a page as text blocks; a lone digit in a ruled table cell (a pain-diary
score, "1 hr") has no word context, and on faxed pages it comes back wrong ("1" as "4")
or not at all, with ruling-line leftovers read as "_" or "7". ``remove_rules`` already
found the ruling lines, so the table's cells are known: each cell whose first read is
short or empty is read again on its own (its crop, ruling-line remnants at its edges
whitened, a white margin, one text line), and the second read replaces the first only
when Tesseract is more confident of it. Only tesserocr supports this (it needs a page
segmentation mode per call); other engines keep their first read.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from pipeline.ocr_engines import EngineWord, OcrEngine, tessdata_dir

SHORT_CELL_CHARS = 6
"""A cell read as at most this many characters (a score, a time point) is read again;
a second read is only taken when it is this short too."""
GARBLED_CONFIDENCE = 60.0
"""A longer first read with a word below this confidence is read again as well: a lone
digit with ruling-line leftovers beside it comes back as "200~C~" or "me om 7 - vo"."""
LINE_GAP_PIXELS = 4
"""Rule-mask runs this close (across the line) are one ruling line (thick faxed lines)."""
ALONG_GAP_INCHES = 1.0
"""Pieces of one ruling line are joined across gaps this long: a slightly tilted line
on a standard-resolution fax is found as straight runs with steps (and, where dropped
rows and noise thin it, long holes) between them."""
VERTICAL_ALONG_GAP_INCHES = 0.25
"""Pieces of a vertical ruling line are joined across shorter gaps: a table's side
rules are not stepped by the page's tilt, and dropped scan rows only nick them, while
two tables one over the other leave a gap of a text line or more between their sides
(joined, the gap between the tables became a cell of one table)."""
RULE_END_REACH_INCHES = 0.5
"""A faxed horizontal rule may lose its ends like its middle: the vertical rules of its
row are looked for this far past them."""
JOIN_TOLERANCE_INCHES = 0.04
"""How far a vertical rule may stop short of the horizontal rules it joins (and back)."""
MIN_CELL_INCHES = (0.12, 0.1)
"""Smaller (width, height) boxes between rules are not text cells."""
MAX_CELL_INCHES = (8.0, 0.8)
"""Taller boxes are form panels holding paragraphs, not table rows (a wide cell with
long text is skipped anyway)."""
STRADDLE_SHARE = 4
"""A ruling line cuts a word through the middle when it lies more than a quarter of
the word's height (or width) in from both edges."""
INSET_PIXELS = 2
"""Extra pixels trimmed inside a cell's rules, past the cleared margin."""
PAD_INCHES = 0.05
"""White margin around a cell crop: Tesseract wants space around a lone glyph."""
REMNANT_MAX_INCHES = 0.03
"""A word box this flat (or narrow) on a cell's edge is a ruling line's leftover: the
flattest glyphs that matter, a dash or an underscore, sit inside cells, not on rules."""
ONE_LINE_ROW_INCHES = 0.45
"""Table rows this short hold one text line a cell; only such tables are laid out row by
row (a form's taller cells keep Tesseract's own lines)."""
TABLE_GAP_INCHES = 0.1
"""Rows further apart than this belong to different tables."""
OWN_LINE_BLOCK = -1
"""The block number of a line made for a table row the page read found nothing in."""
BLUR_RADII = (1.0, 1.5)
"""Gaussian blurs (pixels at the OCR resolution) of the softened copies of a cell crop."""
GLYPH_MIN_INCHES = 0.03
"""Ink components smaller than this both ways are specks (fax noise), not glyphs; the
smallest glyph that matters here, a hyphen, is ~0.04 in wide."""
MIN_INK_PIXELS = 12
"""A crop with less ink than this is blank (a speck), not a glyph."""
SURE_CONFIDENCE = 95.0
"""A short first read at least this confident is kept without a second read: the second
read only replaces a first read it is more confident of, and on the fax twins no first
read this sure was replaced by other text. (At 90 one was: a diary's "15 min" first
read "45 min" at 90.6, sij-014-std; the misread lone "1" that came back "4" was read at
~70.) Most of a diary's lone digits are read this surely: three to six reads saved each."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A ruling line in pixels: from ``start`` to ``end`` along it, at ``at`` across it."""

    start: float
    end: float
    at: float
    thickness: float


@dataclass(frozen=True, slots=True)
class Cell:
    """The interior of a table cell in pixels, between its rules' inner edges."""

    left: float
    top: float
    right: float
    bottom: float


def merge_rules(
    segments: Sequence[tuple[str, float, float, float]], orientation: str, dpi: float
) -> list[Rule]:
    """One ``Rule`` per ruling line: ``remove_rules`` reports a run per pixel row or
    column, so a 3-pixel line is three runs, and a faxed line may be broken along.
    A page's rules are merged once: the cell finder, the re-reads and ingestion's
    segments all ask for the same page's (memoised on the runs)."""
    return list(_merged_rules(tuple(segments), orientation, dpi))


@lru_cache(maxsize=16)
def _merged_rules(
    segments: tuple[tuple[str, float, float, float], ...], orientation: str, dpi: float
) -> tuple[Rule, ...]:
    import numpy as np

    runs = sorted((s[3], s[1], s[2]) for s in segments if s[0] == orientation)
    if not runs:
        return ()
    gap = (ALONG_GAP_INCHES if orientation == "h" else VERTICAL_ALONG_GAP_INCHES) * dpi
    at, start, end = np.array(runs, dtype=np.float64).T
    label = _joined_labels(len(runs), _near_runs(at, start, end, gap))
    order = np.argsort(label, kind="stable")
    firsts = np.flatnonzero(np.diff(label[order], prepend=-1))  # a group's runs, in a row
    low_at, high_at = (ufunc.reduceat(at[order], firsts) for ufunc in (np.minimum, np.maximum))
    starts = np.minimum.reduceat(start[order], firsts)
    ends = np.maximum.reduceat(end[order], firsts)
    return tuple(
        Rule(float(a), float(b), float((low + high) / 2), float(high - low + 1))
        for a, b, low, high in zip(starts, ends, low_at, high_at, strict=True)
    )


NEAR_PAIRS_AT_ONCE = 1 << 20
"""Run pairs compared in one numpy step (bounds memory on a page of many broken rules)."""


def _near_runs(at, start, end, gap: float):
    """``(i, j)`` index arrays of the run pairs that belong to one ruling line: at most
    ``LINE_GAP_PIXELS`` apart across it (``at`` sorted) and within ``gap`` along it.
    A faxed page can have thousands of runs and hundreds of thousands of pairs to test:
    compared in numpy, not one pair at a time in Python."""
    import numpy as np

    count = at.size
    reach = np.searchsorted(at, at + LINE_GAP_PIXELS, side="right") - np.arange(count) - 1
    found_i, found_j = [], []
    first = 0
    while first < count:
        total = np.cumsum(reach[first:])
        last = first + max(1, int(np.searchsorted(total, NEAR_PAIRS_AT_ONCE, side="right")))
        counts = reach[first:last]
        i = np.repeat(np.arange(first, last), counts)
        j = i + 1 + np.arange(i.size) - np.repeat(np.cumsum(counts) - counts, counts)
        near = (start[j] <= end[i] + gap) & (end[j] >= start[i] - gap)
        found_i.append(i[near])
        found_j.append(j[near])
        first = last
    return np.concatenate(found_i), np.concatenate(found_j)


def _joined_labels(count: int, pairs):
    """Per item, the smallest index of its connected component under ``pairs``: roots
    hooked to the smaller root across each pair, then paths halved, until no pair joins
    two components (a few numpy passes, where a Python union-find took ~0.05 s a page)."""
    import numpy as np

    first, second = pairs
    label = np.arange(count)
    while True:
        a, b = label[first], label[second]
        low = np.minimum(a, b)
        hooked = label.copy()
        np.minimum.at(hooked, a, low)
        np.minimum.at(hooked, b, low)
        while True:  # every label to its root
            jumped = hooked[hooked]
            if np.array_equal(jumped, hooked):
                break
            hooked = jumped
        if np.array_equal(hooked, label):
            return label
        label = hooked


def table_rules(
    segments: Sequence[tuple[str, float, float, float]], dpi: float
) -> tuple[list[Rule], list[Rule]]:
    """(horizontal, vertical) ruling lines (``merge_rules``), each horizontal one carried
    out to the table sides a faxed line lost its ends short of:

    - to the furthest vertical rule crossing its height within ``RULE_END_REACH_INCHES``
      of either end (a row rule stopping short of the table's side);
    - across every vertical rule that ends at its height, when two or more do and it
      meets one of them: the table's top or bottom border, which on a tilted standard-
      resolution fax may survive only as one piece (noise and dropped rows break the
      rest into runs too short to be found as rules), while the side rules all stop
      there;

    and each vertical one carried to the row rule it stops short of (``_to_rows``).

    Without the carry, a row whose rule did not meet the sides merged with the next
    (pdfplumber joins edges only a few points apart, the cell finder needs both rules)
    and a diary's rows read as one."""
    horizontal = merge_rules(segments, "h", dpi)
    vertical = merge_rules(segments, "v", dpi)
    reach = RULE_END_REACH_INCHES * dpi
    tol = JOIN_TOLERANCE_INCHES * dpi
    completed = []
    for rule in horizontal:
        crossing = [v.at for v in vertical if v.start - tol <= rule.at <= v.end + tol]
        start = min(
            (x for x in crossing if rule.start - reach <= x < rule.start), default=rule.start
        )
        end = max((x for x in crossing if rule.end < x <= rule.end + reach), default=rule.end)
        framing = [
            v.at for v in vertical if min(abs(v.start - rule.at), abs(v.end - rule.at)) <= tol
        ]
        if len(framing) >= 2 and any(start - reach <= x <= end + reach for x in framing):
            start, end = min(start, *framing), max(end, *framing)
        completed.append(Rule(start, end, rule.at, rule.thickness))
    return completed, [_to_rows(rule, completed, reach, tol) for rule in vertical]


def _to_rows(rule: Rule, horizontal: Sequence[Rule], reach: float, tol: float) -> Rule:
    """A vertical rule with each end that stops between two row rules carried to the
    nearest row rule beyond it (within ``reach``): a table's column rule ends on a row
    rule, so an end short of one is an end the fax lost (the last row's split)."""
    rows = [h.at for h in horizontal if h.start - tol <= rule.at <= h.end + tol]

    def on_a_row(y: float) -> bool:
        return any(abs(y - at) <= tol for at in rows)

    start, end = rule.start, rule.end
    if not on_a_row(start):
        start = max((at for at in rows if start - reach <= at < start), default=start)
    if not on_a_row(end):
        end = min((at for at in rows if end < at <= end + reach), default=end)
    return Rule(start, end, rule.at, rule.thickness)


def ruling_lines(
    segments: Sequence[tuple[str, float, float, float]], dpi: float
) -> list[tuple[str, float, float, float]]:
    """One segment per ruling line (``table_rules``): what ingestion rebuilds a ruled
    table from. The raw runs of a tilted standard-resolution fax's line are pieces with
    holes, and pdfplumber's table finder, joining edges only across a few points, found
    no table in them."""
    horizontal, vertical = table_rules(segments, dpi)
    return [("h", r.start, r.end, r.at) for r in horizontal] + [
        ("v", r.start, r.end, r.at) for r in vertical
    ]


def table_cells(segments: Sequence[tuple[str, float, float, float]], dpi: float) -> list[Cell]:
    """The cells of ruled tables: boxes closed by two horizontal and two vertical rules.

    For each horizontal rule, the next one below it that shares its span closes a row;
    the vertical rules crossing that whole row split it into cells."""
    found_h, found_v = table_rules(segments, dpi)
    horizontal = sorted(found_h, key=lambda r: r.at)
    vertical = sorted(found_v, key=lambda r: r.at)
    tol = JOIN_TOLERANCE_INCHES * dpi
    reach = RULE_END_REACH_INCHES * dpi
    min_w, min_h = (v * dpi for v in MIN_CELL_INCHES)
    max_w, max_h = (v * dpi for v in MAX_CELL_INCHES)
    cells: list[Cell] = []
    for i, upper in enumerate(horizontal):
        lower = next(
            (
                r
                for r in horizontal[i + 1 :]
                if r.at - upper.at > min_h and r.start < upper.end and r.end > upper.start
            ),
            None,
        )
        if lower is None or lower.at - upper.at > max_h:
            continue
        left, right = max(upper.start, lower.start), min(upper.end, lower.end)
        crossing = [
            v
            for v in vertical
            if left - reach <= v.at <= right + reach
            and v.start <= upper.at + tol
            and v.end >= lower.at - tol
        ]
        for a, b in pairwise(crossing):
            width = b.at - a.at
            if min_w <= width <= max_w:
                cells.append(
                    Cell(
                        a.at + a.thickness / 2,
                        upper.at + upper.thickness / 2,
                        b.at - b.thickness / 2,
                        lower.at - lower.thickness / 2,
                    )
                )
    return cells


def _inside(word: EngineWord, cell: Cell) -> bool:
    x = (word.box[0] + word.box[2]) / 2
    y = (word.box[1] + word.box[3]) / 2
    return cell.left <= x <= cell.right and cell.top <= y <= cell.bottom


def cell_crop(image, cell: Cell, margin: int, dpi: float):
    """The cell's interior, ruling-line leftovers at its edges whitened, on a white margin.

    Returns the padded crop and its (x, y) offset in the page image, or None when blank."""
    import numpy as np
    from PIL import Image

    inset = margin + INSET_PIXELS
    box = (
        round(cell.left + inset),
        round(cell.top + inset),
        round(cell.right - inset),
        round(cell.bottom - inset),
    )
    if box[2] - box[0] < 4 or box[3] - box[1] < 4:
        return None
    pixels = np.array(image.crop(box))
    ink = pixels < 128
    _clear_edge_remnants(pixels, ink)
    glyphs = _glyph_span(pixels < 128, dpi)
    if glyphs is None:
        return None
    top, bottom, left, right = glyphs
    pixels = pixels[top:bottom, left:right]
    if int((pixels < 128).sum()) < MIN_INK_PIXELS:
        return None
    pad = max(4, round(PAD_INCHES * dpi))
    padded = np.full((pixels.shape[0] + 2 * pad, pixels.shape[1] + 2 * pad), 255, np.uint8)
    padded[pad:-pad, pad:-pad] = pixels
    return Image.fromarray(padded), (box[0] + left - pad, box[1] + top - pad)


def _components(ink) -> list[tuple[int, int, int, int]]:
    """Bounding boxes ``(top, bottom, left, right)`` (exclusive ends) of the 8-connected
    ink components of a small crop, in the order of their first pixel (row by row):
    neighbouring ink pixels paired in numpy and joined by ``_joined_labels``, where a
    Python flood fill, pixel by pixel, cost a diary page ~0.01 s."""
    import numpy as np

    height, width = ink.shape
    ys, xs = np.nonzero(ink)
    if not ys.size:
        return []
    index = np.full(ink.shape, -1, np.intp)
    index[ys, xs] = np.arange(ys.size)
    firsts, seconds = [], []
    for dy, dx in ((0, 1), (1, -1), (1, 0), (1, 1)):
        ny, nx = ys + dy, xs + dx
        inside = np.flatnonzero((ny < height) & (nx >= 0) & (nx < width))
        other = index[ny[inside], nx[inside]]
        firsts.append(inside[other >= 0])
        seconds.append(other[other >= 0])
    label = _joined_labels(ys.size, (np.concatenate(firsts), np.concatenate(seconds)))
    order = np.argsort(label, kind="stable")
    starts = np.flatnonzero(np.diff(label[order], prepend=-1))
    tops, bottoms = np.minimum.reduceat(ys[order], starts), np.maximum.reduceat(ys[order], starts)
    lefts, rights = np.minimum.reduceat(xs[order], starts), np.maximum.reduceat(xs[order], starts)
    return [
        (int(top), int(bottom) + 1, int(left), int(right) + 1)
        for top, bottom, left, right in zip(tops, bottoms, lefts, rights, strict=True)
    ]


def _glyph_span(ink, dpi: float) -> tuple[int, int, int, int] | None:
    """The box spanning a crop's glyphs, without the fax's specks: components at least
    ``GLYPH_MIN_INCHES`` tall or wide. Small marks inside that box (a decimal point, a
    comma) stay; specks outside it are dropped. None: no glyph at all."""
    size = GLYPH_MIN_INCHES * dpi
    big = [b for b in _components(ink) if b[1] - b[0] >= size or b[3] - b[2] >= size]
    if not big:
        return None
    return (
        min(b[0] for b in big),
        max(b[1] for b in big),
        min(b[2] for b in big),
        max(b[3] for b in big),
    )


def _clear_edge_remnants(pixels, ink) -> None:
    """Whiten thin ink strips along a crop's edges: the fringe of a cleared ruling line
    (a faxed line is ragged and tilted, so its margin leaves bits behind)."""
    height, width = ink.shape
    band = 3
    for rows in (slice(0, band), slice(height - band, height)):
        strip = ink[rows]
        if strip.any(axis=0).mean() > 0.3:  # a line fragment, not a glyph's tip
            pixels[rows] = 255
    for cols in (slice(0, band), slice(width - band, width)):
        strip = ink[:, cols]
        if strip.any(axis=1).mean() > 0.3:
            pixels[:, cols] = 255


class _CellReader:
    """A tesserocr API per thread for cell crops, in single-line mode or, on request,
    single-word mode (one API switching modes: a second per thread would hold another
    copy of the model). The page API stays in AUTO."""

    def __init__(self) -> None:
        self._local = threading.local()

    def read(self, image, dpi: int, word: bool = False) -> tuple[str, float, list[EngineWord]]:
        """The crop read as one text line (``word``: as one word)."""
        import tesserocr

        api = getattr(self._local, "api", None)
        if api is None:
            api = tesserocr.PyTessBaseAPI(
                path=tessdata_dir(), lang="eng", psm=tesserocr.PSM.SINGLE_LINE, init=True
            )
            self._local.api = api
        api.SetPageSegMode(tesserocr.PSM.SINGLE_WORD if word else tesserocr.PSM.SINGLE_LINE)
        api.SetImage(image)
        api.SetSourceResolution(dpi)
        api.Recognize()
        words: list[EngineWord] = []
        iterator = api.GetIterator()
        level = tesserocr.RIL.WORD
        while iterator is not None:
            try:
                text = (iterator.GetUTF8Text(level) or "").strip()
            except RuntimeError:  # no text at all
                text = ""
            box = iterator.BoundingBox(level) if text else None
            if text and box is not None and any(c.isalnum() for c in text):
                words.append(
                    EngineWord(text, tuple(map(float, box)), iterator.Confidence(level), (0, 0, 0))
                )
            if not iterator.Next(level):
                break
        api.Clear()
        text = " ".join(w.text for w in words)
        confidence = min((w.confidence for w in words), default=-1.0)
        return text, confidence, words


LINE_READER = _CellReader()
"""The one single-line reader (a tesserocr API per thread) that every re-read of a
crop uses: table cells here, doubtful digits (``ocr_glyphs``), lines the page layout
left out (``ocr_unread``)."""


def _variants(picture) -> tuple:
    """The crop as it is and softened by blurs: a bilevel fax glyph's jagged edges make
    Tesseract read a lone "1" as "4" (or "41"); softened copies often read right."""
    from PIL import ImageFilter

    return (picture, *(picture.filter(ImageFilter.GaussianBlur(r)) for r in BLUR_RADII))


def _vote(reads: list[tuple[str, float, list[EngineWord]]]) -> tuple[str, float, list[EngineWord]]:
    """The text most of the copies read (a tie: the most confident); one copy's
    confident misread ("41 hr") does not outvote two that agree."""
    counts = Counter(text for text, _, _ in reads)
    return max(reads, key=lambda r: (bool(r[0]), counts[r[0]], r[1]))


def read_cell(picture, dpi: int) -> tuple[str, float, list[EngineWord]]:
    """The voted read of a cell crop as a text line; when no copy reads anything there,
    as a word: a lone faxed digit in line mode can come back as punctuation alone
    ("7" as "?"), which the reader drops, while word mode reads it."""
    variants = _variants(picture)
    reads = [LINE_READER.read(v, dpi) for v in variants]
    if not any(text for text, _, _ in reads):
        reads = [LINE_READER.read(v, dpi, word=True) for v in variants]
    return _vote(reads)


def reread_cells(
    image,
    segments: Sequence[tuple[str, float, float, float]],
    words: list[EngineWord],
    engine: OcrEngine,
    dpi: int,
) -> list[EngineWord]:
    """``words`` with each short or empty ruled cell's words replaced by a second read
    of the cell alone, where that read is more confident. ``image`` is the page with its
    rules cleared, ``segments`` the rules ``remove_rules`` found."""
    from pipeline.ocr import RULE_MARGIN_INCHES

    if engine.name != "tesserocr" or not segments:
        return words
    margin = max(1, round(RULE_MARGIN_INCHES * dpi))
    cells = table_cells(segments, dpi)
    if not cells:
        return words
    horizontal, vertical = table_rules(segments, dpi)
    rules = [("h", rule) for rule in horizontal] + [("v", rule) for rule in vertical]
    reach = margin + INSET_PIXELS + 2
    out = [w for w in words if not _rule_remnant(w, cells, rules, reach, dpi)]
    for cell in cells:
        indexes = [i for i, w in enumerate(out) if _inside(w, cell)]
        first = " ".join(out[i].text for i in indexes)
        first_confidence = min((out[i].confidence for i in indexes), default=-1.0)
        if first_confidence >= (
            GARBLED_CONFIDENCE if len(first) > SHORT_CELL_CHARS else SURE_CONFIDENCE
        ):
            continue
        crop = cell_crop(image, cell, margin, dpi)
        if crop is None:
            continue
        picture, (dx, dy) = crop
        text, confidence, found = read_cell(picture, dpi)
        if not text or len(text) > SHORT_CELL_CHARS or text == first:
            continue
        if confidence <= first_confidence:
            continue
        key = _line_key(out, indexes, cell)
        placed = [
            EngineWord(
                w.text,
                (w.box[0] + dx, w.box[1] + dy, w.box[2] + dx, w.box[3] + dy),
                w.confidence,
                key,
            )
            for w in found
        ]
        at = indexes[0] if indexes else _insert_at(out, cell, key)
        for i in reversed(indexes):
            del out[i]
        out[at:at] = placed
    return rows_as_lines(out, cells, dpi)


def rows_as_lines(words: list[EngineWord], cells: Sequence[Cell], dpi: float) -> list[EngineWord]:
    """``words`` with each ruled table of one-line rows laid out as one paragraph, a text
    line per row, its cells left to right. Tesseract splits a faxed table into blocks
    (a column apart from its neighbour, a row alone), so a diary's time point and score
    landed on different lines; the rules say which cells share a row."""
    rows = sorted(
        {round(c.top): c for c in cells if c.bottom - c.top <= ONE_LINE_ROW_INCHES * dpi}.values(),
        key=lambda c: c.top,
    )
    if not rows:
        return words
    gap = TABLE_GAP_INCHES * dpi
    row_of: dict[int, tuple[int, int]] = {}  # round(top) -> (table, row)
    table, previous = 0, None
    for number, cell in enumerate(rows):
        if previous is not None and cell.top - previous.bottom > gap:
            table += 1
        row_of[round(cell.top)] = (table, number)
        previous = cell
    placed: dict[int, tuple[int, int, float, float]] = {}
    for i, word in enumerate(words):
        for cell in cells:
            if round(cell.top) in row_of and _inside(word, cell):
                table_row = row_of[round(cell.top)]
                placed[i] = (*table_row, cell.left, word.box[0])
                break
    if not placed:
        return words
    out: list[EngineWord] = []
    done: set[int] = set()
    for i, word in enumerate(words):
        if i not in placed:
            out.append(word)
            continue
        table = placed[i][0]
        if table in done:
            continue
        done.add(table)
        members = sorted((k for k in placed if placed[k][0] == table), key=lambda k: placed[k])
        for k in members:
            _, row, _, _ = placed[k]
            key = (OWN_LINE_BLOCK - 1 - table, 1, row)
            w = words[k]
            out.append(EngineWord(w.text, w.box, w.confidence, key))
    return out


def _rule_remnant(
    word: EngineWord,
    cells: Sequence[Cell],
    rules: Sequence[tuple[str, Rule]],
    reach: float,
    dpi: float,
) -> bool:
    """Whether a word is a leftover of a table's ruling line read as text ("_", "7",
    "He"): a flat mark lying on a ruling line at a table cell, or a doubtful read
    (below ``GARBLED_CONFIDENCE``) that a ruling line cuts through the middle of ("te",
    "Mid" over a row's rule; "mie" down across one): a cell's text lies between its
    rules, and a speck by a faxed rule's ragged edge is read as a word across it (only
    one overlapping a detected cell). Only rules at a detected cell count (a table's own
    rules and one just under or over it), so lines elsewhere on the page keep their
    words."""
    left, top, right, bottom = word.box
    thin = REMNANT_MAX_INCHES * dpi
    flat, narrow = bottom - top <= thin, right - left <= thin
    straddling = word.confidence < GARBLED_CONFIDENCE
    if not flat and not narrow and not straddling:
        return False
    row = MAX_CELL_INCHES[1] * dpi
    near = any(
        left < cell.right
        and right > cell.left
        and cell.top - row < top
        and bottom < cell.bottom + row
        for cell in cells
    )
    if not near:
        return False
    straddling = straddling and any(
        left < cell.right and right > cell.left and top < cell.bottom and bottom > cell.top
        for cell in cells
    )
    x, y = (left + right) / 2, (top + bottom) / 2
    for kind, rule in rules:
        across, start, end = (y, left, right) if kind == "h" else (x, top, bottom)
        low, high = (top, bottom) if kind == "h" else (left, right)
        thin_that_way = flat if kind == "h" else narrow
        off = rule.thickness / 2 + reach
        if not (start < rule.end + reach and end > rule.start - reach):
            continue
        if thin_that_way and abs(across - rule.at) <= off and start < rule.end and end > rule.start:
            return True
        third = (high - low) / STRADDLE_SHARE
        if straddling and low + third < rule.at < high - third:
            return True
    return False


def _row_words(words: list[EngineWord], cell: Cell) -> list[int]:
    return [i for i, w in enumerate(words) if cell.top <= (w.box[1] + w.box[3]) / 2 <= cell.bottom]


def _line_key(words: list[EngineWord], indexes: list[int], cell: Cell):
    """The text line a cell's new words join: its old words' line, else the line of the
    nearest word in the same table row, else a line of its own (nothing else in the row
    was read: the cells to its right then join it)."""
    if indexes:
        return words[indexes[0]].line_key
    row = _row_words(words, cell)
    if not row:
        return (OWN_LINE_BLOCK, round(cell.top), 0)
    nearest = min(row, key=lambda i: abs((words[i].box[0] + words[i].box[2]) / 2 - cell.left))
    return words[nearest].line_key


def _insert_at(words: list[EngineWord], cell: Cell, key) -> int:
    """Where an empty cell's new words go: after the last word of its line left of it;
    on a line of its own, after the last word read above the cell."""
    same = [i for i, w in enumerate(words) if w.line_key == key]
    before = [i for i in same if words[i].box[2] <= cell.left + 1]
    if before:
        return before[-1] + 1
    if same:
        return same[0]
    above = [i for i, w in enumerate(words) if (w.box[1] + w.box[3]) / 2 < cell.top]
    return above[-1] + 1 if above else 0
