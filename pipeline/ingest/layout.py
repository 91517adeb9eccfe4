"""A page's text in reading order, with a box for every character.

Lines are read top to bottom; a two-column region is read left column then right
column; a table is read one row per line. Spaces between words and line breaks are
inserted characters with no box. Each rendered line is recorded with its offsets and
position so later steps (headers/footers, titles, dates) can work on lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from pipeline.charmap import pack_boxes
from pipeline.ingest.columns import ColumnRun, find_column_runs
from pipeline.ingest.tables import RawTable, TableBlock, assign_words
from pipeline.ingest.words import Line, Word, group_lines
from pipeline.models import CELL_SEPARATOR, BBox, Table, TableCell

WIDE_GAP = 1.0
"""A gap between words wider than this many font sizes (a space is ~0.28), and than
``WIDE_GAP_RATIO`` times the line's usual gap, separates two fields ("Signature: ...
Date: 09/22/2025"); it is rendered as two spaces. Justified lines stretch every gap
alike, so none of their gaps stands out."""
WIDE_GAP_RATIO = 2.5
GAP_EPSILON = 0.01
"""Points: a gap of exactly one font size is not wide, whichever parser measured it
(float noise between readers must not flip the decision)."""
PARAGRAPH_GAP = 0.8
"""A vertical gap above a line wider than this many line heights starts a paragraph
(rendered as a blank line, which sentence splitters respect)."""


@dataclass(frozen=True, slots=True)
class TextLine:
    """One rendered line: ``text[start:end]`` and where it sits on the page."""

    start: int
    end: int
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    in_table: bool


@dataclass(frozen=True, slots=True)
class PageLayout:
    text: str
    char_boxes: bytes
    lines: tuple[TextLine, ...]
    tables: tuple[Table, ...]

    def line_text(self, line: TextLine) -> str:
        return self.text[line.start : line.end]

    @property
    def body_size(self) -> float:
        """The font size most of the page's text is printed in.

        Weighted by characters; the first and last lines (where running headers and
        footers sit) do not vote, so a form page that is mostly one table still finds
        its text size.
        """
        weights: dict[float, int] = {}
        voters = self.lines[1:-1] if len(self.lines) > 2 else self.lines
        for line in voters:
            size = round(line.size, 1)
            weights[size] = weights.get(size, 0) + line.end - line.start
        return max(weights, key=lambda size: (weights[size], size)) if weights else 0.0


class _Builder:
    """Appends characters and their boxes; records lines."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.boxes: list[BBox | None] = []
        self.lines: list[TextLine] = []
        self._last_bottom: float | None = None

    def insert(self, text: str) -> None:
        self.chars.extend(text)
        self.boxes.extend([None] * len(text))

    def words(self, words: Sequence[Word]) -> None:
        gaps = [b.x0 - a.x1 for a, b in pairwise(words)]
        usual = median(gaps) if gaps else 0.0
        for index, word in enumerate(words):
            if index:
                previous = words[index - 1]
                gap = word.x0 - previous.x1
                wide = (
                    gap > WIDE_GAP * max(word.size, previous.size, 1.0) + GAP_EPSILON
                    and gap > WIDE_GAP_RATIO * usual
                )
                self.insert("  " if wide else " ")
            for piece, box in word.glyphs:
                self.chars.extend(piece)
                self.boxes.extend([box] * len(piece))

    def break_before(self, top: float, line_height: float) -> None:
        """A line break, or a blank line when a paragraph gap precedes ``top``."""
        if not self.chars:
            return
        self.insert("\n")
        if self._last_bottom is not None and top - self._last_bottom > PARAGRAPH_GAP * max(
            line_height, 1.0
        ):
            self.insert("\n")

    def paragraph(self) -> None:
        """Force a blank line before whatever comes next (column or table boundary)."""
        self._last_bottom = -1e9

    def tight(self) -> None:
        """No blank line before the next line (table rows are one line apart)."""
        self._last_bottom = None

    def line(
        self,
        words: Sequence[Word],
        line_height: float,
        *,
        in_table: bool = False,
        segments: Sequence[Sequence[Word]] | None = None,
    ) -> None:
        ws = list(words) if segments is None else [w for seg in segments for w in seg]
        if not ws:
            return
        top = min(w.top for w in ws)
        self.break_before(top, line_height)
        start = len(self.chars)
        if segments is None:
            self.words(ws)
        else:
            for index, segment in enumerate(segments):
                if index:
                    self.insert(CELL_SEPARATOR)
                self.words(segment)
        self.lines.append(
            TextLine(
                start=start,
                end=len(self.chars),
                x0=min(w.x0 for w in ws),
                top=top,
                x1=max(w.x1 for w in ws),
                bottom=max(w.bottom for w in ws),
                size=max(w.size for w in ws),
                bold=all(w.bold for w in ws),
                in_table=in_table,
            )
        )
        self._last_bottom = max(w.bottom for w in ws)


def _cell_words(lines: tuple[Line, ...] | None) -> list[Word]:
    return [w for line in lines or () for w in line.words]


def _render_table(builder: _Builder, block: TableBlock, line_height: float) -> Table:
    builder.paragraph()
    rows: list[tuple[TableCell | None, ...]] = []
    for row_boxes, row_cells in zip(block.rows, block.cells, strict=True):
        segments = [
            _cell_words(cell)
            for cell, box in zip(row_cells, row_boxes, strict=True)
            if box is not None
        ]
        if any(segments):
            if rows:
                builder.tight()
            builder.line([], line_height, in_table=True, segments=segments)
        rows.append(
            tuple(
                TableCell(text=" ".join(w.text for w in _cell_words(cell)), bbox=box)
                if box is not None
                else None
                for cell, box in zip(row_cells, row_boxes, strict=True)
            )
        )
    builder.paragraph()
    return Table(bbox=block.bbox, rows=tuple(rows))


def _render_run(
    builder: _Builder,
    items: Sequence[Line | TableBlock],
    run: ColumnRun,
    line_height: float,
    tables: list[Table],
) -> None:
    """Left column top to bottom, then the right column."""
    split = run.split_x
    for side in ("left", "right"):
        builder.paragraph()
        for item in items[run.first : run.last + 1]:
            if isinstance(item, TableBlock):
                on_left = (item.x0 + item.x1) / 2 < split
                if on_left == (side == "left"):
                    tables.append(_render_table(builder, item, line_height))
                continue
            words = [w for w in item.words if (w.center_x < split) == (side == "left")]
            builder.line(words, line_height)
    builder.paragraph()


def build_layout(
    words: Sequence[Word], raw_tables: Sequence[RawTable], scanned: bool = False
) -> PageLayout:
    """The page text in reading order with its boxes, lines and tables (``scanned``: the
    words were read by OCR; see ``find_column_runs``)."""
    free, blocks = assign_words(words, raw_tables)
    lines = group_lines(free)
    line_height = median([ln.height for ln in lines]) if lines else 10.0
    items: list[Line | TableBlock] = sorted([*lines, *blocks], key=lambda it: (it.top, it.x0))
    runs = {run.first: run for run in find_column_runs(items, grids=not scanned)}
    builder = _Builder()
    tables: list[Table] = []
    index = 0
    while index < len(items):
        run = runs.get(index)
        if run is not None:
            _render_run(builder, items, run, line_height, tables)
            index = run.last + 1
            continue
        item = items[index]
        if isinstance(item, TableBlock):
            tables.append(_render_table(builder, item, line_height))
        else:
            builder.line(item.words, line_height)
        index += 1
    return PageLayout(
        text="".join(builder.chars),
        char_boxes=pack_boxes(builder.boxes),
        lines=tuple(builder.lines),
        tables=tuple(tables),
    )
