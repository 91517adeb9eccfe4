"""Image-only pages inside a packet: OCR'd when possible, reported when not, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import packet as packet_module
from pipeline.ingest import read_packet
from pipeline.ocr import tesseract_available

SAMPLES = Path(__file__).resolve().parents[2] / "sample_records"
TEXT_TWIN = SAMPLES / "sij-013.pdf"


def _one_page_scan(tmp_path: Path, source_pdf: Path = TEXT_TWIN, index: int = 0) -> Path:
    """A faxed copy (200 dpi, tilted, noisy, bilevel) of one page of a sample packet."""
    import pypdfium2

    from tools.make_scanned import scan_pdf

    source = pypdfium2.PdfDocument(str(source_pdf))
    single = pypdfium2.PdfDocument.new()
    single.import_pages(source, [index])
    first_page = tmp_path / "first.pdf"
    single.save(str(first_page))
    source.close()
    single.close()
    target = tmp_path / "scan.pdf"
    scan_pdf(first_page, target, "test-scan")
    return target


@pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")
def test_image_only_page_is_read_by_ocr_with_boxes_and_confidence(tmp_path: Path) -> None:
    packet = read_packet(_one_page_scan(tmp_path))
    (page,) = packet.pages
    assert page.ocr and not page.has_text_layer
    assert page.ocr_confidence is not None and page.ocr_confidence > 70
    text_page = read_packet(TEXT_TWIN).pages[0]
    # The same words come out of the scan as out of the text layer (fax cover sheet).
    for word in ("FAX", "Prior", "authorization"):
        assert word.lower() in page.text.lower(), word
    start = page.text.lower().find("fax")
    box = page.bbox(start, start + 3)
    assert box is not None and 0 <= box[0] < box[2] <= page.width
    assert 0 <= box[1] < box[3] <= page.height
    assert text_page.has_text_layer and not text_page.ocr
    assert any("read by OCR" in w for w in packet.warnings)


def test_ocr_turned_off_leaves_the_page_empty_with_a_warning(tmp_path: Path) -> None:
    packet = read_packet(_one_page_scan(tmp_path), ocr=False)
    (page,) = packet.pages
    assert page.text == "" and not page.ocr and not page.has_text_layer
    assert any("OCR is turned off" in w for w in packet.warnings)


def test_missing_ocr_engine_is_a_warning_not_a_crash(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(packet_module, "ocr_available", lambda: False)
    packet = read_packet(_one_page_scan(tmp_path))
    assert packet.pages[0].text == ""
    assert any("no OCR engine is installed" in w for w in packet.warnings)


def test_a_configured_engine_that_cannot_run_is_a_warning(tmp_path: Path, monkeypatch) -> None:
    """A deployment naming an engine not installed here is told so, not given another."""
    from pipeline.ocr_engines import ENGINE_SETTING, get_engine

    monkeypatch.setenv(ENGINE_SETTING, "rapidocr")
    monkeypatch.setattr(type(get_engine("rapidocr")), "available", lambda self: False)
    packet = read_packet(_one_page_scan(tmp_path))
    assert packet.pages[0].text == ""
    assert any("no OCR engine is installed" in w for w in packet.warnings)


@pytest.mark.skipif(not tesseract_available(), reason="Tesseract is not installed")
def test_a_ruled_form_on_a_scan_is_read_as_a_table(tmp_path: Path) -> None:
    """A request form drawn as a grid: Tesseract alone drops the cell text; with the
    ruling lines removed and rebuilt into cells, the form's fields and CPT code are read."""
    packet = read_packet(_one_page_scan(tmp_path, SAMPLES / "sij-007.pdf", 1))
    (page,) = packet.pages
    assert page.tables, "the grid was not rebuilt as a table"
    cells = [cell.text for row in page.tables[0].rows for cell in row if cell]
    assert "27279" in " ".join(cells)
    assert packet.request.procedure is not None and packet.request.procedure.value == "percutaneous"


def _faxed_grid(
    rows: list[float], columns: list[float], short: dict[int, tuple[float, float]]
) -> list[tuple[str, float, float, float]]:
    """Rule runs of a ruled grid (at 72 dpi, so pixels are points) whose row rules listed
    in ``short`` stop short of the sides by (left, right), as a faxed rule loses its ends
    or survives as one piece."""
    left, right = columns[0], columns[-1]
    segments = [
        ("h", left + short.get(i, (0, 0))[0], right - short.get(i, (0, 0))[1], y)
        for i, y in enumerate(rows)
    ]
    return segments + [("v", rows[0], rows[-1], x) for x in columns]


FAXED_GRIDS = [
    # (what, rule runs, (rows, columns) of the one table expected, or None for none)
    (
        "row rules short of both sides",
        _faxed_grid(
            [100, 120, 140, 160, 180], [50, 340, 560], {1: (5, 0), 2: (30, 26), 3: (2, 10)}
        ),
        (4, 2),
    ),
    (
        "row rules short of the sides of an across diary",
        _faxed_grid([230, 250, 270], [51, 124, 197, 270, 561], {1: (26, 29), 2: (28, 35)}),
        (2, 4),
    ),
    (
        "top and bottom borders left as one piece each",
        _faxed_grid(
            [207, 228, 249], [51, 136, 221, 306, 391, 476, 561], {0: (90, 220), 2: (108, 365)}
        ),
        (2, 6),
    ),
    (
        "a column rule short of the last row rule",
        [
            *_faxed_grid([513, 533, 554, 574], [51, 561], {}),
            ("v", 513.0, 564.0, 306.0),
        ],
        (3, 2),
    ),
    # an inner rule stopping further short than a faxed end loses is not carried on:
    # the two rows stay one box, not a table
    (
        "an inner rule far too short",
        _faxed_grid([100, 120, 140], [50, 340, 560], {1: (120, 120)}),
        None,
    ),
]


@pytest.mark.parametrize(
    ("what", "segments", "shape"), FAXED_GRIDS, ids=[g[0] for g in FAXED_GRIDS]
)
def test_faxed_row_rules_meet_the_table_sides(what: str, segments, shape) -> None:
    from pipeline.ingest.ocr_layout import _tables
    from pipeline.ocr import OcrPage
    from pipeline.ocr_cells import ruling_lines

    rules = tuple(ruling_lines(segments, 72))
    tables = _tables(OcrPage("", b"", None, (), 0.0, 612.0, 792.0, rules))
    if shape is None:
        assert tables == [], what
        return
    assert len(tables) == 1, what
    assert (len(tables[0].rows), max(len(r) for r in tables[0].rows)) == shape, what


def test_a_rule_away_from_a_table_is_not_carried_to_it() -> None:
    from pipeline.ocr_cells import ruling_lines

    segments = [*_faxed_grid([100, 120, 140], [50, 340, 560], {}), ("h", 80.0, 530.0, 60.0)]
    assert ("h", 80.0, 530.0, 60.0) in ruling_lines(segments, 72)
