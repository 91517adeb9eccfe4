"""The OCR stage's cheaper steps (issue 16) read what the slower ones read.

Table-driven: which first reads of a ruled cell are read again (only doubtful ones), ink
components of a crop against a plain flood fill, and ruling-line runs merged into lines.
"""

from __future__ import annotations

from collections import deque

import numpy as np
import pytest

from pipeline.ocr import _rotate_point, upright_to_page
from pipeline.ocr_cells import _components, merge_rules
from pipeline.ocr_engines import EngineWord

DPI = 300

FIRST_READS = [
    # (what, first read, its confidence, read again)
    ("nothing read", [], True),
    ("a lone digit read without confidence", [("4", 70.0)], True),
    ("a short time point just under sure", [("2hr", 89.0)], True),
    ("a time point misread fairly surely", [("45", 90.6), ("min", 96.0)], True),
    ("a lone digit read surely", [("7", 95.0)], False),
    ("a short read, one word of it doubtful", [("30", 96.0), ("min", 52.0)], True),
    ("two sure short words", [("30", 96.0), ("min", 95.5)], False),
    ("a long read with a garbled word", [("Functional", 96.0), ("tralning", 40.0)], True),
    ("a long read, every word fair", [("Functional", 96.0), ("training", 75.0)], False),
]


@pytest.mark.parametrize(
    ("what", "first", "again"), FIRST_READS, ids=[case[0] for case in FIRST_READS]
)
def test_only_doubtful_cells_are_read_again(monkeypatch, what: str, first, again: bool) -> None:
    from PIL import Image, ImageDraw

    import pipeline.ocr_cells as cells
    from pipeline.ocr_engines import get_engine

    image = Image.new("L", (2400, 600), 255)
    ImageDraw.Draw(image).rectangle((300, 125, 330, 165), fill=0)  # ink in the first cell
    segments = [("h", 100.0, 2200.0, float(y)) for y in (100, 190, 280)]
    segments += [("v", 100.0, 280.0, float(x)) for x in (100, 1300, 2200)]
    words = [
        EngineWord(text, (300 + 80 * i, 130, 360 + 80 * i, 160), confidence, (1, 1, 1))
        for i, (text, confidence) in enumerate(first)
    ]
    asked = []
    monkeypatch.setattr(cells, "read_cell", lambda picture, dpi: asked.append(1) or ("", -1, []))
    cells.reread_cells(image, segments, words, get_engine("tesserocr"), DPI)
    assert bool(asked) is again, what


def _flood_boxes(ink) -> list[tuple[int, int, int, int]]:
    """The plain 8-connected flood fill ``_components`` replaced (the reference)."""
    height, width = ink.shape
    seen = np.zeros_like(ink)
    boxes = []
    for y0, x0 in zip(*np.nonzero(ink), strict=True):
        if seen[y0, x0]:
            continue
        seen[y0, x0] = True
        todo, box = deque([(y0, x0)]), [y0, y0, x0, x0]
        while todo:
            y, x = todo.popleft()
            box = [min(box[0], y), max(box[1], y), min(box[2], x), max(box[3], x)]
            for ny in (y - 1, y, y + 1):
                for nx in (x - 1, x, x + 1):
                    inside = 0 <= ny < height and 0 <= nx < width
                    if inside and ink[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        todo.append((ny, nx))
        boxes.append((int(box[0]), int(box[1]) + 1, int(box[2]), int(box[3]) + 1))
    return boxes


def _crop(rows: list[str]):
    return np.array([[c == "#" for c in row] for row in rows])


CROPS = [
    ("blank", _crop(["....", "...."])),
    ("a diagonal stroke is one (8-connected)", _crop(["#...", ".#..", "..#.", "...#"])),
    ("an anti-diagonal stroke is one", _crop(["...#", "..#.", ".#..", "#..."])),
    ("two blobs apart", _crop(["##..#", "##..#", "....."])),
    ("a ring round a dot", _crop(["#####", "#...#", "#.#.#", "#...#", "#####"])),
    ("a U joined only at its foot", _crop(["#..#", "#..#", "####"])),
    ("random fax specks", np.random.default_rng(7).random((40, 120)) < 0.3),
    ("random dense ink", np.random.default_rng(8).random((30, 90)) < 0.6),
]


@pytest.mark.parametrize(("what", "ink"), CROPS, ids=[case[0] for case in CROPS])
def test_components_as_a_flood_fill_finds_them(what: str, ink) -> None:
    assert _components(ink) == _flood_boxes(ink), what


RUNS = [
    # (what, runs (orientation, start, end, at), expected (start, end, at, thickness))
    ("a 3-pixel line is one rule", [("h", 0, 900, y) for y in (50, 51, 52)], [(0, 900, 51, 3)]),
    (
        "pieces stepping a row, gaps under an inch, are one rule",
        [("h", 0, 400, 50), ("h", 600, 1000, 52), ("h", 1200, 1500, 54)],
        [(0, 1500, 52, 5)],
    ),
    (
        "pieces joined through a middle piece (transitively)",
        [("h", 0, 100, 50), ("h", 390, 400, 53), ("h", 690, 800, 56)],
        [(0, 800, 53, 7)],
    ),
    (
        "a gap over an inch parts two rules",
        [("h", 0, 400, 50), ("h", 800, 1200, 50)],
        [(0, 400, 50, 1), (800, 1200, 50, 1)],
    ),
    (
        "rows five pixels apart are two rules, the first one first",
        [("h", 0, 900, 55), ("h", 0, 900, 50)],
        [(0, 900, 50, 1), (0, 900, 55, 1)],
    ),
    ("vertical runs do not join horizontal ones", [("v", 0, 900, 50)], []),
]


@pytest.mark.parametrize(("what", "runs", "rules"), RUNS, ids=[case[0] for case in RUNS])
def test_ruling_runs_merge_into_lines(what: str, runs, rules) -> None:
    segments = [(kind, float(a), float(b), float(at)) for kind, a, b, at in runs]
    found = [(r.start, r.end, r.at, r.thickness) for r in merge_rules(segments, "h", DPI)]
    assert found == rules, what


@pytest.mark.parametrize("skew", [-2.875, -0.375, 0.125, 1.25])
def test_a_box_maps_to_the_page_as_its_corners_do(skew: float) -> None:
    box = (72.5, 300.25, 180.0, 312.0)
    corners = [_rotate_point(x, y, 306, 396, -skew) for x in (72.5, 180.0) for y in (300.25, 312)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    assert upright_to_page(box, skew, 612, 792) == (min(xs), min(ys), max(xs), max(ys))


def _tilted_form(tilt: float):
    """A small 300 dpi page: text lines over a ruled two-column table, tilted as a fax."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1200, 900), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34)
    draw.text((80, 60), "Right SI joint pain for 8 months", fill=0, font=font)
    draw.text((80, 120), "Relief after the block: 80% at 30 min", fill=0, font=font)
    for y in (260, 340, 420, 500):
        draw.line((80, y, 1100, y), fill=0, width=3)
    for x in (80, 600, 1100):
        draw.line((x, 260, x, 500), fill=0, width=3)
    for row, (time_point, score) in enumerate((("Baseline", "8"), ("30 min", "2"), ("2 hr", "3"))):
        draw.text((110, 280 + 80 * row), time_point, fill=0, font=font)
        draw.text((630, 280 + 80 * row), score, fill=0, font=font)
    return image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)


COPIES = [
    # (what, tilt, the page's pixels handed in, page copies out of PIL allowed)
    ("a tilted PDF page, drawn with its pixels", 0.8, True, 0),
    ("a level PDF page, drawn with its pixels", 0.0, True, 0),
    ("a tilted TIFF frame, no pixels of its own", -1.1, False, 1),
    ("a level TIFF frame", 0.0, False, 1),
]


@pytest.mark.skipif(
    not __import__("pipeline.ocr_engines", fromlist=["x"]).get_engine("tesserocr").available(),
    reason="tesserocr is not installed",
)
@pytest.mark.parametrize(
    ("what", "tilt", "given", "allowed"), COPIES, ids=[case[0] for case in COPIES]
)
def test_the_stage_copies_a_page_out_of_pil_at_most_once(
    monkeypatch, what: str, tilt: float, given: bool, allowed: int
) -> None:
    """Each copy of a 300 dpi page out of PIL (``np.asarray`` / ``np.array`` of the image)
    costs milliseconds; the stage did four a page (levelling, rule removal twice, the
    leftover-ink scan). The levelled page is one array that every step shares, and the
    page read is the same as it was."""
    from PIL import Image

    import pipeline.ocr as ocr
    from pipeline.ocr_engines import get_engine

    image = _tilted_form(tilt)
    pixels = np.array(image) if given else None
    engine = get_engine("tesserocr")
    width, height = image.width * 72 / 300, image.height * 72 / 300
    expected = ocr.read_image(image, width, height, engine, pixels=pixels)

    copies = []
    original = Image.Image.tobytes

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if self.size == image.size:
            copies.append(self.size)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "tobytes", counted)
    page = ocr.read_image(image, width, height, engine, pixels=pixels)
    assert len(copies) <= allowed, what
    assert page == expected, what
    assert "Relief" in page.text and "30 min" in page.text, what
