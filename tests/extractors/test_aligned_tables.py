"""Tables drawn with horizontal rules only (issue 14, class 5).

pdfplumber finds no cells in them, so ingest writes each row on its own line, a blank
line between rows, and where every gap of a row is wide it writes them as one space
("30 min 2"): the text alone cannot split the cells. The table reader splits them where
the page's boxes show a gap wider than a glyph and keeps rows whose cells stand in the
same columns; the diary parser then reads them like any other diary.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import TableBordersLayout, XPos, YPos

from extractors.tables import tables
from pipeline.charmap import pack_boxes
from pipeline.document_text import document_texts
from pipeline.extract import extract_facts
from pipeline.ingest import read_packet
from pipeline.models import Document, DocumentType, Packet, Page, RequestMetadata, SourceFile

GLYPH_WIDTH = 5.0
GLYPH_HEIGHT = 9.0


def laid_out(rows: list[list[tuple[float, str]]], lead: str = "") -> Packet:
    """A one-page procedure note whose rows put each cell at an x position on the page,
    written into the text with single spaces and a blank line between rows, as ingest
    writes a table drawn with horizontal rules only."""
    chars: list[str] = []
    boxes: list[tuple[float, float, float, float] | None] = []

    def put(text: str, x: float | None, top: float) -> None:
        for char in text:
            chars.append(char)
            if x is None or char == " ":
                boxes.append(None)
            else:
                boxes.append((x, top, x + GLYPH_WIDTH, top + GLYPH_HEIGHT))
            if x is not None:
                x += GLYPH_WIDTH

    top = 72.0
    if lead:
        put(lead, 72.0, top)
        put("\n\n", None, top)
    for index, row in enumerate(rows):
        top += 24.0
        for k, (x, cell) in enumerate(row):
            if k:
                put(" ", None, top)
            put(cell, x, top)
        put("\n\n" if index + 1 < len(rows) else "\n", None, top)
    text = "".join(chars)
    sha = hashlib.sha256(text.encode()).hexdigest()
    page = Page(
        number=1, file="t.pdf", file_page=1, width=612.0, height=792.0,
        text=text, char_boxes=pack_boxes(boxes),
    )  # fmt: skip
    document = Document(
        id="d", type=DocumentType.procedure_note, title="t", date=date(2025, 3, 12),
        file="t.pdf", first_page=1, last_page=1,
    )  # fmt: skip
    return Packet(
        id="t", sha256=sha, files=(SourceFile(name="t.pdf", sha256=sha, pages=1),),
        pages=(page,), documents=(document,), request=RequestMetadata(),
    )  # fmt: skip


def _doc(nlp, packet: Packet):
    source = document_texts(packet)[0]
    doc = nlp.make_doc(source.text)
    doc._.source = source
    return doc


LEAD = (
    "Date of procedure: 03/12/2025. Left SI joint block under fluoroscopy with contrast, "
    "0.5% bupivacaine 2 mL."
)

DOWN = [
    [(72, "When"), (220, "Pain (0-10)")],
    [(72, "Before block"), (220, "8")],
    [(72, "10 min"), (220, "1")],
    [(72, "1 hr"), (220, "2")],
    [(72, "5 hrs"), (220, "3")],
    [(72, "Next day"), (220, "7")],
]
ACROSS = [
    [(140, "Baseline"), (200, "15'"), (260, "45'"), (320, "3 h"), (380, "8 h")],
    [(72, "VAS mm"), (140, "64"), (200, "12"), (260, "10"), (320, "28"), (380, "51")],
]


def test_rows_a_blank_line_apart_with_cells_in_columns_are_one_table(nlp) -> None:
    doc = _doc(nlp, laid_out(DOWN))
    (table,) = [t for t in tables(doc) if t.layout == "aligned"]
    assert [row.texts() for row in table.rows][:3] == [
        ["When", "Pain (0-10)"],
        ["Before block", "8"],
        ["10 min", "1"],
    ]


def test_a_missing_column_keeps_its_place(nlp) -> None:
    doc = _doc(nlp, laid_out(ACROSS))
    (table,) = [t for t in tables(doc) if t.layout == "aligned"]
    assert table.rows[0].texts() == ["", "Baseline", "15'", "45'", "3 h", "8 h"]
    assert table.rows[1].texts()[:2] == ["VAS mm", "64"]


def test_prose_lines_are_not_a_table(nlp) -> None:
    rows = [
        [(72, "Patient tolerated the procedure well and was discharged home.")],
        [(72, "She will keep a pain log for the next two days.")],
    ]
    assert not [t for t in tables(_doc(nlp, laid_out(rows))) if t.layout == "aligned"]


def test_rows_whose_cells_do_not_line_up_are_not_one_table(nlp) -> None:
    rows = [[(72, "Pre"), (220, "8")], [(72, "30 min"), (400, "2")]]
    assert not [t for t in tables(_doc(nlp, laid_out(rows))) if t.layout == "aligned"]


@pytest.mark.parametrize(
    ("rows", "relief", "hours"),
    [(DOWN, 88.0, 5.0), (ACROSS, 84.0, 3.0)],
    ids=["down", "across"],
)
def test_an_injection_reads_relief_from_such_a_diary(nlp, rows, relief, hours) -> None:
    facts = extract_facts(laid_out(rows, lead=LEAD), nlp)
    (injection,) = [f for f in facts if f.kind == "injection"]
    assert (injection.relief_percent, injection.relief_duration_hours) == (relief, hours)


# --------------------------------------------------------------------------- real PDFs


def _pdf(path: Path, rows: list[list[str]], borders: TableBordersLayout) -> Path:
    pdf = FPDF(unit="mm", format="letter")
    pdf.set_margins(20, 24, 20)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.multi_cell(0, 7, "PROCEDURE NOTE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Date of procedure: 04/02/2025. Right sacroiliac joint injection, C-arm guidance, "
        "Isovue contrast confirmed intra-articular spread, 1.5 mL 0.25% Marcaine.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Recovery pain log:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("helvetica", "", 9)
    with pdf.table(
        width=pdf.epw * 0.6, align="LEFT", text_align="LEFT", padding=1, borders_layout=borders
    ) as grid:
        for values in rows:
            row = grid.row()
            for value in values:
                row.cell(value)
    pdf.ln(2)
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Discharged ambulatory.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))
    return path


PDF_DIARIES = [
    (
        "down_nrs_over_ten",
        [
            ["Time", "NRS"],
            ["Pre-procedure", "6/10"],
            ["20 min", "1/10"],
            ["2 hours", "2/10"],
            ["6 hours", "4/10"],
        ],
        (83.0, 2.0),  # 6 hours: 4/10 is a third less pain, under half
    ),
    (
        "across_with_corner",
        [["", "Pre", "30 min", "1 hr", "4 hr"], ["Pain", "9", "2", "3", "6"]],
        (78.0, 1.0),
    ),
]


@pytest.mark.parametrize(
    "borders",
    [TableBordersLayout.HORIZONTAL_LINES, TableBordersLayout.NONE, TableBordersLayout.ALL],
    ids=["horizontal_rules", "no_rules", "ruled"],
)
@pytest.mark.parametrize(
    ("rows", "expected"), [d[1:] for d in PDF_DIARIES], ids=[d[0] for d in PDF_DIARIES]
)
def test_diary_relief_whatever_the_table_rules(nlp, tmp_path, rows, expected, borders) -> None:
    packet = read_packet(_pdf(tmp_path / "note.pdf", rows, borders))
    facts = extract_facts(packet, nlp)
    (injection,) = [f for f in facts if f.kind == "injection"]
    assert (injection.relief_percent, injection.relief_duration_hours) == expected
    # diary rows feed the injection's relief, never pain_score facts (docs/facts.md)
    assert not [f for f in facts if f.kind == "pain_score"]
