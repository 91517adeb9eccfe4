"""Short cells of ruled tables on faxed pages are read again on their own.

Table-driven: the cell grid from ruling-line runs (whole, thick, and broken the way a
tilted standard-resolution fax breaks them), and synthetic diary tables of lone digits
drawn with PIL, faxed at both resolutions, read back cell by cell.
"""

from __future__ import annotations

import pytest

from pipeline.ocr import read_image, square_pixels, tesseract_available
from pipeline.ocr_cells import table_cells

DPI = 300


def _h(x0: float, x1: float, y: float, thickness: int = 1) -> list[tuple[str, float, float, float]]:
    return [("h", x0, x1, y + k) for k in range(thickness)]


def _v(y0: float, y1: float, x: float, thickness: int = 1) -> list[tuple[str, float, float, float]]:
    return [("v", y0, y1, x + k) for k in range(thickness)]


def _grid(rows: list[float], columns: list[float], broken: bool = False, thickness: int = 1):
    segments = []
    left, right = columns[0], columns[-1]
    for y in rows:
        if broken:  # straight pieces stepping a row, gaps between them, ends lost
            pieces = [(left + 20, left + 400, y), (left + 450, right - 300, y + 2)]
            pieces.append((right - 240, right - 20, y + 1))
            for x0, x1, at in pieces:
                segments += _h(x0, x1, at, thickness)
        else:
            segments += _h(left, right, y, thickness)
    for x in columns:
        segments += _v(rows[0], rows[-1], x, thickness)
    return segments


GRIDS = [
    # (what, segments, expected cell count)
    ("2 columns x 3 rows, thin rules", _grid([100, 190, 280, 370], [100, 1300, 2200]), 6),
    (
        "3 columns x 2 rows, thick rules",
        _grid([100, 190, 280], [100, 700, 1300, 2200], thickness=4),
        6,
    ),
    (
        "rules broken by a tilted fax",
        _grid([100, 190, 280, 370], [100, 1300, 2200], broken=True),
        6,
    ),
    ("rules without verticals: no cells", _h(100, 2200, 100) + _h(100, 2200, 190), 0),
    ("a tall form panel is not a row", _grid([100, 700], [100, 2200]), 0),
    ("a box too small for a glyph", _grid([100, 115], [100, 112]), 0),
]


@pytest.mark.parametrize(("what", "segments", "count"), GRIDS, ids=[g[0] for g in GRIDS])
def test_table_cells_from_ruling_runs(what: str, segments, count: int) -> None:
    cells = table_cells(segments, DPI)
    assert len(cells) == count, what
    for cell in cells:
        assert cell.left < cell.right and cell.top < cell.bottom


def test_cells_lie_between_their_rules() -> None:
    cells = sorted(
        table_cells(_grid([100, 190, 280], [100, 1300, 2200]), DPI), key=lambda c: (c.top, c.left)
    )
    first = cells[0]
    assert 100 <= first.left < 110 and 100 <= first.top < 110
    assert 1290 < first.right <= 1300 and 180 < first.bottom <= 190


DIARIES = [
    # (time points, pain scores): lone digits, "1" most of all
    (["Pre", "30 min", "1 hr", "2 hr", "4 hr", "6 hr"], ["7", "1", "1", "2", "3", "5"]),
    (["Pre", "15 min", "1 hr", "3 hr", "5 hr", "8 hr"], ["8", "1", "0", "1", "4", "6"]),
]
X_DPI = 204


def _diary_page(times: list[str], scores: list[str]):
    """A letter page at 204 dpi with a two-column ruled diary table in 10 pt type."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (1728, 2244), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSans.ttf", 28)
    left, middle, right, top, row = 140, 960, 1590, 600, 58
    rows = [("Time after block", "Pain (0-10)"), *zip(times, scores, strict=True)]
    for i, (time, score) in enumerate(rows):
        y = top + i * row
        draw.line((left, y, right, y), fill=0, width=2)
        draw.text((left + 10, y + 14), time, fill=0, font=font)
        draw.text((middle + 10, y + 14), score, fill=0, font=font)
    bottom = top + len(rows) * row
    draw.line((left, bottom, right, bottom), fill=0, width=2)
    for x in (left, middle, right):
        draw.line((x, top, x, bottom), fill=0, width=2)
    return page, (middle / X_DPI * 72, top / X_DPI * 72, right / X_DPI * 72, bottom / X_DPI * 72)


@pytest.mark.slow
@pytest.mark.skipif(not tesseract_available(), reason="no OCR engine is installed")
@pytest.mark.parametrize("mode_name", ["std", "fine"])
@pytest.mark.parametrize(("times", "scores"), DIARIES)
def test_lone_digits_in_faxed_diary_cells_read_right(
    mode_name: str, times: list[str], scores: list[str]
) -> None:
    from tools.make_fax import MODES, fax_page

    mode = next(m for m in MODES if m.name == mode_name)
    gray, (x0, top, x1, bottom) = _diary_page(times, scores)
    fax = fax_page(gray, ("ocr-cells", mode_name, *scores), "TEST FAX P.001/001", mode)
    image = square_pixels(fax, X_DPI, mode.y_dpi).image
    width, height = 1728 / X_DPI * 72, 2244 / X_DPI * 72
    page = read_image(image, width, height)
    below_header = top + 15  # the header row is ~20 pt tall
    score_words = sorted(
        (
            w
            for w in page.words
            if x0 < w.upright_bbox[0] < x1 and below_header < w.upright_bbox[1] < bottom
        ),
        key=lambda w: w.upright_bbox[1],
    )
    assert [w.text for w in score_words] == scores


def test_words_off_the_tables_are_left_alone() -> None:
    from PIL import Image

    from pipeline.ocr_cells import reread_cells
    from pipeline.ocr_engines import EngineWord, get_engine

    image = Image.new("L", (2400, 600), 255)
    segments = _grid([100, 190, 280], [100, 1300, 2200])
    words = [
        EngineWord("_", (1000, 450, 1040, 452), 40.0, (1, 1, 1)),  # flat, but off the table
        EngineWord("Impression", (120, 500, 400, 540), 95.0, (1, 1, 2)),
    ]
    assert reread_cells(image, [], words, get_engine("tesserocr"), DPI) == words
    assert reread_cells(image, segments, words, get_engine("tesserocr"), DPI) == words


def test_a_flat_mark_on_a_cell_rule_is_dropped() -> None:
    from PIL import Image

    from pipeline.ocr_cells import reread_cells
    from pipeline.ocr_engines import EngineWord, get_engine

    image = Image.new("L", (2400, 600), 255)
    segments = _grid([100, 190, 280], [100, 1300, 2200])
    remnant = EngineWord("He", (400, 189, 460, 192), 30.0, (1, 1, 1))
    assert reread_cells(image, segments, [remnant], get_engine("tesserocr"), DPI) == []


STRADDLING = [
    # (what, word box, confidence, dropped): the grid's rows are at 100, 190, 280
    ("a doubtful speck cut by a row rule", (700, 180, 720, 200), 40.0, True),
    ("a doubtful mark cut down by a column rule", (1290, 170, 1310, 260), 30.0, True),
    ("a confident word over a rule stays", (700, 180, 760, 200), 90.0, False),
    ("a doubtful word inside its cell stays", (700, 130, 760, 160), 40.0, False),
    ("a doubtful word touching a rule at its foot stays", (700, 170, 760, 193), 40.0, False),
    ("a doubtful word across a rule off the table stays", (2300, 180, 2330, 200), 40.0, False),
]


@pytest.mark.parametrize(
    ("what", "box", "confidence", "dropped"), STRADDLING, ids=[s[0] for s in STRADDLING]
)
def test_a_doubtful_read_cut_by_a_rule_is_a_remnant(
    what: str, box, confidence: float, dropped: bool
) -> None:
    from PIL import Image

    from pipeline.ocr_cells import reread_cells
    from pipeline.ocr_engines import EngineWord, get_engine

    image = Image.new("L", (2400, 600), 255)
    segments = _grid([100, 190, 280], [100, 1300, 2200])
    word = EngineWord("Mid", box, confidence, (1, 1, 1))
    kept = [w.text for w in reread_cells(image, segments, [word], get_engine("tesserocr"), DPI)]
    assert (kept == []) is dropped, what


@pytest.mark.parametrize(
    ("what", "segments", "lines"),
    [
        ("a thick rule is one line", _h(100, 2200, 100, thickness=4), [("h", 100, 2200, 101.5)]),
        ("a broken faxed rule is one line", _grid([100, 190], [100, 2200], broken=True)[:3], None),
        ("two rows apart stay two lines", _h(100, 2200, 100) + _h(100, 2200, 190), 2),
    ],
)
def test_ruling_lines_for_ingestion(what: str, segments, lines) -> None:
    from pipeline.ocr_cells import ruling_lines

    found = ruling_lines(segments, DPI)
    if lines is None:
        assert len(found) == 1 and found[0][1] == 120 and found[0][2] == 2180, what
    elif isinstance(lines, int):
        assert len(found) == lines, what
    else:
        assert found == lines, what
