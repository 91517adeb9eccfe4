"""Two-column regions: a wide vertical gutter with text on both sides across many lines.

Read row by row, a two-column region interleaves the columns ("...pain is | Gaenslen
positive..."), which breaks every sentence. A region is detected on the sequence of
physical lines (and tables) top to bottom: it starts at a line with a wide gap near the
middle of the text area, and continues while each following item leaves a gutter of at
least ``MIN_GUTTER`` points free in the same place. It counts as two columns only when
enough lines have text on both sides and both sides are wide compared with the page's
text area. A key/value block ("Member ID:  CS1234567") is not two columns: its labels
are narrow and end with a colon.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from pipeline.ingest.tables import TableBlock
from pipeline.ingest.words import Line

MIN_GUTTER = 12.0
"""Points of white space between columns; word spaces are ~3 pt, justified ones < 10."""
MIN_TWO_SIDED_LINES = 3
MIN_COLUMN_FRACTION = 0.25
"""Each column spans at least this fraction of the page's text area width."""
MAX_LABEL_FRACTION = 0.5
"""Above this share of two-sided lines whose left part ends with ':' it is a key/value
block."""
GUTTER_ZONE = (0.3, 0.7)
"""Where a gutter's middle may lie, as fractions of the text area's width."""
TABLE_COLUMN_STARTS = 3
"""A region whose lines share at least this many cell starts is a table read row by row
(a pain-app export: timestamp | location | NRS | note), never two columns of prose."""
COLUMN_START_TOLERANCE = 2.0
"""Points within which two cells' left edges count as one column start."""
TABLE_ROW_SHARE = 0.6
"""Share of the region's multi-cell lines a column start must begin a cell on."""
GRID_CELL_WORDS = 2
"""Right-side words on a typical line of a grid of short cells (an exam grid's results)."""
TRAILING_GAP_FACTOR = 1.5
"""A one-sided line after the last two-sided one stays in the region if the gap above it
is at most this many times the region's usual gap between lines."""

Item = Line | TableBlock
Interval = tuple[float, float]


@dataclass(frozen=True, slots=True)
class ColumnRun:
    """Items ``first..last`` (inclusive) form two columns split at ``gutter``."""

    first: int
    last: int
    gutter: Interval

    @property
    def split_x(self) -> float:
        return (self.gutter[0] + self.gutter[1]) / 2


def _spans(item: Item) -> list[Interval]:
    if isinstance(item, Line):
        return [(w.x0, w.x1) for w in item.words]
    return [(item.x0, item.x1)]


def _free(item: Item) -> list[Interval]:
    """Horizontal white space of an item, including both open ends."""
    free: list[Interval] = []
    edge = -math.inf
    for x0, x1 in sorted(_spans(item)):
        if x0 > edge:
            free.append((edge, x0))
        edge = max(edge, x1)
    free.append((edge, math.inf))
    return free


def _overlap(a: Interval, b: Interval) -> Interval:
    return (max(a[0], b[0]), min(a[1], b[1]))


def _sides(item: Item, gutter: Interval) -> tuple[bool, bool]:
    mid = (gutter[0] + gutter[1]) / 2
    spans = _spans(item)
    return any((x0 + x1) / 2 < mid for x0, x1 in spans), any(
        (x0 + x1) / 2 >= mid for x0, x1 in spans
    )


def _candidates(line: Line, area: Interval) -> list[Interval]:
    width = area[1] - area[0]
    lo, hi = area[0] + GUTTER_ZONE[0] * width, area[0] + GUTTER_ZONE[1] * width
    return [
        gap
        for gap in _free(line)[1:-1]
        if gap[1] - gap[0] >= MIN_GUTTER and lo <= (gap[0] + gap[1]) / 2 <= hi
    ]


def _left_text_ends_with_colon(item: Item, gutter: Interval) -> bool:
    if not isinstance(item, Line):
        return False
    mid = (gutter[0] + gutter[1]) / 2
    left = [w for w in item.words if w.center_x < mid]
    return bool(left) and left[-1].text.endswith(":")


def _extend(
    items: Sequence[Item], start: int, gutter: Interval, area: Interval, grids: bool = True
) -> ColumnRun | None:
    """Grow a region from ``start`` while the gutter stays open; None if not two columns."""
    two_sided = 0
    labels = 0
    last_two = start
    for index in range(start, len(items)):
        best = max(
            (_overlap(gutter, gap) for gap in _free(items[index])),
            key=lambda iv: iv[1] - iv[0],
        )
        if best[1] - best[0] < MIN_GUTTER:
            break
        gutter = best
        left, right = _sides(items[index], gutter)
        if left and right:
            two_sided += 1
            labels += _left_text_ends_with_colon(items[index], gutter)
            last_two = index
    if two_sided < MIN_TWO_SIDED_LINES or labels > MAX_LABEL_FRACTION * two_sided:
        return None
    last = _trailing(items, start, last_two, gutter)
    region = items[start : last + 1]
    if not _wide_columns(region, gutter, area):
        return None
    if grids and (_aligned_cells(region) or _short_cells(region, gutter)):
        return None
    return ColumnRun(start, last, gutter)


def _short_cells(items: Sequence[Item], gutter: Interval) -> bool:
    """Whether the right side holds short cells ('non-tender', 'POSITIVE neg'): at most
    ``GRID_CELL_WORDS`` words on a typical line, where a column of prose, even a
    bulleted one, runs several words a line."""
    mid = (gutter[0] + gutter[1]) / 2
    counts = [
        sum(w.center_x >= mid for w in item.words)
        for item in items
        if isinstance(item, Line) and any(w.center_x < mid for w in item.words)
    ]
    counts = [c for c in counts if c]
    return bool(counts) and median(counts) <= GRID_CELL_WORDS


def _cell_starts(line: Line) -> list[float]:
    """Left edges of a line's cells: runs of words split by gaps of at least a gutter."""
    starts = [line.words[0].x0]
    for before, word in zip(line.words, line.words[1:], strict=False):
        if word.x0 - before.x1 >= MIN_GUTTER:
            starts.append(word.x0)
    return starts


def _aligned_cells(items: Sequence[Item]) -> bool:
    """Whether the lines' cells start at three or more shared x positions: a table
    laid out with white space. Prose in two columns has two starts (each column's left
    margin); a table's rows share a start per column."""
    rows = [_cell_starts(item) for item in items if isinstance(item, Line) and item.words]
    rows = [row for row in rows if len(row) >= 2]
    if len(rows) < MIN_TWO_SIDED_LINES:
        return False
    columns: list[float] = []
    for x in sorted(x for row in rows for x in row):
        if not columns or x - columns[-1] > COLUMN_START_TOLERANCE:
            columns.append(x)
    shared = [
        x
        for x in columns
        if sum(any(abs(s - x) <= COLUMN_START_TOLERANCE for s in row) for row in rows)
        >= TABLE_ROW_SHARE * len(rows)
    ]
    return len(shared) >= TABLE_COLUMN_STARTS


def _trailing(items: Sequence[Item], start: int, last_two: int, gutter: Interval) -> int:
    """Extend past the last two-sided line over one-sided lines at the usual spacing."""
    gaps = [items[i + 1].top - items[i].bottom for i in range(start, last_two)] or [0.0]
    usual = max(median(gaps), 1.0)
    last = last_two
    for index in range(last_two + 1, len(items)):
        item = items[index]
        if not any(
            gap[1] - gap[0] >= MIN_GUTTER and gap[0] <= gutter[0] and gap[1] >= gutter[1]
            for gap in _free(item)
        ):
            break
        if item.top - items[index - 1].bottom > TRAILING_GAP_FACTOR * usual + 1.0:
            break
        last = index
    return last


def _wide_columns(items: Sequence[Item], gutter: Interval, area: Interval) -> bool:
    mid = (gutter[0] + gutter[1]) / 2
    left = [s for item in items for s in _spans(item) if (s[0] + s[1]) / 2 < mid]
    right = [s for item in items for s in _spans(item) if (s[0] + s[1]) / 2 >= mid]
    if not left or not right:
        return False
    width = area[1] - area[0]
    left_width = max(s[1] for s in left) - min(s[0] for s in left)
    right_width = max(s[1] for s in right) - min(s[0] for s in right)
    return min(left_width, right_width) >= MIN_COLUMN_FRACTION * width


def find_column_runs(items: Sequence[Item], grids: bool = True) -> list[ColumnRun]:
    """Non-overlapping two-column regions among ``items`` (sorted top to bottom).

    ``grids``: tell a white-space table or grid of short cells from two columns of prose
    (read row by row). Off for a scan: its OCR rows carry specks ('30 min. |  1  drove
    home') that the diary readers do not yet read row by row, and on blind6 b6p-02 and
    blind7 b7t-03 two scanned diaries with an activity column were lost that way."""
    lines = [item for item in items if isinstance(item, Line)]
    if len(lines) < MIN_TWO_SIDED_LINES:
        return []
    area = (min(item.x0 for item in items), max(item.x1 for item in items))
    runs: list[ColumnRun] = []
    index = 0
    while index < len(items):
        item = items[index]
        run = None
        if isinstance(item, Line):
            for gap in _candidates(item, area):
                run = _extend(items, index, gap, area, grids)
                if run is not None:
                    break
        if run is None:
            index += 1
            continue
        runs.append(run)
        index = run.last + 1
    return runs
