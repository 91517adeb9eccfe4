"""The shared table reader: rows and cells with Doc offsets, layouts, headers, sides."""

from __future__ import annotations

import pytest

from extractors.tables import (
    Row,
    gap_cells,
    pipe_cells,
    row_at,
    side_columns,
    side_parts,
    tables,
    tables_in,
)
from pipeline.models import Table, TableCell
from tests.extractors.helpers import tokenized_doc


def _texts(row: Row) -> list[str]:
    return row.texts()


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("FABER | + | R", ["FABER", "+", "R"]),
        (" | Pre | 15 min | 30 min", ["", "Pre", "15 min", "30 min"]),  # a corner cell
        ("| Test | Left | Right |", ["", "Test", "Left", "Right"]),  # a closing border
        ("Gaenslen |  | neg", ["Gaenslen", "", "neg"]),  # an empty cell keeps its place
    ],
)
def test_pipe_cells_keep_their_places(line: str, cells: list[str]) -> None:
    assert [c.text for c in pipe_cells(line, 0)] == cells


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Thigh thrust    neg    pos", ["Thigh thrust", "neg", "pos"]),
        ("  Pre\t7/10\t", ["Pre", "7/10"]),
        ("30 min  2", ["30 min", "2"]),
        ("no gap here", ["no gap here"]),
    ],
)
def test_gap_cells_split_on_tabs_and_runs_of_spaces(line: str, cells: list[str]) -> None:
    assert [c.text for c in gap_cells(line, 0)] == cells


def test_cell_offsets_point_at_the_cell_text() -> None:
    line = "Meloxicam 15 mg |  daily  | low back pain"
    for cell in pipe_cells(line, 100):
        assert line[cell.start - 100 : cell.end - 100] == cell.text


def test_tables_are_runs_of_rows_of_one_kind(nlp) -> None:
    text = (
        "Exam today.\n"
        "Test | Left | Right\n"
        "FABER | pos | neg\n"
        "Gaenslen | neg | neg\n"
        "\n"
        "Palpation    R    L\n"
        "PSIS    tender    non-tender\n"
        "Plan: follow up.\n"
    )
    doc = tokenized_doc(nlp, text)
    found = tables(doc)
    assert [(t.layout, len(t.rows)) for t in found] == [("pipes", 3), ("spaced", 2)]
    assert _texts(found[0].header) == ["Test", "Left", "Right"]
    table, row = row_at(doc, text.index("Gaenslen") + 3)
    assert table is found[0] and _texts(row) == ["Gaenslen", "neg", "neg"]
    assert row_at(doc, text.index("Plan")) is None


def test_a_table_ingest_found_is_ruled(nlp) -> None:
    text = (
        "Pain diary\n\nTime | NRS\nPre | 7\n30 min | 2\n\nDiary typed by hand:\nPre | 6\n1 h | 1\n"
    )
    box = (0.0, 0.0, 1.0, 1.0)
    ruled = Table(
        bbox=box,
        rows=tuple(
            (TableCell(text=a, bbox=box), TableCell(text=b, bbox=box))
            for a, b in (("Time", "NRS"), ("Pre", "7"), ("30 min", "2"))
        ),
    )
    layouts = [t.layout for t in tables(tokenized_doc(nlp, text, (ruled,)))]
    assert layouts == ["ruled", "pipes"]


def test_tables_in_a_range_keep_only_its_rows(nlp) -> None:
    text = "Visit | Date\n1 | 01/06/2025\n2 | 01/13/2025\n3 | 01/20/2025\n"
    doc = tokenized_doc(nlp, text)
    start = text.index("2 |")
    (table,) = tables_in(doc, start, len(text))
    assert [r.texts()[0] for r in table.rows] == ["2", "3"]


@pytest.mark.parametrize(
    ("header", "sides"),
    [
        ("Test | Left | Right", {1: "left", 2: "right"}),
        ("Palpation | R | L", {1: "right", 2: "left"}),
        ("Special tests | Rt. | Lt.", {1: "right", 2: "left"}),
        ("Site | Right side | Left SIJ", {1: "right", 2: "left"}),
        ("Left | Right | Note", {1: "right"}),  # the first column labels the rows
        ("Test | Result | Side", {}),
    ],
)
def test_side_columns_of_a_header(header: str, sides: dict[int, str]) -> None:
    assert side_columns(Row(0, len(header), pipe_cells(header, 0))) == sides


def test_block_header_skips_a_title_row_of_another_width(nlp) -> None:
    text = "Outpatient PT | discharge summary\nVisit | Date | Modality\n1 | 01/06/2025 | TENS\n"
    doc = tokenized_doc(nlp, text)
    table, row = row_at(doc, text.index("TENS"))
    assert table.block_header(row).texts() == ["Visit", "Date", "Modality"]


# A cell written per side: each side label heads its own words; a side word inside the
# words, one side only, or a label repeated heads nothing.
SIDE_PARTS = [
    ("R: neg  L: pos", [("right", "neg"), ("left", "pos")]),
    ("Lt (+) / Rt (-)", [("left", "(+)"), ("right", "(-)")]),
    ("right negative, left positive", [("right", "negative"), ("left", "positive")]),
    ("L+ R-", [("left", "+"), ("right", "-")]),
    ("reproduces R buttock pain", []),
    ("positive L", []),
    ("R: pos  R: neg", []),
    ("l neg r pos", []),
]


@pytest.mark.parametrize(("text", "parts"), SIDE_PARTS)
def test_side_parts(text: str, parts: list[tuple[str, str]]) -> None:
    found = side_parts(text, 10)
    assert [(p.side, p.text) for p in found] == parts
    assert all(text[p.start - 10 : p.end - 10] == p.text for p in found)
