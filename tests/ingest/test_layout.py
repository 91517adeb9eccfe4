"""Reading order: ruled tables one row per line, two-column regions column by column."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from pipeline.ingest import read_packet
from pipeline.models import Packet, Page
from tests.ingest.boxes import word_box_mismatches
from tests.ingest.conftest import DIARY, VISITS
from tests.ingest.pdfs import Sheet, words, write


def _inside(inner: tuple[float, ...], outer: tuple[float, ...], slack: float = 0.5) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


@pytest.mark.parametrize(("file_page", "rows"), [(5, VISITS), (6, DIARY)])
def test_table_cells_text_and_boxes(
    clinical_pdf: Path, clinical: Packet, file_page: int, rows: list[list[str]]
) -> None:
    page = clinical.pages[file_page - 1]
    assert len(page.tables) == 1
    table = page.tables[0]
    assert [[c.text if c else None for c in row] for row in table.rows] == rows
    with pdfplumber.open(clinical_pdf) as pdf:
        plumber = pdf.pages[file_page - 1]
        (found,) = plumber.find_tables()
        assert [[_flat(c or "") for c in r] for r in found.extract()] == rows
        assert table.bbox == pytest.approx(found.bbox)
        plumber.close()
    for row in table.rows:
        for cell in row:
            assert cell is not None and _inside(cell.bbox, table.bbox)


@pytest.mark.parametrize(("file_page", "rows"), [(5, VISITS), (6, DIARY)])
def test_table_rows_are_lines_with_boxes_inside_their_cells(
    clinical: Packet, file_page: int, rows: list[list[str]]
) -> None:
    page = clinical.pages[file_page - 1]
    table = page.tables[0]
    for values, cells in zip(rows, table.rows, strict=True):
        line = " | ".join(values)
        start = page.text.index(line + "\n")
        assert page.text[start - 1] == "\n"
        for value, cell in zip(values, cells, strict=True):
            offset = page.text.index(value, start)
            box = page.bbox(offset, offset + len(value))
            assert box is not None and cell is not None and _inside(box, cell.bbox)
            start = offset + len(value)


LEFT = [
    "Palpation: tenderness over the right posterior SIJ and sacral sulcus. " * 3,
    "Neuro: strength five of five, reflexes symmetric, straight leg raise negative. " * 2,
]
RIGHT = [
    "Provocation: thigh thrust positive, compression positive, FABER positive. " * 3,
    "Other: Waddell signs zero of five and hip range of motion full and painless. " * 2,
]


@pytest.fixture(scope="session")
def two_column_pdf(pdf_dir: Path) -> Path:
    sheet = Sheet(
        documents=[
            [
                ("title", "OFFICE VISIT"),
                (
                    "kv",
                    [
                        ("Date of Service", "08/28/2025"),
                        ("Provider", "A. Osei, MD"),
                        ("Visit type", "Established patient, follow-up of sacroiliac joint pain"),
                    ],
                ),
                ("para", "ABOVE " + words(60, "above")),
                ("columns", (LEFT, RIGHT)),
                ("para", "BELOW " + words(40, "below")),
            ]
        ]
    )
    return write(sheet, pdf_dir / "columns.pdf")


@pytest.fixture(scope="session")
def two_column_page(two_column_pdf: Path) -> Page:
    return read_packet(two_column_pdf).pages[0]


def test_two_column_word_boxes_match_pdfplumber(
    two_column_pdf: Path, two_column_page: Page
) -> None:
    assert word_box_mismatches(two_column_pdf, [two_column_page], sample=400) == []


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_two_columns_read_left_then_right(two_column_page: Page) -> None:
    text = _flat(two_column_page.text)
    order = [text.index(_flat(p)) for p in LEFT + RIGHT]
    assert order == sorted(order), "each paragraph must be read whole, left column first"
    assert text.index("ABOVE") < order[0] and order[-1] < text.index("BELOW")


def test_key_value_lines_are_not_split_as_columns(two_column_page: Page) -> None:
    lines = two_column_page.text.splitlines()
    assert "Date of Service: 08/28/2025" in [_flat(ln) for ln in lines]
    assert "Provider: A. Osei, MD" in [_flat(ln) for ln in lines]


def test_single_column_paragraph_is_never_split(clinical: Packet) -> None:
    page = clinical.pages[2]
    body = _flat(page.text)
    assert _flat(words(420, "visit"))[:300] in body
