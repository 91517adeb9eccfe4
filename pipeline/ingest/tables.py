"""Ruled tables (pain diaries, PT visit logs): cells, their words, and their text.

pdfplumber finds tables from ruling lines; every word whose middle lies in a cell
belongs to that cell. A table's text goes into the page text one row per line with
cells separated by `` | `` so the NLP reads "30 min | 2" as one row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.ingest.words import Line, Word, group_lines
from pipeline.models import CELL_SEPARATOR, BBox

MIN_ROWS = 2
MIN_COLUMNS = 2


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table's outline from pdfplumber: its box and each row's cell boxes."""

    bbox: BBox
    rows: tuple[tuple[BBox | None, ...], ...]


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A table with its words: ``cells[r][c]`` holds the lines of that cell (or None)."""

    bbox: BBox
    rows: tuple[tuple[BBox | None, ...], ...]
    cells: tuple[tuple[tuple[Line, ...] | None, ...], ...]

    @property
    def x0(self) -> float:
        return self.bbox[0]

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def x1(self) -> float:
        return self.bbox[2]

    @property
    def bottom(self) -> float:
        return self.bbox[3]


def _box(value: Sequence[float]) -> BBox:
    return (float(value[0]), float(value[1]), float(value[2]), float(value[3]))


def keep_tables(
    found: Iterable[tuple[BBox, tuple[tuple[BBox | None, ...], ...]]],
) -> list[RawTable]:
    """Tables of at least two rows and two columns.

    A single ruled box (a border around a paragraph) is not a table: reading it as one
    cell would flatten its lines.
    """
    kept = []
    for bbox, rows in found:
        columns = max((sum(c is not None for c in row) for row in rows), default=0)
        if len(rows) >= MIN_ROWS and columns >= MIN_COLUMNS:
            kept.append(RawTable(bbox, rows))
    return kept


def find_tables(page: Any) -> list[RawTable]:
    """Ruled tables of a pdfplumber page (see ``keep_tables``)."""
    return keep_tables(
        (
            _box(table.bbox),
            tuple(
                tuple(_box(cell) if cell is not None else None for cell in row.cells)
                for row in table.rows
            ),
        )
        for table in page.find_tables()
    )


def _inside(word: Word, box: BBox) -> bool:
    x, y = word.center_x, word.center_y
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def assign_words(
    words: Sequence[Word], tables: Sequence[RawTable]
) -> tuple[list[Word], list[TableBlock]]:
    """Split the page's words into free words and the words of each table's cells."""
    free: list[Word] = []
    buckets: list[dict[tuple[int, int], list[Word]]] = [{} for _ in tables]
    for word in words:
        placed = False
        for t_index, table in enumerate(tables):
            if not _inside(word, table.bbox):
                continue
            for r_index, row in enumerate(table.rows):
                for c_index, cell in enumerate(row):
                    if cell is not None and _inside(word, cell):
                        buckets[t_index].setdefault((r_index, c_index), []).append(word)
                        placed = True
                        break
                if placed:
                    break
            if placed:
                break
        if not placed:
            free.append(word)
    blocks = []
    for table, bucket in zip(tables, buckets, strict=True):
        cells = tuple(
            tuple(
                tuple(group_lines(bucket.get((r, c), []))) if cell is not None else None
                for c, cell in enumerate(row)
            )
            for r, row in enumerate(table.rows)
        )
        blocks.append(TableBlock(table.bbox, table.rows, cells))
    return free, blocks


def row_cells(line: str, *, drawn: bool = False) -> list[str]:
    """A table row's text split back into its cells, each stripped.

    A row this module laid out joins its cells with ``CELL_SEPARATOR`` and keeps an
    empty cell's place, so the cells line up with the header's. A table the writer
    drew in text (``drawn``) splits at any '|' or, with none, at runs of 2+ spaces,
    and its empty border cells ('| a | b |') are dropped.
    """
    if not drawn:
        return [cell.strip() for cell in line.split(CELL_SEPARATOR)]
    parts = line.split("|") if "|" in line else re.split(r"\s{2,}", line)
    cells = [part.strip() for part in parts]
    while cells and not cells[0]:
        cells.pop(0)
    while cells and not cells[-1]:
        cells.pop()
    return cells
