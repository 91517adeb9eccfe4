"""One splitter of table rows into cells, for laid-out rows and rows drawn in text."""

from __future__ import annotations

import pytest

from pipeline.ingest.tables import row_cells

LAID_OUT = [
    # (row text as layout joins it, cells)
    ("Member | DOB | Request date", ["Member", "DOB", "Request date"]),
    ("Doe, Jane | 12/03/1957 | ", ["Doe, Jane", "12/03/1957", ""]),  # an empty cell keeps its place
    ("Visit |  | Pain", ["Visit", "", "Pain"]),
    ("one cell only", ["one cell only"]),
    ("a|b has a bare pipe", ["a|b has a bare pipe"]),  # only the layout's separator splits
]

DRAWN = [
    ("| CPT | Description | Side |", ["CPT", "Description", "Side"]),
    ("27279|Fusion, SI joint|Left", ["27279", "Fusion, SI joint", "Left"]),
    ("27279    Arthrodesis, SI joint    Right", ["27279", "Arthrodesis, SI joint", "Right"]),
    ("  ||  ", []),
    ("single words only", ["single words only"]),
]


@pytest.mark.parametrize(("line", "cells"), LAID_OUT)
def test_laid_out_row_splits_at_the_layout_separator(line: str, cells: list[str]) -> None:
    assert row_cells(line) == cells


@pytest.mark.parametrize(("line", "cells"), DRAWN)
def test_drawn_row_splits_at_pipes_or_wide_gaps(line: str, cells: list[str]) -> None:
    assert row_cells(line, drawn=True) == cells
