"""PDFium reads characters and ruled tables exactly as pdfplumber would.

Ingestion reads text with PDFium and finds tables from PDFium's paths, for speed; the
rest of the pipeline was built on pdfplumber's boxes. Each case is a small PDF written
by hand with one text or drawing idiom (scaling, rise, Tz, Tc/Tw, TJ kerning,
invisible OCR text, embedded TrueType, rotated pages...). Pages PDFium cannot box
like pdfplumber must fall back to pdfplumber, so the packet's boxes match either way.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.ingest import read_packet
from pipeline.ingest.pdfium_text import UnsupportedPage, page_chars, page_size
from pipeline.ingest.rulings import ruled_tables
from pipeline.ingest.tables import find_tables, keep_tables
from pipeline.ocr import tesseract_available
from tests.hardening.rawpdf import pages_pdf, stream
from tests.ingest.boxes import boxed_char_count, plumber_char_count, word_box_mismatches

TEXT_CASES: list[tuple[str, bytes, dict[str, str]]] = [
    ("plain", b"BT /F1 10 Tf 72 720 Td (Pain 7/10 left SI joint) Tj ET", {}),
    ("tz squeeze", b"BT /F1 10 Tf 50 Tz 72 720 Td (Horizontally squeezed words) Tj ET", {}),
    ("cm scale", b"q 2 0 0 1.5 0 0 cm BT /F1 10 Tf 36 400 Td (Scaled text) Tj ET Q", {}),
    ("tm size", b"BT /F1 1 Tf 12 0 0 12 72 700 Tm (Sized by the matrix) Tj ET", {}),
    ("rise", b"BT /F1 10 Tf 72 720 Td (Base) Tj 3 Ts (raised) Tj ET", {}),
    ("tc tw", b"BT /F1 10 Tf 2 Tc 5 Tw 72 720 Td (Char and word spaced) Tj ET", {}),
    ("tj kerning", b"BT /F1 10 Tf 72 720 Td [(Ke) 120 (rned) -900 (gap)] TJ ET", {}),
    ("invisible ocr layer", b"BT 3 Tr /F1 10 Tf 72 720 Td (Hidden OCR text) Tj ET", {}),
    ("vertical text", b"BT /F1 10 Tf 0 1 -1 0 300 300 Tm (Vertical text) Tj ET", {}),
    (
        "tilted 1 degree",
        b"BT /F1 10 Tf 0.9998 0.0175 -0.0175 0.9998 72 700 Tm (Tilted scan layer) Tj ET",
        {},
    ),
    ("upside down", b"BT /F1 10 Tf -1 0 0 -1 400 400 Tm (Upside down) Tj ET", {}),
    ("mirrored", b"BT /F1 10 Tf -1 0 0 1 400 400 Tm (Mirrored) Tj ET", {}),
    (
        "hyphen ending a line",
        b"BT /F1 10 Tf 12 TL 72 720 Td (The exam-) Tj T* (ination was normal) Tj ET",
        {},
    ),
    (
        "two lines two sizes",
        b"BT /F1 14 Tf 72 720 Td (TITLE LINE) Tj /F1 9 Tf 0 -20 Td (small body) Tj ET",
        {},
    ),
]
FALLBACK_CASES: list[tuple[str, bytes, dict[str, str]]] = [
    ("rotated page", b"BT /F1 10 Tf 72 720 Td (Rotated page) Tj ET", {"page_extra": "/Rotate 90"}),
    (
        "mediabox offset",
        b"BT /F1 10 Tf 72 720 Td (Offset box) Tj ET",
        {"media_box": "0 100 612 892"},
    ),
]


def _write(tmp_path: Path, name: str, content: bytes, options: dict[str, str]) -> Path:
    path = tmp_path / f"{name.replace(' ', '-')}.pdf"
    path.write_bytes(pages_pdf([content], **options))  # type: ignore[arg-type]
    return path


def _pdfium_chars(path: Path) -> list[dict]:
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[0]
        return page_chars(page, page_size(page)[1])
    finally:
        document.close()


def _plumber_chars(path: Path) -> list[dict]:
    with pdfplumber.open(path) as pdf:
        return list(pdf.pages[0].chars)


def _key(char: dict) -> tuple[float, float, float]:
    return (round(char["bottom"], 1), round(char["x0"], 1), round(char["top"], 1))


@pytest.mark.parametrize(("name", "content", "options"), TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_pdfium_chars_are_pdfplumber_chars(
    tmp_path: Path, name: str, content: bytes, options: dict[str, str]
) -> None:
    path = _write(tmp_path, name, content, options)
    ours = sorted(_pdfium_chars(path), key=_key)
    theirs = sorted(_plumber_chars(path), key=_key)
    assert [c["text"] for c in ours] == [c["text"] for c in theirs]
    for mine, reference in zip(ours, theirs, strict=True):
        for field in ("x0", "x1", "top", "bottom", "size"):
            assert mine[field] == pytest.approx(reference[field], abs=1e-3), (mine, field)
        assert (mine["fontname"], mine["upright"]) == (reference["fontname"], reference["upright"])


@pytest.mark.parametrize(
    ("name", "content", "options"), FALLBACK_CASES, ids=[c[0] for c in FALLBACK_CASES]
)
def test_pages_pdfium_cannot_box_are_read_by_pdfplumber(
    tmp_path: Path, name: str, content: bytes, options: dict[str, str]
) -> None:
    path = _write(tmp_path, name, content, options)
    with pytest.raises(UnsupportedPage):
        _pdfium_chars(path)
    packet = read_packet(path, ocr=False)
    (page,) = packet.pages
    assert page.has_text_layer and page.text.strip()
    assert boxed_char_count(page) == plumber_char_count(path, 1)
    assert word_box_mismatches(path, [page]) == []


@pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")
def test_searchable_scan_text_layer_matches_pdfplumber(tmp_path: Path) -> None:
    """A scanner's searchable PDF: a page image under invisible, slightly tilted text in
    a CID font whose widths only the PDF gives (Tesseract's own PDF output)."""
    import subprocess

    from PIL import Image, ImageDraw

    image = Image.new("L", (1700, 600), 255)
    draw = ImageDraw.Draw(image)
    draw.text((100, 100), "SACROILIAC JOINT INJECTION 08/28/2025", fill=0, font_size=48)
    draw.text((100, 250), "Pain 7/10 before, 1/10 after the block.", fill=0, font_size=48)
    image.rotate(1.2, fillcolor=255).save(tmp_path / "scan.png", dpi=(200, 200))
    subprocess.run(
        ["tesseract", str(tmp_path / "scan.png"), str(tmp_path / "scan"), "pdf"],
        check=True,
        capture_output=True,
    )
    path = tmp_path / "scan.pdf"
    ours = sorted((c for c in _pdfium_chars(path) if c["text"].strip()), key=_key)
    theirs = sorted((c for c in _plumber_chars(path) if c["text"].strip()), key=_key)
    assert len(ours) == len(theirs) > 20
    for mine, reference in zip(ours, theirs, strict=True):
        for field in ("x0", "x1", "top", "bottom"):
            assert mine[field] == pytest.approx(reference[field], abs=1e-2), (mine, field)
    page = read_packet(path, ocr=False).pages[0]
    assert word_box_mismatches(path, [page]) == []


TRUETYPE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not TRUETYPE.exists(), reason="DejaVu Sans is not installed")
def test_embedded_truetype_subset_words_match_pdfplumber(tmp_path: Path) -> None:
    """Real packets embed subset TrueType fonts (widths from the PDF, not AFM tables)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("dejavu", "", str(TRUETYPE))
    pdf.add_page()
    pdf.set_font("dejavu", size=11)
    pdf.multi_cell(0, 6, "Embedded font: café, naïve, “quotes”, 7/10 pain — fi fl. " * 6)
    path = tmp_path / "ttf.pdf"
    pdf.output(str(path))
    page = read_packet(path, ocr=False).pages[0]
    assert word_box_mismatches(path, [page]) == []
    assert boxed_char_count(page) == plumber_char_count(path, 1)


def _grid(x: float, y: float, columns: int, rows: int, w: float = 60, h: float = 14) -> str:
    """A ruled grid drawn as one rectangle per cell."""
    return " ".join(
        f"{x + c * w} {y - r * h} {w} {-h} re" for r in range(rows) for c in range(columns)
    )


def _lines_grid(x: float, y: float, columns: int, rows: int, w: float = 60, h: float = 14) -> str:
    """The same grid drawn as separate horizontal and vertical strokes."""
    parts = [f"{x} {y - r * h} m {x + columns * w} {y - r * h} l" for r in range(rows + 1)]
    parts += [f"{x + c * w} {y} m {x + c * w} {y - rows * h} l" for c in range(columns + 1)]
    return " ".join(parts)


TABLE_CASES: list[tuple[str, str]] = [
    ("rectangles", f"0.5 w {_grid(72, 700, 3, 4)} S"),
    ("strokes", f"0.5 w {_lines_grid(72, 700, 2, 3)} S"),
    ("scaled strokes", f"q 1.5 0 0 1.5 0 0 cm 0.5 w {_lines_grid(50, 450, 3, 2)} S Q"),
    (
        "closed paths",
        "72 700 m 252 700 l 252 658 l 72 658 l h 72 686 m 252 686 l "
        "72 672 m 252 672 l 132 700 m 132 658 l 192 700 m 192 658 l S",
    ),
    ("filled cell shading", f"0.9 g {_grid(72, 700, 2, 2)} f 0 g {_grid(72, 700, 2, 2)} S"),
    (
        "two tables and a rule",
        f"{_grid(72, 700, 2, 2)} S {_grid(300, 500, 3, 3)} S 72 300 m 540 300 l S",
    ),
    ("single box is no table", "72 600 400 100 re S"),
    (
        "curved corners",
        f"72 700 m 250 700 l 260 700 260 690 260 680 c 260 620 l S {_lines_grid(72, 690, 2, 2)} S",
    ),
]


def _tables_both_ways(path: Path) -> tuple[list, list]:
    """The first page's tables as pdfplumber finds them, and as our PDFium reader does."""
    with pdfplumber.open(path) as pdf:
        expected = find_tables(pdf.pages[0])
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[0]
        return expected, keep_tables(ruled_tables(page, page_size(page)[1]))
    finally:
        document.close()


@pytest.mark.parametrize(("name", "drawing"), TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_tables_from_pdfium_paths_are_pdfplumbers(tmp_path: Path, name: str, drawing: str) -> None:
    path = tmp_path / "table.pdf"
    path.write_bytes(pages_pdf([drawing.encode()]))
    expected, found = _tables_both_ways(path)
    assert found == expected
    assert bool(expected) == (name != "single box is no table")


def test_tables_inside_a_form_xobject_are_found(tmp_path: Path) -> None:
    form = stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 612 792]",
        f"0.5 w {_lines_grid(72, 700, 3, 3)} S".encode(),
    )
    data = pages_pdf(
        [b"q 1 0 0 1 10 -20 cm /Fm1 Do Q"],
        resources="/Font << /F1 3 0 R >> /XObject << /Fm1 4 0 R >>",
        extra_objects=[form],
    )
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    expected, found = _tables_both_ways(path)
    assert expected and found == expected
