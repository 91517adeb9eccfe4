"""One table reader for every family: rows and cells with their Doc offsets.

Notes put test grids, pain diaries, PT visit logs, therapy episode lists and medication
lists in tables. Ingestion writes a ruled table it found (``Page.tables``) one row per
line, cells joined by `` | ``; other tables reach the text as typed pipes, tabs or runs
of spaces. Every family reads them here, never by splitting lines itself:

- ``tables(doc)``: every table of a Doc, in text order; ``row_at(doc, offset)``: the
  table and row on the line holding a Doc offset; ``tables_in(doc, start, end)``: the
  tables with rows in a range (an injection's region);
- a ``Table`` knows its rows and where it came from (``layout``: ``ruled`` when ingest
  found its ruling, ``pipes`` for typed ``|`` rows, ``spaced`` for cells split by tabs
  or runs of spaces, ``aligned`` for a table drawn with horizontal rules only, whose
  rows come a blank line apart with cells the text shows as single spaces: split where
  the page's boxes show a wide gap, rows kept when their cells stand in the same
  columns); its header is its first row, and ``side_columns`` reads a header whose
  columns are headed by a side alone ("Test | Left | Right", "L", "Rt.");
- ``word_under(doc, start, end, line)``: the word of a line standing under a header's
  word on the page, for columns the text shows as single spaces;
- a ``Row`` keeps every cell in place: an empty corner cell stays (" | Pre | 15 min"
  lines up with "NRS | 7 | 2"), a trailing ``|`` is a border, not a cell.

Cells are stripped; a cell's ``start``/``end`` are the Doc offsets of its text (an
empty cell has ``start == end`` where its text would be), so evidence can cite it.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc

from extractors.base import CELL_GAP, is_table_row, text_of
from extractors.lexicon import fragment, side_of
from pipeline.models import CELL_SEPARATOR

Layout = Literal["ruled", "pipes", "spaced", "aligned"]
WIDE_GAP = 1.0
"""A gap between two words wider than this many glyph heights separates two cells (as
ingest renders a wide gap as two spaces; see ``pipeline.ingest.layout.WIDE_GAP``)."""
GAP_EPSILON = 0.01
ALIGN_TOLERANCE = 0.5
"""Two cells stand in one column when their left (or right) edges are this many glyph
heights apart or less."""
_PIPE = re.compile(r"\|")
_SIDE_HEADER = re.compile(
    rf"^\s*(?:the\s+)?({fragment('sides.right_left')})\.?"
    r"(?:\s*-?\s*(?:side|sided|sij|si\s+joint|si|hip|leg))?(?:\s*\([^()]{0,12}\))?\s*$",
    re.IGNORECASE,
)
"""A column headed by a side alone: "Left", "R", "Rt.", "Right side", "L SIJ"."""
_TABLES = "authreview.tables"
_SIDE_LABEL = re.compile(
    rf"(?<![\w/.-])({fragment('sides.right_left')})\.?(?![\w/])(?:\s*[:=]\s*|\s*)",
    re.IGNORECASE,
)
"""A side word labelling what follows it in a cell: "R:", "Lt =", "Right", "L"."""
_PART_EDGE = " \t,;/|"


@dataclass(frozen=True)
class Cell:
    """One cell: its stripped text and the Doc offsets of that text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    """One table row on one line: ``start``/``end`` are the line's Doc offsets."""

    start: int
    end: int
    cells: tuple[Cell, ...]

    def texts(self) -> list[str]:
        """Every cell's text, in place (empty cells included)."""
        return [cell.text for cell in self.cells]

    def values(self) -> list[Cell]:
        """The cells that hold something."""
        return [cell for cell in self.cells if cell.text]

    def index_at(self, offset: int) -> int | None:
        """The index of the cell holding a Doc offset (or the gap right after it)."""
        for index, cell in enumerate(self.cells):
            if cell.start <= offset < cell.end + 1:
                return index
        return None

    def cell(self, index: int) -> Cell | None:
        return self.cells[index] if 0 <= index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    """Rows of one table, top to bottom, and where the table came from."""

    layout: Layout
    rows: tuple[Row, ...]

    @property
    def start(self) -> int:
        return self.rows[0].start

    @property
    def end(self) -> int:
        return self.rows[-1].end

    @property
    def header(self) -> Row:
        return self.rows[0]

    @property
    def separated(self) -> bool:
        """Whether its cells are separated by '|' (ruled, or typed so), not by space."""
        return self.layout in ("ruled", "pipes")

    def row_at(self, offset: int) -> Row | None:
        """The row on the line holding a Doc offset."""
        for row in self.rows:
            if row.start <= offset <= row.end:
                return row
        return None

    def rows_above(self, row: Row, limit: int | None = None) -> list[Row]:
        """The rows above ``row`` in this table, nearest first (at most ``limit``)."""
        index = self.rows.index(row)
        above = list(reversed(self.rows[:index]))
        return above if limit is None else above[:limit]

    def block_header(self, row: Row) -> Row | None:
        """The first row of the run of rows above ``row`` (itself included) that have
        as many cells as it: a column's header cell when the table has a title row
        above its header. None when ``row`` is that first row."""
        index = self.rows.index(row)
        top = index
        while top > 0 and len(self.rows[top - 1].cells) == len(row.cells):
            top -= 1
        return self.rows[top] if top < index else None


def side_columns(row: Row) -> dict[int, str]:
    """Columns of a header row headed by a side alone (not the first, label column):
    {cell index: right | left}."""
    found: dict[int, str] = {}
    for index, cell in enumerate(row.cells):
        match = _SIDE_HEADER.match(cell.text) if index > 0 else None
        side = side_of(match.group(1)) if match else None
        if side in ("right", "left"):
            found[index] = side
    return found


@dataclass(frozen=True)
class SidePart:
    """The words a cell or clause gives one side: ``start``/``end`` are offsets in the
    text it was read from, plus the ``base`` given."""

    side: str
    text: str
    start: int
    end: int


def side_parts(text: str, base: int = 0) -> tuple[SidePart, ...]:
    """A cell or clause written per side ("R: neg  L: pos", "Rt - / Lt +", "right
    negative, left positive"): the words each side label heads, when the text opens
    with a side label and labels the right and the left once each. Otherwise () - a
    side word inside the words ("reproduces R buttock pain") heads nothing."""
    labels = [
        m
        for m in _SIDE_LABEL.finditer(text)
        if len(m.group(1)) > 1 or m.group(1).isupper()  # "l"/"r" alone are no sides
    ]
    if len(labels) != 2 or text[: labels[0].start()].strip(_PART_EDGE):
        return ()
    sides = [side_of(m.group(1)) for m in labels]
    if set(sides) != {"right", "left"}:
        return ()
    parts: list[SidePart] = []
    for k, (match, side) in enumerate(zip(labels, sides, strict=True)):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        words = text[match.end() : stop].rstrip(_PART_EDGE)
        if not words.strip():
            return ()
        parts.append(
            SidePart(str(side), words, base + match.end(), base + match.end() + len(words))
        )
    return tuple(parts)


def side_of_header(text: str) -> str | None:
    """The side a header cell names when it names nothing else ("Rt.", "Left side")."""
    match = _SIDE_HEADER.match(text)
    return side_of(match.group(1)) if match else None


# --------------------------------------------------------------------------- reading


def tables(doc: Doc) -> tuple[Table, ...]:
    """Every table of the Doc in text order (read once per Doc)."""
    found = doc.user_data.get(_TABLES)
    if found is None:
        found = doc.user_data[_TABLES] = _read_tables(doc)
    return found


def column_under(doc: Doc, header: Cell, row: Row) -> int | None:
    """The index of ``row``'s cell that stands under ``header`` on the page (their
    spans overlap): a row whose cells the text does not line up with its header's (a
    scanned table whose header row lost its empty cells). None when no cell or more than
    one does, or the page boxes are unknown."""
    boxes = _Boxes(doc)
    span = boxes.span(header) if header.text else None
    if span is None:
        return None
    x0, x1, _size = span
    found = [
        j
        for j, cell in enumerate(row.cells)
        if cell.text and (s := boxes.span(cell)) is not None and s[0] < x1 and s[1] > x0
    ]
    return found[0] if len(found) == 1 else None


def row_at(doc: Doc, offset: int) -> tuple[Table, Row] | None:
    """The table and row on the line holding a Doc offset, if that line is a row."""
    found = tables(doc)
    index = bisect_right([t.start for t in found], offset) - 1
    for table in found[max(0, index - 1) : index + 1]:
        row = table.row_at(offset)
        if row is not None:
            return table, row
    return None


def scanned(doc: Doc, offset: int) -> bool:
    """Whether the character at a Doc offset was read by OCR from a scanned page (its
    cells may carry stray glyphs and misread digits)."""
    source = doc._.source
    if source is None:
        return False
    page, _start = source.page_at(offset)
    return bool(page.ocr)


def tables_in(doc: Doc, start: int, end: int) -> list[Table]:
    """The tables with rows starting in ``[start, end)``, cut to those rows."""
    out = []
    for table in tables(doc):
        if table.end < start or table.start >= end:
            continue
        rows = tuple(row for row in table.rows if start <= row.start < end)
        if rows:
            out.append(Table(table.layout, rows))
    return out


def word_under(doc: Doc, start: int, end: int, line: tuple[int, int]) -> Cell | None:
    """The word of a line that stands under the text at [start, end) on the page (a
    column header's word): in a table whose columns the text shows as single spaces
    (monospaced print, a scanned page), the one word whose box overlaps that text's
    span ('30' under 'DS' in 'Fill date Rx# Drug Qty DS'; ``column_under`` over the
    line's words). None when no word or more than one does, or the boxes are unknown."""
    text = text_of(doc)
    words = tuple(
        Cell(m.group(0), line[0] + m.start(), line[0] + m.end())
        for m in re.finditer(r"\S+", text[line[0] : line[1]])
    )
    index = column_under(doc, Cell(text[start:end], start, end), Row(line[0], line[1], words))
    return words[index] if index is not None else None


def pipe_cells(line: str, start: int) -> tuple[Cell, ...]:
    """A '|' row's cells: an edge '|' that opens the line keeps an empty first cell (a
    corner), one that closes it is a border."""
    return _split(line, start, _PIPE, 0, len(line), trailing=not line.rstrip().endswith("|"))


def gap_cells(line: str, start: int) -> tuple[Cell, ...]:
    """A row written without separators: cells split by tabs or runs of spaces."""
    body_start = len(line) - len(line.lstrip())
    return _split(line, start, CELL_GAP, body_start, len(line.rstrip()), trailing=True)


def _split(
    line: str, start: int, separator: re.Pattern[str], begin: int, stop: int, trailing: bool
) -> tuple[Cell, ...]:
    cells: list[Cell] = []
    position = begin
    for match in [*separator.finditer(line, begin, stop), None]:
        end = match.start() if match is not None else stop
        raw = line[position:end]
        text = raw.strip()
        offset = start + position + len(raw) - len(raw.lstrip())
        cells.append(Cell(text, offset, offset + len(text)))
        if match is None:
            break
        position = match.end()
    if not trailing and len(cells) > 1 and not cells[-1].text:
        cells.pop()
    return tuple(cells)


def _read_tables(doc: Doc) -> tuple[Table, ...]:
    """Runs of consecutive rows of one kind: '|' rows, or lines of two or more cells
    split by tabs or runs of spaces; then ``aligned`` tables among the other lines."""
    text = text_of(doc)
    ruled = _ruled_lines(doc)
    found: list[Table] = []
    current: list[Row] = []
    kind: Layout | None = None
    offset = 0
    for line in text.split("\n"):
        row, row_kind = _row(line, offset, ruled)
        if current and (row is None or row_kind != kind):
            found.append(Table(kind or "pipes", tuple(current)))
            current, kind = [], None
        if row is not None:
            current.append(row)
            kind = row_kind
        offset += len(line) + 1
    if current:
        found.append(Table(kind or "pipes", tuple(current)))
    aligned = _aligned_tables(doc, found)
    if not aligned:
        return tuple(found)
    taken = {row.start for table in aligned for row in table.rows}
    kept = [t for t in found if not any(row.start in taken for row in t.rows)]
    return tuple(sorted([*kept, *aligned], key=lambda t: t.start))


def _row(line: str, start: int, ruled: set[int]) -> tuple[Row | None, Layout | None]:
    if not line.strip():
        return None, None
    if is_table_row(line):
        kind: Layout = "ruled" if start in ruled else "pipes"
        return Row(start, start + len(line), pipe_cells(line, start)), kind
    cells = gap_cells(line, start)
    if len(cells) >= 2:
        return Row(start, start + len(line), cells), "spaced"
    return None, None


def _aligned_tables(doc: Doc, found: list[Table]) -> list[Table]:
    """Tables drawn with horizontal rules only: ingest finds no cells, writes each row
    on its own line (a blank line between rows) and, where every gap of a row is wide,
    as one space. Their rows are lines whose words stand apart on the page (a gap wider
    than a glyph height), one blank line apart at most, with cells in the same columns;
    lines already in a '|' table or in a run of spaced rows are not looked at."""
    boxes = _Boxes(doc)
    if boxes.source is None:
        return []
    busy = {
        row.start
        for table in found
        if table.layout != "spaced" or len(table.rows) > 1
        for row in table.rows
    }
    text = text_of(doc)
    runs: list[list[Row]] = []
    current: list[Row] = []
    blanks = 0
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if not line.strip():
            blanks += 1
            continue
        cells = () if start in busy else boxes.split(gap_cells(line, start))
        row = Row(start, start + len(line), cells) if len(cells) >= 2 else None
        joins = row is not None and current and blanks <= 1 and boxes.aligned(current[-1], row)
        if current and not joins:
            runs.append(current)
            current = []
        if row is not None:
            current.append(row)
        blanks = 0
    if current:
        runs.append(current)
    return [Table("aligned", boxes.in_columns(run)) for run in runs if len(run) >= 2]


class _Boxes:
    """The page boxes of a Doc's characters (``Page.char_boxes``), to find the gaps
    between cells that the text shows as one space and the columns cells stand in."""

    def __init__(self, doc: Doc) -> None:
        self.source = doc._.source
        self._pages: dict[int, array[float]] = {}

    def box(self, offset: int) -> tuple[float, float, float, float] | None:
        if self.source is None:
            return None
        page, page_start = self.source.page_at(offset)
        flat = self._pages.get(page.number)
        if flat is None:
            flat = self._pages[page.number] = array("f")
            flat.frombytes(page.char_boxes)
        index = 4 * (offset - page_start)
        if index < 0 or index + 4 > len(flat) or math.isnan(flat[index]):
            return None
        return flat[index], flat[index + 1], flat[index + 2], flat[index + 3]

    def split(self, cells: tuple[Cell, ...]) -> tuple[Cell, ...]:
        """Cells split again where a single space stands for a wide gap on the page."""
        out: list[Cell] = []
        for cell in cells:
            position = 0
            for space in re.finditer(r" +", cell.text):
                left = self.box(cell.start + space.start() - 1)
                right = self.box(cell.start + space.end())
                if left is None or right is None:
                    continue
                size = max(left[3] - left[1], right[3] - right[1], 1.0)
                if right[0] - left[2] > WIDE_GAP * size + GAP_EPSILON:
                    text = cell.text[position : space.start()]
                    out.append(Cell(text, cell.start + position, cell.start + space.start()))
                    position = space.end()
            out.append(Cell(cell.text[position:], cell.start + position, cell.end))
        return tuple(out)

    def span(self, cell: Cell) -> tuple[float, float, float] | None:
        """(x0, x1, glyph height) of a cell on its page."""
        first, last = self.box(cell.start), self.box(cell.end - 1)
        if first is None or last is None:
            return None
        return first[0], last[2], max(first[3] - first[1], 1.0)

    def aligned(self, upper: Row, lower: Row) -> bool:
        """Whether two rows' cells stand in the same columns: two or more cells of each
        start (or end) where a cell of the other does."""
        a = [x for c in upper.cells if (x := self.span(c)) is not None]
        b = [x for c in lower.cells if (x := self.span(c)) is not None]
        if len(a) < 2 or len(b) < 2:
            return False
        shared = sum(
            1
            for x0, x1, size in a
            if any(
                abs(x0 - y0) <= ALIGN_TOLERANCE * size or abs(x1 - y1) <= ALIGN_TOLERANCE * size
                for y0, y1, _h in b
            )
        )
        return shared >= 2

    def in_columns(self, rows: list[Row]) -> tuple[Row, ...]:
        """Rows with their cells placed in the table's columns (spans of the page that
        cells overlap); a row missing a column gets an empty cell there. Rows stay as
        they are when a row has two cells in one column."""
        spans = [[self.span(c) for c in row.cells] for row in rows]
        if any(x is None for row in spans for x in row):
            return tuple(rows)
        columns: list[list[float]] = []
        for x0, x1, _h in sorted(x for row in spans for x in row if x is not None):
            if columns and x0 <= columns[-1][1]:
                columns[-1][1] = max(columns[-1][1], x1)
            else:
                columns.append([x0, x1])
        placed: list[Row] = []
        for row, row_spans in zip(rows, spans, strict=True):
            index = [
                next(k for k, (c0, c1) in enumerate(columns) if c0 <= x[0] <= c1)
                for x in row_spans
                if x is not None
            ]
            if len(set(index)) != len(index):
                return tuple(rows)
            by_column = dict(zip(index, row.cells, strict=True))
            cells = []
            for k in range(len(columns)):
                cell = by_column.get(k)
                if cell is None:
                    after = next(
                        (by_column[j] for j in range(k + 1, len(columns)) if j in by_column), None
                    )
                    at = after.start if after is not None else row.end
                    cell = Cell("", at, at)
                cells.append(cell)
            placed.append(Row(row.start, row.end, tuple(cells)))
        return tuple(placed)


def _ruled_lines(doc: Doc) -> set[int]:
    """Doc offsets of the lines that are rows of a ruled table ingest found on a page:
    the table's non-empty rows, as written into the page text (cells joined by ' | ')."""
    document_text = doc._.source
    if document_text is None:
        return set()
    found: set[int] = set()
    for page, page_start in zip(document_text.pages, document_text.page_starts, strict=True):
        if not page.tables:
            continue
        lines = page.text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        normalised = [_normalise(line) for line in lines]
        for table in page.tables:
            expected = [
                _normalise(CELL_SEPARATOR.join(c.text for c in row if c is not None))
                for row in table.rows
                if any(c is not None and c.text for c in row)
            ]
            if not expected:
                continue
            for first in range(len(lines) - len(expected) + 1):
                if normalised[first : first + len(expected)] == expected:
                    found.update(page_start + starts[first + k] for k in range(len(expected)))
                    break
    return found


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


__all__ = [
    "Cell",
    "Row",
    "Table",
    "column_under",
    "gap_cells",
    "pipe_cells",
    "row_at",
    "scanned",
    "side_columns",
    "side_of_header",
    "tables",
    "tables_in",
]
